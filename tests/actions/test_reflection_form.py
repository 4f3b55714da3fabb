"""The reflection form applies peer_reflect.conversation.turn decisions: what is stored, asked and held."""
from __future__ import annotations

import pytest

from actions.questions import AskFollowup1, AskFollowup2, AskMoment
from actions.reflection_form import ActionGreet, ValidateReflectionForm, needed_slots
from peer_reflect.dialogue import FOLLOWUP_QUESTIONS
from tests.actions.conftest import make_tracker, slot_events, texts

STARTED = {"consent": "store", "reflection_id": "r-1", "checkin": "6"}


async def turn(dispatcher, step, text, intent="inform", slots=None, confidence=0.95, extra=None):
    """One message at `step`, as the form would see it after action_extract_slots filled the slot."""
    tracker = make_tracker({**STARTED, **(slots or {}), step: text, "requested_slot": step}, intent=intent,
                           text=text, confidence=confidence, active_loop="reflection_form", extra=extra)
    return slot_events(await ValidateReflectionForm().run(dispatcher, tracker, {}))


async def test_greeting_says_what_it_is_and_is_not(dispatcher):
    events = await ActionGreet().run(dispatcher, make_tracker(), {})
    said = texts(dispatcher)
    assert "not a crisis service" in said
    assert "116 123" in said  # UK Samaritans from the resources file
    assert "anonymised" in said and "pseudonymous" in said
    assert slot_events(events)["reflection_id"]


async def test_an_answer_is_stored_and_the_next_question_requested(dispatcher):
    events = await turn(dispatcher, "moment", "it went well")
    assert events["moment"] == "it went well" and events["requested_slot"] == "feelings"
    assert events["turn_hold"] is None


async def test_a_short_answer_read_as_stop_is_asked_back_and_kept_on_no(dispatcher):
    events = await turn(dispatcher, "moment", "can we stop here", intent="stop_reflection")
    assert events["moment"] is None and events["requested_slot"] == "moment"
    assert events["turn_hold"] == "confirm:stop_reflection" and events["held_text"] == "can we stop here"
    assert "ending" not in events
    assert dispatcher.messages[-1]["response"] == "utter_confirm_stop"
    kept = await turn(dispatcher, "moment", "/deny", intent="deny", confidence=1.0,
                      slots={"turn_hold": "confirm:stop_reflection", "held_text": "can we stop here"})
    assert kept["moment"] == "can we stop here" and kept["requested_slot"] == "feelings" and kept["turn_hold"] is None


async def test_a_confirmed_stop_ends_the_form(dispatcher):
    events = await turn(dispatcher, "moment", "/affirm", intent="affirm", confidence=1.0,
                        slots={"turn_hold": "confirm:stop_reflection", "held_text": "stop"})
    assert events["ending"] == "stop" and events["requested_slot"] is None


async def test_questions_stay_silent_while_the_assistant_holds_its_own(dispatcher):
    tracker = make_tracker({"turn_hold": "confirm:dont_save", "requested_slot": "moment"})
    await AskMoment().run(dispatcher, tracker, {})
    assert dispatcher.messages == []
    await AskMoment().run(dispatcher, make_tracker({"requested_slot": "moment"}), {})
    assert dispatcher.messages[0]["response"] == "utter_ask_moment"


async def test_a_possible_risk_is_checked_and_never_stored(dispatcher):
    text = "asked me to help her write a letter to her son whos in care"
    events = await turn(dispatcher, "moment", text, intent="risk_service_user")
    assert events["moment"] is None and events["turn_hold"] == "check:service_user"
    assert dispatcher.messages[-1]["response"] == "utter_check_risk_service_user"
    assert "risk_flag" not in events


async def test_explicit_self_risk_gets_the_safety_question_and_a_flag(dispatcher):
    events = await turn(dispatcher, "feelings", "i'm going to kill myself tonight", intent="risk_self",
                        extra={"risk_explicit": True})
    assert events["feelings"] is None and events["turn_hold"] == "safety" and events["held_text"] is None
    assert events["risk_flag"] == "self"
    assert "116 123" in texts(dispatcher)
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == ["/affirm", "/deny"]


async def test_after_the_safety_question_an_answer_resumes(dispatcher):
    events = await turn(dispatcher, "feelings", "scared then, ok now",
                        slots={"turn_hold": "safety", "risk_flag": "self", "moment": "a moment"})
    assert events["feelings"] == "scared then, ok now" and events["turn_hold"] is None
    assert events["requested_slot"] == "followup_1"


async def test_start_over_confirmed_clears_answers_but_keeps_consent(dispatcher):
    events = await turn(dispatcher, "feelings", "yes", intent="affirm",
                        slots={"moment": "a moment", "turn_hold": "confirm:start_over"})
    assert events["moment"] is None and events["checkin"] is None and "consent" not in events
    assert events["requested_slot"] == "checkin"


async def test_consent_declined_in_words_says_nothing_is_saved(dispatcher):
    events = await turn(dispatcher, "consent", "no thanks", intent="deny", slots={"consent": None, "checkin": None})
    assert events["consent"] == "reflect_only" and events["requested_slot"] == "checkin"
    assert dispatcher.messages[-1]["response"] == "utter_reflect_only"


@pytest.mark.parametrize("checkin, asks_safety", [("2", True), ("about a 3/10", True), ("feel awful", True),
                                                  ("7", False), ("good shift actually", False), ("(skipped)", False)])
def test_low_checkin_adds_the_safety_question(checkin, asks_safety):
    slots = needed_slots({"checkin": checkin, "consent": "store"})
    assert ("checkin_safe" in slots) is asks_safety
    assert "followup_3" not in slots


def test_review_only_when_saving_and_something_was_answered():
    assert "review_decision" in needed_slots({"consent": "store", "moment": "x"})
    assert "review_decision" not in needed_slots({"consent": "reflect_only", "moment": "x"})
    assert "review_decision" not in needed_slots({"consent": "store", "moment": "(skipped)"})


async def test_followups_are_chosen_from_what_was_said(dispatcher):
    events = await turn(dispatcher, "feelings", "uneasy, still am",
                        slots={"moment": "a man on the ward asked for my personal number and to add me on facebook"})
    assert events["followup_topics"][0] == "boundaries"
    assert 2 <= len(events["followup_topics"]) <= 3


async def test_followup_question_matches_its_topic(dispatcher):
    tracker = make_tracker({"followup_topics": ["power", "lived_experience"]})
    await AskFollowup1().run(dispatcher, tracker, {})
    await AskFollowup2().run(dispatcher, tracker, {})
    assert [m["text"] for m in dispatcher.messages] == [FOLLOWUP_QUESTIONS["power"],
                                                        FOLLOWUP_QUESTIONS["lived_experience"]]


async def test_very_long_answer_is_kept_but_bounded(dispatcher):
    events = await turn(dispatcher, "moment", "word " * 10_000)
    assert 0 < len(events["moment"]) <= 5000
    assert "kept the first" in texts(dispatcher)


async def test_activation_only_requests_the_first_question(dispatcher):
    tracker = make_tracker({"reflection_id": "r-1"}, intent="greet", text="hi", latest_action_name="reflection_form")
    events = slot_events(await ValidateReflectionForm().run(dispatcher, tracker, {}))
    assert events == {"requested_slot": "consent"}
