"""Erasure (GDPR Art. 17) outside a reflection: the worker's pseudonymous id finds every reflection they saved.
Inside a reflection the form asks and erases (actions/reflection_form.py)."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.guard import Guarded
from actions.services import erase_my_reflections

CONFIRMING_INTENTS = ("affirm", "delete_data")   # "yes", or "yes delete everything" after the question


class ActionDeleteMyData(Guarded, Action):
    def name(self) -> str:
        return "action_delete_my_data"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        if tracker.latest_message.get("intent", {}).get("name") in CONFIRMING_INTENTS:
            erase_my_reflections(dispatcher, tracker)
        else:
            dispatcher.utter_message(text="OK, nothing has been deleted.")
        return []
