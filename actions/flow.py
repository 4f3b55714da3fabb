"""Commands outside a reflection (inside one, the form reads every message: actions/reflection_form.py)."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.events import clear_reflection
from actions.guard import Guarded
from actions.services import new_reflection_id
from peer_reflect.messages import closing, greeting


class ActionPauseReflection(Guarded, Action):
    def name(self) -> str:
        return "action_pause_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(text="Take all the time you need. Say \"hi\" when you'd like to reflect.")
        return []


class ActionStopReflection(Guarded, Action):
    def name(self) -> str:
        return "action_stop_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(text="OK, we'll stop here.")
        dispatcher.utter_message(text=closing(risk_raised=tracker.get_slot("risk_flag") == "self"))
        return clear_reflection()


class ActionStartOver(Guarded, Action):
    def name(self) -> str:
        return "action_start_over"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(response="utter_start_over")
        return [*clear_reflection(), SlotSet("reflection_id", new_reflection_id())]


class ActionOutsideFallback(Guarded, Action):
    """When no rule fits outside a reflection: a first message of the session ("ja", "yes") opens the
    reflection; later, the assistant says what it can do."""

    def name(self) -> str:
        return "action_outside_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        if tracker.get_slot("reflection_started"):
            dispatcher.utter_message(response="utter_default")
            return [UserUtteranceReverted()]   # as Rasa's own fallback: listen again, no loop
        dispatcher.utter_message(text=greeting())
        return [*clear_reflection(), SlotSet("reflection_id", new_reflection_id()), SlotSet("reflection_started", True),
                FollowupAction("reflection_form")]
