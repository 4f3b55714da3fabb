"""The reflection form: greeting, validation of each answer, and the follow-ups chosen from the answers."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.events import clear_reflection
from actions.guard import Guarded
from actions.services import new_reflection_id
from peer_reflect.checkin import is_low
from peer_reflect.dialogue import FOLLOWUP_QUESTIONS, FOLLOWUP_SLOTS, SKIPPED, choose_followup_topics
from peer_reflect.messages import greeting

MAX_ANSWER_CHARS = 5000


class ActionGreet(Guarded, Action):
    def name(self) -> str:
        return "action_greet"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(text=greeting())
        return [*clear_reflection(), SlotSet("reflection_id", new_reflection_id())]


def _trimmed(value: Any, dispatcher: CollectingDispatcher) -> str | None:
    """Keep a long answer, but bounded: a reflection answer past 5,000 characters is cut there."""
    if not isinstance(value, str) or not value.strip():
        return None
    if len(value) > MAX_ANSWER_CHARS:
        dispatcher.utter_message(
            text=f"That was a lot to hold. I've kept the first {MAX_ANSWER_CHARS:,} characters of it."
        )
        return value[:MAX_ANSWER_CHARS]
    return value


class ValidateReflectionForm(Guarded, FormValidationAction):
    def name(self) -> str:
        return "validate_reflection_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        checkin = tracker.get_slot("checkin")
        optional = {
            "checkin_safe": bool(checkin and checkin != SKIPPED and is_low(checkin)),
            "followup_3": len(tracker.get_slot("followup_topics") or []) >= 3,
        }
        return [slot for slot in domain_slots if optional.get(slot, True)]

    def validate_consent(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        events: dict[str, Any] = {"consent": value}
        if not tracker.get_slot("reflection_id"):
            events["reflection_id"] = new_reflection_id()
        if value == "reflect_only":
            dispatcher.utter_message(text="That's fine. Nothing from this conversation will be saved.")
        return events

    def validate_checkin(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        return {"checkin": _trimmed(value, dispatcher)}

    def validate_moment(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        return {"moment": _trimmed(value, dispatcher)}

    def validate_feelings(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        feelings = _trimmed(value, dispatcher)
        said = " ".join(v for v in (tracker.get_slot("moment"), feelings) if v and v != SKIPPED)
        return {"feelings": feelings, "followup_topics": choose_followup_topics(said)}

    def validate_followup_1(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        return {"followup_1": _trimmed(value, dispatcher)}

    def validate_followup_2(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        return {"followup_2": _trimmed(value, dispatcher)}

    def validate_followup_3(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        return {"followup_3": _trimmed(value, dispatcher)}

    def validate_now_what(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        return {"now_what": _trimmed(value, dispatcher)}

    def validate_self_care(self, value: Any, dispatcher, tracker: Tracker, domain: DomainDict) -> dict:
        return {"self_care": _trimmed(value, dispatcher)}


class _AskFollowup(Guarded, Action, ABC):
    """Asks the n-th "So what?" question, whose topic was chosen from the moment and feelings answers."""

    @property
    @abstractmethod
    def index(self) -> int:
        """Position of the follow-up (0-based)."""

    def name(self) -> str:
        return f"action_ask_{FOLLOWUP_SLOTS[self.index]}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        topics = tracker.get_slot("followup_topics") or choose_followup_topics("")
        topic = topics[min(self.index, len(topics) - 1)]
        dispatcher.utter_message(text=FOLLOWUP_QUESTIONS[topic])
        return []


class ActionAskFollowup1(_AskFollowup):
    index = 0


class ActionAskFollowup2(_AskFollowup):
    index = 1


class ActionAskFollowup3(_AskFollowup):
    index = 2
