from __future__ import annotations

import pytest

from actions.reflection_form import ActionAskFollowup1, ActionAskFollowup2, ActionGreet, ValidateReflectionForm
from peer_reflect.dialogue import FOLLOWUP_QUESTIONS
from tests.actions.conftest import make_tracker, slot_events, texts

DOMAIN_SLOTS = ["consent", "checkin", "checkin_safe", "moment", "feelings", "followup_1", "followup_2",
                "followup_3", "now_what", "self_care"]


async def test_greeting_says_what_it_is_and_is_not(dispatcher):
    events = await ActionGreet().run(dispatcher, make_tracker(), {})
    said = texts(dispatcher)
    assert "not a crisis service" in said
    assert "116 123" in said  # UK Samaritans from the resources file
    assert "anonymised" in said and "pseudonymous" in said
    assert slot_events(events)["reflection_id"]


@pytest.mark.parametrize("checkin, asks_safety", [("2", True), ("about a 3/10", True), ("feel awful", True),
                                                  ("7", False), ("good shift actually", False), ("(skipped)", False)])
async def test_low_checkin_adds_the_safety_question(dispatcher, checkin, asks_safety):
    tracker = make_tracker({"checkin": checkin})
    slots = await ValidateReflectionForm().required_slots(DOMAIN_SLOTS, dispatcher, tracker, {})
    assert ("checkin_safe" in slots) is asks_safety
    assert "followup_3" not in slots


async def test_third_followup_only_when_three_topics(dispatcher):
    tracker = make_tracker({"checkin": "6", "followup_topics": ["power", "boundaries", "role"]})
    slots = await ValidateReflectionForm().required_slots(DOMAIN_SLOTS, dispatcher, tracker, {})
    assert slots.index("followup_3") == slots.index("followup_2") + 1


def test_followups_are_chosen_from_what_was_said(dispatcher):
    tracker = make_tracker({"moment": "a man on the ward asked for my personal number and to add me on facebook"})
    result = ValidateReflectionForm().validate_feelings("uneasy, still am", dispatcher, tracker, {})
    assert result["feelings"] == "uneasy, still am"
    assert result["followup_topics"][0] == "boundaries"
    assert 2 <= len(result["followup_topics"]) <= 3


def test_followups_default_when_nothing_stands_out(dispatcher):
    tracker = make_tracker({"moment": "(skipped)"})
    result = ValidateReflectionForm().validate_feelings("fine", dispatcher, tracker, {})
    assert len(result["followup_topics"]) >= 2


async def test_followup_question_matches_its_topic(dispatcher):
    tracker = make_tracker({"followup_topics": ["power", "lived_experience"]})
    await ActionAskFollowup1().run(dispatcher, tracker, {})
    await ActionAskFollowup2().run(dispatcher, tracker, {})
    assert [m["text"] for m in dispatcher.messages] == [FOLLOWUP_QUESTIONS["power"],
                                                        FOLLOWUP_QUESTIONS["lived_experience"]]


def test_very_long_answer_is_kept_but_bounded(dispatcher):
    result = ValidateReflectionForm().validate_moment("word " * 10_000, dispatcher, make_tracker(), {})
    assert 0 < len(result["moment"]) <= 5000
    assert "kept the first" in texts(dispatcher)


def test_consent_refused_says_nothing_is_saved(dispatcher):
    result = ValidateReflectionForm().validate_consent("reflect_only", dispatcher, make_tracker(), {})
    assert result["consent"] == "reflect_only"
    assert "Nothing" in texts(dispatcher)
