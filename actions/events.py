"""Slot events shared by several actions."""
from __future__ import annotations

from rasa_sdk.events import SlotSet

from peer_reflect.dialogue import ANSWER_SLOTS

# The assistant's own pending question (peer_reflect.conversation.turn) and what it holds meanwhile.
TURN_SLOTS = ("turn_hold", "held_text", "ending")
REFLECTION_SLOTS = (*ANSWER_SLOTS, "consent", "checkin_safe", "review_decision", "followup_topics", "edit_slot",
                    *TURN_SLOTS)


def clear_answers() -> list[SlotSet]:
    """Start the questions again (consent is kept: the worker already chose)."""
    slots = (*ANSWER_SLOTS, "checkin_safe", "review_decision", "followup_topics", "edit_slot", *TURN_SLOTS)
    return [SlotSet(slot, None) for slot in slots]


def clear_reflection() -> list[SlotSet]:
    """Forget every answer of the current reflection. `risk_flag` is kept on purpose: one "I'm fine"
    or a fresh start does not clear a risk raised in this session."""
    events = [SlotSet(slot, None) for slot in REFLECTION_SLOTS]
    events += [
        SlotSet("saved", False),
        SlotSet("reflection_id", None),
    ]
    return events
