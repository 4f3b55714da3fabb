"""The support contacts the web chat shows one tap away, as a small JSON document.

They come from `peer_reflect.risk.load_resources()` (the configurable resources file) when it is available,
else from the static UK list below, so the page never lacks them. Each contact gets a `tel:` or `sms:` link
worked out from its wording ("call 116 123" -> tel:116123, "text SHOUT to 85258" -> sms:85258).
"""
from __future__ import annotations

import logging
import re
from typing import Any

logger = logging.getLogger(__name__)

FALLBACK_UK: list[dict[str, str]] = [
    {"name": "Samaritans", "how": "call 116 123, free, day or night"},
    {"name": "Shout", "how": "text SHOUT to 85258"},
    {"name": "NHS 111", "how": "call 111 and choose option 2 for mental health"},
    {"name": "Emergency", "how": "call 999 or go to A&E if you are in danger now"},
]

_TEXT_TO = re.compile(r"\btext\s+(?P<word>[A-Za-z]+)\s+to\s+(?P<number>\d[\d ]*\d)", re.IGNORECASE)
_NUMBER = re.compile(r"\+?\d[\d ]{0,14}\d")
_CALL = re.compile(r"\b(call|phone|ring|dial)\b", re.IGNORECASE)
_TEXT = re.compile(r"\btext\b", re.IGNORECASE)


def contact_href(how: str) -> str | None:
    """A tel: or sms: link for a contact's wording, or None when it has no number.

    "call ..." (or a bare number) gives tel: with the first number; "text WORD to NUMBER" gives sms: with
    the word as the message body, unless a call comes first ("call or text 988" -> tel:988).
    """
    call, text = _CALL.search(how), _TEXT.search(how)
    texted = _TEXT_TO.search(how)
    if text and (not call or text.start() < call.start()):
        if texted:
            return f"sms:{texted.group('number').replace(' ', '')}?&body={texted.group('word').upper()}"
        number = _NUMBER.search(how)
        return f"sms:{number.group(0).replace(' ', '')}" if number else None
    number = _NUMBER.search(how)
    return f"tel:{number.group(0).replace(' ', '')}" if number else None


def _clean(item: Any) -> dict[str, str] | None:
    if not isinstance(item, dict):
        return None
    how = item.get("how") or item.get("contact")
    if not item.get("name") or not how:
        return None
    out = {"name": str(item["name"]), "how": str(how)}
    href = item.get("href") or contact_href(out["how"])
    if href and str(href).startswith(("tel:", "sms:", "https:")):
        out["href"] = str(href)
    return out


def support_contacts(region: str | None = None) -> dict[str, Any]:
    """{"region", "source", "contacts": [{"name", "how", "href"?}]} for the page."""
    try:
        from peer_reflect.risk import load_resources  # configurable file, when the risk package has it

        resources = load_resources(region)
        contacts = [c for c in map(_clean, resources.get("contacts") or resources.get("crisis") or []) if c]
        if contacts:
            found_region = resources.get("region") or region
            return {"region": str(found_region or "").upper() or None, "source": "resources", "contacts": contacts}
    except Exception as exc:  # never fail the page over this: fall back to the static list
        logger.warning("Support contacts fall back to the static UK list (%s)", type(exc).__name__)
    return {"region": "UK", "source": "fallback", "contacts": [_clean(c) for c in FALLBACK_UK]}
