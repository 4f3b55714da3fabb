"""The reflection form: every message inside a reflection, read by `peer_reflect.conversation.turn.decide`.

The form's slots take any text (domain.yml); this validation action decides what the message was (answer,
digression, confirmation, possible risk) and applies the decision. No rule interrupts the form, so a
classifier guess can never end, discard or restart a reflection on its own.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.events import clear_answers, clear_reflection
from actions.guard import Guarded
from actions.replies import say
from actions.services import erase_my_reflections, new_reflection_id, record_risk
from peer_reflect.checkin import is_low
from peer_reflect.conversation.turn import ANSWER_STEPS, REVIEW, Decision, Said, decide
from peer_reflect.dialogue import SKIPPED, choose_followup_topics, resolve_answer_slot
from peer_reflect.messages import greeting

MAX_ANSWER_CHARS = 5000
FORM_SLOTS = ("consent", "checkin", "checkin_safe", "moment", "feelings", "followup_1", "followup_2",
              "followup_3", "now_what", "self_care", REVIEW)


class ActionGreet(Guarded, Action):
    def name(self) -> str:
        return "action_greet"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(text=greeting())
        return [*clear_reflection(), SlotSet("reflection_id", new_reflection_id()), SlotSet("reflection_started", True)]


def trimmed(value: Any, dispatcher: CollectingDispatcher) -> str | None:
    """Keep a long answer, but bounded: a reflection answer past 5,000 characters is cut there."""
    if not isinstance(value, str) or not value.strip():
        return None
    if len(value) > MAX_ANSWER_CHARS:
        dispatcher.utter_message(
            text=f"That was a lot to hold. I've kept the first {MAX_ANSWER_CHARS:,} characters of it."
        )
        return value[:MAX_ANSWER_CHARS]
    return value


def needed_slots(slots: dict[str, Any]) -> list[str]:
    """The form's questions for this reflection, in order (some depend on earlier answers)."""
    checkin = slots.get("checkin")
    answered = any(slots.get(s) not in (None, SKIPPED) for s in ANSWER_STEPS)
    optional = {
        "checkin_safe": bool(checkin and checkin != SKIPPED and is_low(checkin)),
        "followup_3": len(slots.get("followup_topics") or []) >= 3,
        REVIEW: slots.get("consent") == "store" and answered,
    }
    return [slot for slot in FORM_SLOTS if optional.get(slot, True)]


def read_message(tracker: Tracker) -> Said:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    name = intent.get("name") or "inform"
    risk = name[len("risk_"):] if name.startswith("risk_") else "none"
    return Said(
        text=str(latest.get("text") or ""),
        intent=name,
        confidence=float(intent.get("confidence") or 0.0),
        risk=risk,
        explicit=bool(latest.get("risk_explicit")) if risk == "self" else False,
    )


class ValidateReflectionForm(Guarded, FormValidationAction):
    def name(self) -> str:
        return "validate_reflection_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        return needed_slots(tracker.slots)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        step = tracker.get_slot("requested_slot")
        slots = dict(tracker.slots)
        events: list = []
        if step:   # on activation no question has been asked yet, so there is no message to read
            decision = decide(step, slots.get("turn_hold"), slots.get("held_text"), read_message(tracker))
            events = self.apply(decision, step, dispatcher, tracker)
            for event in events:
                slots[event["name"]] = event["value"]
        if slots.get("ending"):
            return [*events, SlotSet("requested_slot", None)]
        next_slot = next((s for s in needed_slots(slots) if slots.get(s) is None), None)
        return [*events, SlotSet("requested_slot", next_slot)]

    def apply(self, decision: Decision, step: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
        value = self.answer_value(decision, step, dispatcher)
        events = [SlotSet(step, value), SlotSet("turn_hold", decision.hold), SlotSet("held_text", decision.held)]
        if step == "consent" and value and not tracker.get_slot("reflection_id"):
            events.append(SlotSet("reflection_id", new_reflection_id()))
        if step == "consent" and value == "reflect_only":
            dispatcher.utter_message(response="utter_reflect_only")
        if step == "feelings" and value is not None and not tracker.get_slot("followup_1"):
            said = " ".join(v for v in (tracker.get_slot("moment"), value) if v and v != SKIPPED)
            events.append(SlotSet("followup_topics", choose_followup_topics(said)))
        if decision.risk:
            events += record_risk(tracker, decision.risk)
        for key in decision.say:
            say(key, dispatcher, tracker, step)
        if decision.execute:
            events += self.execute(decision.execute, dispatcher, tracker)
        return events

    @staticmethod
    def answer_value(decision: Decision, step: str, dispatcher: CollectingDispatcher) -> Any:
        if decision.skip:
            if step == "consent":
                dispatcher.utter_message(text="No problem. I won't save anything from this conversation.")
                return "reflect_only"
            if step == "checkin_safe":
                dispatcher.utter_message(text="That's OK. If at any point you're not feeling safe, just tell me.")
                return "yes"
            if step == REVIEW:
                return None
            dispatcher.utter_message(text="Sure, let's skip that one.")
            return SKIPPED
        if decision.answer is None:
            return None
        return trimmed(decision.answer, dispatcher) if step in ANSWER_STEPS else decision.answer

    @staticmethod
    def execute(what: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
        if what in ("stop", "discard", "save"):
            return [SlotSet("ending", what)]
        if what == "start_over":
            dispatcher.utter_message(response="utter_start_over")
            return clear_answers()
        if what == "delete":
            erase_my_reflections(dispatcher, tracker)
            return []
        if what == "edit":
            topics = tracker.get_slot("followup_topics") or []
            slot = resolve_answer_slot(tracker.get_slot("edit_slot"), topics) or resolve_answer_slot(
                tracker.latest_message.get("text"), topics)
            events = [SlotSet("edit_slot", None), SlotSet(REVIEW, None)]
            if slot in ANSWER_STEPS and tracker.get_slot(slot) is not None:
                dispatcher.utter_message(text="OK, let's redo that one.")
                return [*events, SlotSet(slot, None)]
            dispatcher.utter_message(text="I couldn't tell which answer to change, so here it is as it stands.")
            return events
        raise ValueError(f"unknown decision {what!r}")
