"""The support contacts the web chat shows one tap away, as a small JSON document.

They come from `peer_reflect.risk.load_resources()` (the configurable resources file) when it is available,
else from the static UK list below, so the page never lacks them. Each contact gets a `tel:` or `sms:` link
worked out from its wording ("116 123" -> tel:116123, "text SHOUT to 85258" -> sms:85258).
"""
from __future__ import annotations

import logging
import re
from typing import Any

logger = logging.getLogger(__name__)

FALLBACK_UK: list[dict[str, str]] = [
    {"name": "Samaritans", "contact": "116 123", "detail": "free, any time, day or night"},
    {"name": "Shout", "contact": "text SHOUT to 85258", "detail": "free text support, any time"},
    {"name": "NHS 111", "contact": "111, option 2", "detail": "urgent mental health help"},
    {"name": "Emergency", "contact": "999 or go to A&E", "detail": "if you or someone else is in danger now"},
]

_TEXT_TO = re.compile(r"\btext\s+(?P<word>[A-Za-z]+)\s+to\s+(?P<number>[\d ]{3,})", re.IGNORECASE)
_NUMBER = re.compile(r"\+?\d[\d ]{1,14}\d|\b\d{3}\b")


def contact_href(contact: str) -> str | None:
    """A tel: or sms: link for a contact's wording, or None when it has no number."""
    texted = _TEXT_TO.search(contact)
    if texted:
        number = texted.group("number").replace(" ", "")
        return f"sms:{number}?&body={texted.group('word').upper()}"
    if re.search(r"\btext\b", contact, re.IGNORECASE) and not re.search(r"\bcall\b", contact, re.IGNORECASE):
        number = _NUMBER.search(contact)
        return f"sms:{number.group(0).replace(' ', '')}" if number else None
    number = _NUMBER.search(contact)
    return f"tel:{number.group(0).replace(' ', '')}" if number else None


def _clean(item: Any) -> dict[str, str] | None:
    if not isinstance(item, dict) or not item.get("name") or not item.get("contact"):
        return None
    out = {"name": str(item["name"]), "contact": str(item["contact"])}
    for key in ("detail", "hours", "note", "description"):
        if item.get(key):
            out["detail"] = str(item[key])
            break
    href = item.get("href") or item.get("url") or contact_href(out["contact"])
    if href and str(href).startswith(("tel:", "sms:", "https:")):
        out["href"] = str(href)
    return out


def support_contacts(region: str | None = None) -> dict[str, Any]:
    """{"region", "source", "contacts": [{"name", "contact", "detail"?, "href"?}]} for the page."""
    try:
        from peer_reflect.risk import load_resources  # configurable file, when the risk package has it

        resources = load_resources(region)
        contacts = [c for c in map(_clean, resources.get("crisis", [])) if c]
        if contacts:
            found_region = resources.get("region") or region
            return {"region": str(found_region or "").upper() or None, "source": "resources", "contacts": contacts}
    except Exception as exc:  # never fail the page over this: fall back to the static list
        logger.warning("Support contacts fall back to the static UK list (%s)", type(exc).__name__)
    return {"region": "UK", "source": "fallback", "contacts": [_clean(c) for c in FALLBACK_UK]}
