"""Process-wide services for the actions, created once on first use (not per message)."""
from __future__ import annotations

import uuid
from functools import lru_cache

import logging
from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from peer_reflect.dialogue import ANSWER_SLOTS
from peer_reflect.pseudonym import pseudonymise
from peer_reflect.saving import Saver
from peer_reflect.storage import DatabaseUnavailable, Store, week_start

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def saver() -> Saver:
    saver = Saver(Store())
    saver.ensure_schema()
    return saver


def store() -> Store:
    return saver().store


def worker_id(tracker: Tracker) -> str:
    return pseudonymise(tracker.sender_id)


def new_reflection_id() -> str:
    """A random id per reflection: the idempotency key that makes a retried save a no-op."""
    return uuid.uuid4().hex


def raw_answers(tracker: Tracker) -> dict[str, str | None]:
    return {slot: tracker.get_slot(slot) for slot in ANSWER_SLOTS}


def reflection_underway(tracker: Tracker) -> bool:
    """A reflection has started (consent asked and answered) and has not been saved or ended."""
    return tracker.get_slot("consent") is not None and not tracker.get_slot("saved")


def record_risk(tracker: Tracker, kind: str) -> list[SlotSet]:
    """Flag the session (self-risk outranks the others and stays) and, when the worker agreed to saving,
    count the event: kind, week and pseudonymous id only, never text."""
    if tracker.get_slot("consent") == "store":
        try:
            store().record_safety_event(worker_id(tracker), kind, week_start(date.today()))
        except Exception:  # a count is never worth failing the safety response for
            logger.warning("Could not record a safety event count")
    flag = "self" if "self" in (kind, tracker.get_slot("risk_flag")) else kind
    return [SlotSet("risk_flag", flag)]


def erase_my_reflections(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """GDPR Art. 17: every reflection saved under this worker's pseudonymous id, after they confirmed."""
    try:
        deleted = store().erase_worker(worker_id(tracker))
    except DatabaseUnavailable:
        dispatcher.utter_message(
            text="I can't reach the database right now, so nothing has been deleted yet. Please ask me again a "
            "little later."
        )
        return
    noun = "reflection" if deleted == 1 else "reflections"
    dispatcher.utter_message(text=f"Done. I've permanently deleted {deleted} saved {noun}.")


def resume_queued_saves() -> None:
    """Reflections queued while the database was down survive a restart: retry them from start-up on, not
    only when the next worker saves. Looks at the outbox folder first, so importing the actions (tests,
    tools) never opens or creates a database."""
    try:
        from peer_reflect.settings import get_settings
        from peer_reflect.storage.outbox import SUFFIX

        outbox = get_settings().outbox_dir
        if outbox.is_dir() and any(outbox.glob(f"*{SUFFIX}")):
            saver().retry_in_background()
    except Exception as exc:  # noqa: BLE001 - never stop the action server from starting
        import logging

        logging.getLogger(__name__).warning("Could not check the outbox at start-up (%s)", type(exc).__name__)
