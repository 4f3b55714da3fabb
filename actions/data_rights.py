"""Erasure (GDPR Art. 17) outside a reflection: the worker's pseudonymous id finds every reflection they saved.

The question is a one-slot form, so whatever the worker answers is read as the answer: "yes delete
everything" confirms, anything else deletes nothing. Inside a reflection the reflection form asks and erases.
"""
from __future__ import annotations

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.guard import Guarded
from actions.reflection_form import read_message
from actions.services import erase_my_reflections
from peer_reflect.conversation.turn import confirmed


class ActionAskDeleteConfirm(Guarded, Action):
    def name(self) -> str:
        return "action_ask_delete_confirm"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(response="utter_confirm_delete")
        return []


class ValidateDeleteForm(Guarded, FormValidationAction):
    def name(self) -> str:
        return "validate_delete_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        if tracker.get_slot("requested_slot") != "delete_confirm":
            return [SlotSet("requested_slot", "delete_confirm")]
        answer = "yes" if confirmed("delete_data", read_message(tracker)) else "no"
        return [SlotSet("delete_confirm", answer), SlotSet("requested_slot", None)]


class ActionDeleteMyData(Guarded, Action):
    def name(self) -> str:
        return "action_delete_my_data"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        if tracker.get_slot("delete_confirm") == "yes":
            erase_my_reflections(dispatcher, tracker)
        else:
            dispatcher.utter_message(text="OK, nothing has been deleted.")
        return [SlotSet("delete_confirm", None)]
