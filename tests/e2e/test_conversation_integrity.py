"""Whole conversations over REST with the trained model: a reflection is never lost to a misread answer and
never stranded (issue: conversation integrity). The same behaviours are unit-tested in tests/core/test_turn.py;
here they are checked end to end, through NLU, rules, the form and the actions."""
from __future__ import annotations

import uuid

from tests.e2e.conftest import said, say

CONSENT = "Would you like it saved"
CHECKIN = "How are you arriving"
MOMENT = "one moment from the shift"
FEELINGS = "How did you feel in that moment"
REVIEW = "Shall I save it like this"


def start(stack) -> str:
    sender = f"integrity-{uuid.uuid4().hex[:8]}"
    assert CONSENT in said(say(stack, sender, "hi"))
    assert CHECKIN in said(say(stack, sender, "yes save it"))
    assert MOMENT in said(say(stack, sender, "6"))
    return sender


def payloads(replies: list[dict]) -> dict[str, str]:
    return {b["title"]: b["payload"] for r in replies for b in r.get("buttons") or []}


def test_short_answers_that_sound_like_commands_are_answers(stack):
    sender = start(stack)
    assert FEELINGS in said(say(stack, sender, "it went well"))
    reply = said(say(stack, sender, "delete that memory lol"))
    assert "permanently delete" not in reply and "didn't quite follow" not in reply
    assert FEELINGS not in reply and reply.rstrip().endswith("?")   # the first follow-up


def test_a_typed_stop_is_asked_back_and_no_keeps_the_message_as_the_answer(stack):
    sender = start(stack)
    replies = say(stack, sender, "actually I want to stop now")
    assert "Do you want to stop here?" in said(replies)
    assert "we'll stop here" not in said(replies)
    kept = said(say(stack, sender, payloads(replies)["No, that was my answer"]))
    assert FEELINGS in kept


def test_a_possible_safeguarding_risk_is_checked_and_no_carries_on(stack):
    sender = start(stack)
    replies = say(stack, sender, "she told me tonight she's saving up her tablets to take them all when she gets home")
    assert "Did I get that right?" in said(replies)
    assert FEELINGS in said(say(stack, sender, payloads(replies)["No, carry on"]))


def test_after_the_safety_question_a_typed_answer_resumes_the_reflection(stack):
    sender = start(stack)
    replies = say(stack, sender, "honestly I'm going to kill myself tonight, I've got the tablets ready")
    text = said(replies)
    assert "116 123" in text and ("Are you safe right now" in text or "Did I get that right?" in text)
    if "Did I get that right?" in text:
        assert "Are you safe right now" in said(say(stack, sender, "yes"))
    assert "I'm glad to hear that" in said(say(stack, sender, "i'm safe, I'll ring my sister"))
    assert FEELINGS in said(say(stack, sender, "it was a hard day with a lot of waiting around"))


def test_goodbye_pauses_and_the_next_answer_resumes(stack):
    sender = start(stack)
    assert "paused the reflection" in said(say(stack, sender, "gotta go, bus is here. bye"))
    assert FEELINGS in said(say(stack, sender, "a man on the ward asked me to sit with him at his ward round"))


def test_a_first_message_in_another_language_opens_the_reflection(stack):
    sender = f"integrity-{uuid.uuid4().hex[:8]}"
    assert CONSENT in said(say(stack, sender, "hola"))


def test_the_deletion_question_deletes_nothing_unless_confirmed(stack):
    sender = f"integrity-{uuid.uuid4().hex[:8]}"
    assert "permanently delete" in said(say(stack, sender, "delete all my reflections"))
    assert "nothing has been deleted" in said(say(stack, sender, "no actually keep them"))
