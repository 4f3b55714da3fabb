"""The check-in: a score or words; a low one (≤3, or words of a hard shift) gets the gentle safety question."""
from __future__ import annotations

import pytest

from peer_reflect.checkin import is_low, parse_score


@pytest.mark.parametrize("text,score", [
    ("6", 6), ("about a 3", 3), ("7/10", 7), ("four out of ten", 4), ("pretty rough tbh", None), ("", None),
])
def test_scores_are_read_from_numbers_and_number_words(text, score):
    assert parse_score(text) == score


@pytest.mark.parametrize("text", [
    "2", "pretty rough tbh", "grim", "a bad day", "feeling down", "upset and tearful", "burnt out",
    "had enough of today", "not in a good place", "barely holding it together", "exhausted", "not coping",
])
def test_hard_shifts_in_words_are_low(text):
    assert is_low(text)


@pytest.mark.parametrize("text", [
    "7", "fine thanks", "not bad", "not too bad actually", "not bad at all", "sat down with a tea first",
    "knackered but happy", "really good shift", "ok i guess", "bit tired",
])
def test_ordinary_and_good_shifts_are_not_low(text):
    assert not is_low(text)
