"""The end of a reflection: show what would be stored, then finish the way the worker chose.

The review question lives inside the form (`review_decision`), so its answers are read like every other
answer (peer_reflect.conversation.turn). When the form ends, `action_finish_reflection` carries out the ending
the worker confirmed: save, discard, stop, or simply the end of a reflection nothing is saved from.
"""
from __future__ import annotations

import logging
from datetime import date

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.events import clear_reflection
from actions.guard import Guarded
from actions.services import new_reflection_id, raw_answers, saver, worker_id
from peer_reflect.dialogue import ANSWER_SLOTS, answer_label
from peer_reflect.messages import closing, support_contacts
from peer_reflect.reflection import PreparedReflection, prepare, storage_key
from peer_reflect.risk import screen
from peer_reflect.storage import SaveOutcome
from peer_reflect.themes.coder import default_coder

logger = logging.getLogger(__name__)

REVIEW_BUTTONS = [
    {"title": "Save it", "payload": "/affirm"},
    {"title": "Edit an answer", "payload": "/edit_answer"},
    {"title": "Discard", "payload": "/dont_save"},
]
RESCREEN_NOTE = (
    "Before you decide: reading it all back, some of it sounds like someone may not be safe. If that's you or "
    "someone you support, please don't hold it alone: {contacts}. Your supervisor can help with the next step."
)


def _summary(prepared: PreparedReflection, topics: list[str]) -> str:
    lines = ["Here's what would be stored, with names, places and numbers taken out:"]
    for slot in ANSWER_SLOTS:
        text = prepared.answers.get(storage_key(slot, topics))
        if text is not None:
            lines.append(f"• {answer_label(slot, topics)}: {text}")
    if prepared.themes:
        codebook = default_coder().codebook  # the loaded one: parsing the file again costs ~0.4 s
        names = ", ".join(codebook.get(hit.id).name for hit in prepared.themes)
        lines.append(f"Themes: {names}.")
    lines.append("Shall I save it like this?")
    return "\n".join(lines)


def review_summary(dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
    """Show the anonymised reflection. The whole text is screened again: risk spread over several answers,
    none of which was flagged on its own, still gets the contacts before anything is saved."""
    topics = tracker.get_slot("followup_topics") or []
    prepared = prepare(raw_answers(tracker), topics)
    whole = " ".join(prepared.answers.values())
    if whole and not tracker.get_slot("risk_flag") and screen(whole).kind != "none":
        dispatcher.utter_message(text=RESCREEN_NOTE.format(contacts=support_contacts()))
    dispatcher.utter_message(text=_summary(prepared, topics), buttons=REVIEW_BUTTONS)
    return []


class ActionFinishReflection(Guarded, Action):
    def name(self) -> str:
        return "action_finish_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        ending = tracker.get_slot("ending")
        risk_raised = tracker.get_slot("risk_flag") == "self"
        if ending == "save":
            return self.save(dispatcher, tracker)
        if ending == "stop":
            dispatcher.utter_message(text="OK, we'll stop here. Nothing from this reflection has been saved.")
        elif ending == "discard":
            dispatcher.utter_message(response="utter_discarded")
        elif tracker.get_slot("consent") != "store":
            dispatcher.utter_message(text="That's the end of the reflection. As agreed, nothing has been saved.")
        else:
            dispatcher.utter_message(text="You skipped every question, so there's nothing to save.")
        dispatcher.utter_message(text=closing(risk_raised=risk_raised))
        return clear_reflection()

    @staticmethod
    def save(dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
        prepared = prepare(raw_answers(tracker), tracker.get_slot("followup_topics") or [])
        reflection_id = tracker.get_slot("reflection_id") or new_reflection_id()
        record = prepared.to_record(reflection_id, worker_id(tracker), date.today())
        try:
            outcome = saver().save(record)
        except Exception:  # even the outbox failed: keep everything in memory and show the review again
            logger.error("Saving a reflection failed")
            dispatcher.utter_message(
                text="Sorry, I couldn't save your reflection just now. Nothing is lost: you can try again, or "
                "discard it."
            )
            return [SlotSet("ending", None), SlotSet("reflection_id", reflection_id),
                    ActiveLoop("reflection_form"), FollowupAction("reflection_form")]
        if outcome == SaveOutcome.QUEUED:
            dispatcher.utter_message(
                text="The database isn't reachable right now, so your anonymised reflection is being kept "
                "safely on the server and will be saved automatically as soon as it's back. You don't "
                "need to retype anything."
            )
        else:
            dispatcher.utter_message(text="Saved. Only the anonymised version you saw has been kept.")
        dispatcher.utter_message(text=closing(risk_raised=tracker.get_slot("risk_flag") == "self"))
        return [*clear_reflection(), SlotSet("saved", True), SlotSet("reflection_id", reflection_id)]
