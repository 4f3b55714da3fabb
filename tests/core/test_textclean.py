"""Answers are cleaned before they are anonymised and stored: same words, nothing invisible or unsafe."""
from __future__ import annotations

import pytest

from peer_reflect.textclean import clean_text


@pytest.mark.parametrize("raw,clean", [
    ("before\x00after", "beforeafter"),  # PostgreSQL rejects NUL in text
    ("\x1b[31mred\x1b[0m alert\x07", "red alert"),
    ("sad \ud83d day", "sad day"),  # a lone surrogate cannot be encoded as UTF-8
    ("note \u202eevil\u202c end", "note evil end"),  # right-to-left override
    ("a\u2066b\u2069c", "abc"),
    ("Ada\u200beze Men\u00adsah\ufeff", "Adaeze Mensah"),  # invisible characters that split a name
    ("line one\r\nline two\u2028line three", "line one\nline two\nline three"),
    ("para\n\n\n\n\nnext", "para\n\nnext"),
    ("  lots   of\t\tspace  ", "lots of space"),
    ("e\u0301", "\u00e9"),  # NFC
    ("   \n\t  ", ""),
])
def test_unsafe_and_invisible_characters_are_removed(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize("text", [
    "I felt 😀 then 💔 — 👩🏽‍⚕️ and 🏳️‍🌈 flags",  # joiner sequences intact
    "مرحبا، كان يوما صعبا في الجناح",
    "שלום, היה יום קשה",
    "Ça s'est bien passé, merci. 中文 日本語 한국어",
    "<b>bold</b> '; DROP TABLE x; --",
    "first line\nsecond line",
])
def test_real_text_is_kept_as_written(text):
    assert clean_text(text) == text


def test_cleaned_text_always_encodes_as_utf8_without_nul():
    import random

    rng = random.Random(7)
    for _ in range(300):
        raw = "".join(chr(rng.randrange(0, 0x110000)) for _ in range(rng.randrange(1, 80)))
        cleaned = clean_text(raw)
        cleaned.encode("utf-8")
        assert "\x00" not in cleaned


def test_prepare_stores_the_cleaned_answer():
    from peer_reflect.reflection import prepare

    prepared = prepare({"moment": "We sat \u202etogether\u202c on the ward\x00 and talked.", "feelings": "\x07\x1b[0m"})
    assert prepared.answers["moment"] == "We sat together on the ward and talked."
    assert "feelings" not in prepared.answers  # nothing left after cleaning: not an answer
