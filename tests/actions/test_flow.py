from __future__ import annotations

from actions.flow import (ActionExplainQuestion, ActionPauseReflection, ActionSkipQuestion, ActionStartOver,
                          ActionStopReflection)
from peer_reflect.dialogue import SKIPPED
from tests.actions.conftest import make_tracker, slot_events, texts


async def test_skip_marks_the_requested_question_skipped(dispatcher):
    events = await ActionSkipQuestion().run(dispatcher, make_tracker({"requested_slot": "feelings"}), {})
    assert slot_events(events) == {"feelings": SKIPPED}


async def test_skipping_consent_means_nothing_is_saved(dispatcher):
    events = await ActionSkipQuestion().run(dispatcher, make_tracker({"requested_slot": "consent"}), {})
    assert slot_events(events) == {"consent": "reflect_only"}


async def test_why_explains_the_current_question(dispatcher):
    await ActionExplainQuestion().run(dispatcher, make_tracker({"requested_slot": "followup_2"}), {})
    assert "So what?" in texts(dispatcher)


async def test_pause_keeps_answers_and_marks_paused(dispatcher):
    tracker = make_tracker({"consent": "store", "checkin": "5"})
    events = await ActionPauseReflection().run(dispatcher, tracker, {})
    assert slot_events(events) == {"reflection_paused": True}
    assert dispatcher.messages[0]["response"] == "utter_paused"


async def test_stop_forgets_answers_but_not_a_raised_risk(dispatcher):
    tracker = make_tracker({"consent": "store", "moment": "something", "risk_flag": "self"})
    events = slot_events(await ActionStopReflection().run(dispatcher, tracker, {}))
    assert events["moment"] is None and events["consent"] is None
    assert "risk_flag" not in events
    assert "Nothing from this reflection has been saved" in texts(dispatcher)
    assert "116 123" in texts(dispatcher)


async def test_start_over_gives_a_new_reflection_id(dispatcher):
    tracker = make_tracker({"reflection_id": "old", "moment": "x"})
    events = slot_events(await ActionStartOver().run(dispatcher, tracker, {}))
    assert events["moment"] is None
    assert events["reflection_id"] not in (None, "old")
