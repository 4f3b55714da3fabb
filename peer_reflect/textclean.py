"""Cleaning a worker's answer before it is anonymised and stored.

What a browser or terminal can send is wider than what belongs in a database or a supervisor's report:
NUL bytes (PostgreSQL rejects them), other control characters and terminal escapes, unpaired surrogates
(not encodable as UTF-8), bidirectional overrides (they make stored text display differently from what it
says) and invisible characters that can split a name so the anonymiser does not see it ("Ada\u200bze").
Letters, emoji (including joiner sequences), right-to-left scripts and line breaks are kept.
"""
from __future__ import annotations

import re
import unicodedata

# C0 controls except tab/newline/carriage return, DEL, C1 controls; bidi embeddings, overrides and isolates;
# invisible characters that carry no meaning in a reflection (zero-width space, word joiner, BOM, soft hyphen,
# Mongolian vowel separator); lone surrogates.
_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad\u180e"
    "\ud800-\udfff]"
)
# Terminal escape sequences ("\x1b[31m") lose their ESC above; the bracketed remainder is noise as well.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES = re.compile(r"\n\s*\n(?:\s*\n)+")


def clean_text(text: str) -> str:
    """The answer as it should be stored: same words, no invisible or unsafe characters."""
    text = _ANSI.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()
