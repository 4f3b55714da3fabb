"""Moving around the reflection: skip, why, pause, resume, stop, start over."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.events import clear_reflection
from actions.guard import Guarded
from actions.services import new_reflection_id, reflection_underway
from peer_reflect.dialogue import SKIPPED, why_text
from peer_reflect.messages import closing


class ActionSkipQuestion(Guarded, Action):
    def name(self) -> str:
        return "action_skip_question"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        slot = tracker.get_slot("requested_slot")
        if slot == "consent":
            dispatcher.utter_message(text="No problem. I won't save anything from this conversation.")
            return [SlotSet("consent", "reflect_only")]
        if slot == "checkin_safe":
            dispatcher.utter_message(
                text="That's OK. If at any point you're not feeling safe, just tell me."
            )
            return [SlotSet("checkin_safe", True)]
        if slot:
            dispatcher.utter_message(text="Sure, let's skip that one.")
            return [SlotSet(slot, SKIPPED)]
        return []


class ActionExplainQuestion(Guarded, Action):
    def name(self) -> str:
        return "action_explain_question"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(
            text=why_text(tracker.get_slot("requested_slot")) + " You can always say \"skip\"."
        )
        return []


class ActionPauseReflection(Guarded, Action):
    def name(self) -> str:
        return "action_pause_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        if not reflection_underway(tracker):
            dispatcher.utter_message(text="Take all the time you need. Say \"hi\" when you'd like to reflect.")
            return []
        dispatcher.utter_message(response="utter_paused")
        return [SlotSet("reflection_paused", True)]


class ActionResumeReflection(Guarded, Action):
    def name(self) -> str:
        return "action_resume_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(text="Welcome back. Let's pick up where we left off.")
        return [SlotSet("reflection_paused", False)]


class ActionStopReflection(Guarded, Action):
    def name(self) -> str:
        return "action_stop_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        text = "OK, we'll stop here."
        if reflection_underway(tracker):
            text += " Nothing from this reflection has been saved."
        dispatcher.utter_message(text=text)
        dispatcher.utter_message(text=closing(risk_raised=tracker.get_slot("risk_flag") == "self"))
        return clear_reflection()


class ActionStartOver(Guarded, Action):
    def name(self) -> str:
        return "action_start_over"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(response="utter_start_over")
        return [*clear_reflection(), SlotSet("reflection_id", new_reflection_id())]
