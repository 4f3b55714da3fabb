"""Renders the keys of a `Decision.say` list: most are responses in domain.yml, a few are built from the
support contacts of the region."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from peer_reflect.dialogue import ANSWER_SLOTS, answer_label, why_text
from peer_reflect.messages import not_safe_now, support_contacts
from peer_reflect.risk import safety_followup_message, safety_message

SAFE_BUTTONS = [
    {"title": "I'm safe right now", "payload": "/affirm"},
    {"title": "No, I'm not safe", "payload": "/deny"},
]
RESUME_BUTTONS = [
    {"title": "Carry on reflecting", "payload": "/resume"},
    {"title": "Stop here", "payload": "/stop_reflection"},
]
RESPONSES = {   # key -> domain response
    "ask_data": "utter_data_info",
    "help": "utter_help",
    "bot_challenge": "utter_bot_challenge",
    "thanks": "utter_thanks_mid_reflection",
    "paused": "utter_paused",
    "goodbye_paused": "utter_paused_goodbye",
    "welcome_back": "utter_welcome_back",
    "kept_answer": "utter_kept_answer",
    "carry_on": "utter_carry_on",
    "confirm:stop_reflection": "utter_confirm_stop",
    "confirm:dont_save": "utter_confirm_discard",
    "confirm:start_over": "utter_confirm_start_over",
    "confirm:delete_data": "utter_confirm_delete",
    "check:self": "utter_check_risk_self",
    "check:service_user": "utter_check_risk_service_user",
    "check:others": "utter_check_risk_others",
    "review_unclear": "utter_review_unclear",
    "consent_unclear": "utter_consent_unclear",
}


def say(key: str, dispatcher: CollectingDispatcher, tracker: Tracker, step: str | None) -> None:
    if key == "confirm:dont_save" and step == "review_decision":
        dispatcher.utter_message(response="utter_confirm_discard_review")
    elif key in RESPONSES:
        dispatcher.utter_message(response=RESPONSES[key])
        if key == "check:self":   # the numbers are there even if the worker answers "no"
            dispatcher.utter_message(text=f"If you're not safe tonight: {support_contacts()}.")
    elif key == "ask_why":
        dispatcher.utter_message(text=why_text(step) + " You can always say \"skip\".")
    elif key == "safety:self":
        dispatcher.utter_message(text=safety_message("self"), buttons=SAFE_BUTTONS)
    elif key.startswith("safety:"):
        dispatcher.utter_message(text=safety_message(key.partition(":")[2]))
    elif key == "safety_followup":
        dispatcher.utter_message(text=safety_followup_message())
    elif key == "not_safe":
        dispatcher.utter_message(text=not_safe_now(), buttons=RESUME_BUTTONS)
    elif key == "urgent_reminder":
        dispatcher.utter_message(
            text=f"I'm still here. If you're not safe, please reach out now: {support_contacts()}. "
            "When you're ready, we can carry on with the reflection, or stop here.",
            buttons=RESUME_BUTTONS,
        )
    elif key == "safety_again":
        dispatcher.utter_message(
            text=f"Thank you for being honest with me. Please keep these close tonight: {support_contacts()}. "
            "We can carry on with the reflection whenever you're ready, or stop here.",
            buttons=RESUME_BUTTONS,
        )
    elif key == "safe_if_changes":
        dispatcher.utter_message(text=f"Thank you. If that changes tonight: {support_contacts()}.")
    elif key == "choose_edit":
        topics = tracker.get_slot("followup_topics") or []
        buttons = [
            {"title": answer_label(slot, topics), "payload": f'/choose_edit{{"edit_slot":"{slot}"}}'}
            for slot in ANSWER_SLOTS
            if tracker.get_slot(slot) is not None
        ]
        dispatcher.utter_message(text="Which answer would you like to change?", buttons=buttons)
    else:
        raise ValueError(f"nothing to say for {key!r}")
