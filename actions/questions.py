"""The form's questions. Each is silent while the assistant holds a question of its own (a confirmation, a
risk check, a pause), so a question is never asked over the top of "Are you sure?"."""
from __future__ import annotations

from abc import ABC, abstractmethod

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.guard import Guarded
from actions.review import review_summary
from peer_reflect.dialogue import FOLLOWUP_QUESTIONS, FOLLOWUP_SLOTS, choose_followup_topics


class _Ask(Guarded, Action, ABC):
    @property
    @abstractmethod
    def slot(self) -> str:
        """The form slot this action asks for."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list:
        if tracker.get_slot("turn_hold"):
            return []
        return self.ask(dispatcher, tracker) or []

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list | None:
        dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return None


class _AskFollowup(_Ask, ABC):
    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        topics = tracker.get_slot("followup_topics") or choose_followup_topics("")
        index = FOLLOWUP_SLOTS.index(self.slot)
        dispatcher.utter_message(text=FOLLOWUP_QUESTIONS[topics[min(index, len(topics) - 1)]])


class AskConsent(_Ask):
    slot = "consent"


class AskCheckin(_Ask):
    slot = "checkin"


class AskCheckinSafe(_Ask):
    slot = "checkin_safe"


class AskMoment(_Ask):
    slot = "moment"


class AskFeelings(_Ask):
    slot = "feelings"


class AskFollowup1(_AskFollowup):
    slot = "followup_1"


class AskFollowup2(_AskFollowup):
    slot = "followup_2"


class AskFollowup3(_AskFollowup):
    slot = "followup_3"


class AskNowWhat(_Ask):
    slot = "now_what"


class AskSelfCare(_Ask):
    slot = "self_care"


class AskReview(_Ask):
    slot = "review_decision"

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
        return review_summary(dispatcher, tracker)
