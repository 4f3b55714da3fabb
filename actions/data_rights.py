"""Erasure (GDPR Art. 17): the worker's pseudonymous id finds every reflection they saved."""
from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.guard import Guarded
from actions.services import reflection_underway, store, worker_id
from peer_reflect.storage import DatabaseUnavailable

logger = logging.getLogger(__name__)


class ActionDeleteMyData(Guarded, Action):
    def name(self) -> str:
        return "action_delete_my_data"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        if tracker.latest_message.get("intent", {}).get("name") == "affirm":
            try:
                deleted = store().erase_worker(worker_id(tracker))
            except DatabaseUnavailable:
                dispatcher.utter_message(
                    text="I can't reach the database right now, so nothing has been deleted yet. Please ask "
                    "me again a little later."
                )
            else:
                noun = "reflection" if deleted == 1 else "reflections"
                dispatcher.utter_message(text=f"Done. I've permanently deleted {deleted} saved {noun}.")
        else:
            dispatcher.utter_message(text="OK, nothing has been deleted.")
        if reflection_underway(tracker):
            dispatcher.utter_message(response="utter_offer_resume")
            return [SlotSet("reflection_paused", True)]
        return []
