"""The end of a reflection: show what would be stored, then save, edit one answer, or discard."""
from __future__ import annotations

import logging
from datetime import date

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.events import clear_reflection
from actions.guard import Guarded
from actions.services import new_reflection_id, raw_answers, saver, worker_id
from peer_reflect.dialogue import ANSWER_SLOTS, answer_label, resolve_answer_slot
from peer_reflect.messages import closing
from peer_reflect.reflection import PreparedReflection, prepare, storage_key
from peer_reflect.storage import SaveOutcome
from peer_reflect.themes.coder import default_coder

logger = logging.getLogger(__name__)

REVIEW_BUTTONS = [
    {"title": "Save it", "payload": "/affirm"},
    {"title": "Edit an answer", "payload": "/edit_answer"},
    {"title": "Discard", "payload": "/dont_save"},
]


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


class ActionReviewReflection(Guarded, Action):
    def name(self) -> str:
        return "action_review_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        risk_raised = tracker.get_slot("risk_flag") == "self"
        if tracker.get_slot("consent") != "store":
            dispatcher.utter_message(text="That's the end of the reflection. As agreed, nothing has been saved.")
            dispatcher.utter_message(text=closing(risk_raised=risk_raised))
            return clear_reflection()
        topics = tracker.get_slot("followup_topics") or []
        prepared = prepare(raw_answers(tracker), topics)
        if not prepared.answers:
            dispatcher.utter_message(text="You skipped every question, so there's nothing to save.")
            dispatcher.utter_message(text=closing(risk_raised=risk_raised))
            return clear_reflection()
        dispatcher.utter_message(text=_summary(prepared, topics), buttons=REVIEW_BUTTONS)
        return [SlotSet("review_pending", True)]


class ActionSaveReflection(Guarded, Action):
    def name(self) -> str:
        return "action_save_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        prepared = prepare(raw_answers(tracker), tracker.get_slot("followup_topics") or [])
        reflection_id = tracker.get_slot("reflection_id") or new_reflection_id()
        record = prepared.to_record(reflection_id, worker_id(tracker), date.today())
        try:
            outcome = saver().save(record)
        except Exception:  # even the outbox failed: say so, keep everything in memory for another try
            logger.exception("Saving a reflection failed")
            dispatcher.utter_message(
                text="Sorry, I couldn't save your reflection just now. Nothing is lost yet: say \"save\" to "
                "try again, or \"discard\".",
                buttons=REVIEW_BUTTONS,
            )
            return [SlotSet("reflection_id", reflection_id)]
        if outcome == SaveOutcome.QUEUED:
            dispatcher.utter_message(
                text="The database isn't reachable right now, so your anonymised reflection is being kept "
                "safely on the server and will be saved automatically as soon as it's back. You don't "
                "need to retype anything."
            )
        else:
            dispatcher.utter_message(text="Saved. Only the anonymised version you saw has been kept.")
        dispatcher.utter_message(text=closing(risk_raised=tracker.get_slot("risk_flag") == "self"))
        return [
            *clear_reflection(),
            SlotSet("saved", True),
            SlotSet("reflection_id", reflection_id),
        ]


class ActionChooseEdit(Guarded, Action):
    def name(self) -> str:
        return "action_choose_edit"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        topics = tracker.get_slot("followup_topics") or []
        buttons = [
            {"title": answer_label(slot, topics), "payload": f'/choose_edit{{"edit_slot":"{slot}"}}'}
            for slot in ANSWER_SLOTS
            if tracker.get_slot(slot) is not None
        ]
        dispatcher.utter_message(text="Which answer would you like to change?", buttons=buttons)
        return []


class ActionEditAnswer(Guarded, Action):
    def name(self) -> str:
        return "action_edit_answer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        topics = tracker.get_slot("followup_topics") or []
        slot = resolve_answer_slot(tracker.get_slot("edit_slot"), topics) or resolve_answer_slot(
            tracker.latest_message.get("text"), topics
        )
        events = [SlotSet("edit_slot", None), SlotSet("review_pending", False)]
        if slot in ANSWER_SLOTS and tracker.get_slot(slot) is not None:
            dispatcher.utter_message(text="OK, let's redo that one.")
            events.append(SlotSet(slot, None))
        else:
            dispatcher.utter_message(text="I couldn't tell which answer to change, so here it is as it stands.")
        return events


class ActionDiscardReflection(Guarded, Action):
    def name(self) -> str:
        return "action_discard_reflection"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        dispatcher.utter_message(response="utter_discarded")
        dispatcher.utter_message(text=closing(risk_raised=tracker.get_slot("risk_flag") == "self"))
        return clear_reflection()
