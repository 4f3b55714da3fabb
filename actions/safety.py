"""Meeting risk outside a reflection (inside one, the form checks and responds: peer_reflect.conversation).

The RiskScreen NLU component flags the message; these actions answer it. The flagged text is never stored
or logged: only a count (kind, week, pseudonymous id) when the worker agreed to saving.
"""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.guard import Guarded
from actions.replies import SAFE_BUTTONS
from actions.services import record_risk
from peer_reflect.messages import not_safe_now
from peer_reflect.risk import safety_followup_message, safety_message

_INTENT_KINDS = {"risk_self": "self", "risk_service_user": "service_user", "risk_others": "others", "deny": "self"}


class ActionSafetyResponse(Guarded, Action):
    def name(self) -> str:
        return "action_safety_response"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        intent = tracker.latest_message.get("intent", {}).get("name")
        kind = _INTENT_KINDS.get(intent, "self")
        dispatcher.utter_message(text=safety_message(kind), buttons=SAFE_BUTTONS if kind == "self" else None)
        return record_risk(tracker, kind)


class ActionSafetyFollowup(Guarded, Action):
    def name(self) -> str:
        return "action_safety_followup"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        intent = tracker.latest_message.get("intent", {}).get("name")
        if intent == "deny":
            dispatcher.utter_message(text=not_safe_now())
        else:
            dispatcher.utter_message(text=safety_followup_message())
        return []
