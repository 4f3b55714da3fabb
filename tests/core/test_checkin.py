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


@pytest.mark.parametrize("text", [
    "I sat with a service user for ages in A&E, 2 hours at least, then the bus broke down on the way home",
    "had 3 admissions and a ward round that ran over, then a lad I support got his flat keys",
    "long one. sat with a young woman who was in a really bad way after her assessment, we talked for ages",
])
def test_a_check_in_told_as_a_story_is_not_read_as_low(text):
    assert not is_low(text)


@pytest.mark.parametrize("text", [
    "long day, sat with a man in A&E for hours and honestly I'm gutted about how he was treated",
    "the ward was chaos all shift and I was feeling really low by the end of it if I'm honest",
    "busy shift with two admissions and a complaint, probably a 3 if I'm honest",
])
def test_a_story_that_says_the_worker_is_low_is_low(text):
    assert is_low(text)


@pytest.mark.parametrize("text", ["sorry just getting in the door, one sec", "did one thing right today"])
def test_a_number_word_inside_a_sentence_is_not_a_score(text):
    assert parse_score(text) is None


@pytest.mark.parametrize("text, score", [("about four", 4), ("four, tired", 4), ("two tbh", 2)])
def test_number_words_as_the_answer_are_scores(text, score):
    assert parse_score(text) == score
