"""Slot events shared by several actions."""
from __future__ import annotations

from rasa_sdk.events import SlotSet

from peer_reflect.dialogue import ANSWER_SLOTS

REFLECTION_SLOTS = (*ANSWER_SLOTS, "consent", "checkin_safe", "followup_topics", "edit_slot")


def clear_reflection() -> list[SlotSet]:
    """Forget every answer of the current reflection. `risk_flag` is kept on purpose: one "I'm fine"
    or a fresh start does not clear a risk raised in this session."""
    events = [SlotSet(slot, None) for slot in REFLECTION_SLOTS]
    events += [
        SlotSet("review_pending", False),
        SlotSet("reflection_paused", False),
        SlotSet("saved", False),
        SlotSet("reflection_id", None),
    ]
    return events
