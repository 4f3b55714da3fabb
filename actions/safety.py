"""Meeting risk with care. The RiskScreen NLU component flags the message; these actions answer it.

The flagged text is never stored or logged: only a count (kind, week, pseudonymous id) when the worker
agreed to saving, so that supervisors can see suppressed totals.
"""
from __future__ import annotations

import logging
from datetime import date

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.guard import Guarded
from actions.services import reflection_underway, store, worker_id
from peer_reflect.messages import not_safe_now
from peer_reflect.risk import safety_followup_message, safety_message
from peer_reflect.storage import week_start

logger = logging.getLogger(__name__)

SAFE_BUTTONS = [
    {"title": "I'm safe right now", "payload": "/affirm"},
    {"title": "No, I'm not safe", "payload": "/deny"},
]
RESUME_BUTTONS = [
    {"title": "Carry on reflecting", "payload": "/resume"},
    {"title": "Stop here", "payload": "/stop_reflection"},
]
_INTENT_KINDS = {"risk_self": "self", "risk_service_user": "service_user", "risk_others": "others", "deny": "self"}


class ActionSafetyResponse(Guarded, Action):
    def name(self) -> str:
        return "action_safety_response"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        intent = tracker.latest_message.get("intent", {}).get("name")
        kind = _INTENT_KINDS.get(intent, "self")
        underway = reflection_underway(tracker)
        if kind == "self":
            dispatcher.utter_message(text=safety_message(kind), buttons=SAFE_BUTTONS)
        else:
            dispatcher.utter_message(text=safety_message(kind), buttons=RESUME_BUTTONS if underway else None)
        if tracker.get_slot("consent") == "store":
            self._count(tracker, kind)
        # Self-risk outranks the others and stays for the whole session.
        flag = "self" if "self" in (kind, tracker.get_slot("risk_flag")) else kind
        return [SlotSet("risk_flag", flag), SlotSet("reflection_paused", underway)]

    @staticmethod
    def _count(tracker: Tracker, kind: str) -> None:
        try:
            store().record_safety_event(worker_id(tracker), kind, week_start(date.today()))
        except Exception:  # a count is never worth failing the safety response for
            logger.warning("Could not record a safety event count")


class ActionSafetyFollowup(Guarded, Action):
    def name(self) -> str:
        return "action_safety_followup"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        intent = tracker.latest_message.get("intent", {}).get("name")
        if intent == "deny":
            dispatcher.utter_message(text=not_safe_now())
            return []
        dispatcher.utter_message(text=safety_followup_message())
        if reflection_underway(tracker):
            dispatcher.utter_message(response="utter_offer_resume")
        return []
