"""No exception may leave an action.

When an action raises, rasa-sdk answers 500 with the whole tracker in the body and Rasa logs that body:
every message of the conversation would land in both servers' logs. Every action class mixes in
`Guarded`, whose `run` catches the error, logs its type and stack (no message text, no values), tells the
worker plainly, and keeps the conversation going.
"""
from __future__ import annotations

import functools
import inspect
import logging
import traceback

from rasa_sdk.executor import CollectingDispatcher

logger = logging.getLogger(__name__)

APOLOGY = (
    "Sorry, something went wrong on my side. Nothing you've said has been lost or stored; please try that "
    "again, or say \"help\"."
)


def _guard(run):
    @functools.wraps(run)
    async def guarded_run(self, dispatcher: CollectingDispatcher, tracker, domain):
        try:
            result = run(self, dispatcher, tracker, domain)
            return await result if inspect.isawaitable(result) else result
        except Exception as exc:  # noqa: BLE001 - see the module docstring
            stack = "".join(traceback.format_tb(exc.__traceback__))
            logger.error("Action %s failed with %s\n%s", self.name(), type(exc).__name__, stack)
            dispatcher.utter_message(text=APOLOGY)
            return []

    guarded_run.__guarded__ = True
    return guarded_run


class Guarded:
    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        run = getattr(cls, "run", None)
        if run is not None and not getattr(run, "__guarded__", False):
            cls.run = _guard(run)
