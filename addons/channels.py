"""The REST channel, hardened: Rasa's own RestInput logs the raw message text (and the local variables of
every frame) at ERROR level whenever a turn fails, answers a failed turn with an empty `[]`, and turns
malformed requests into HTTP 500 or a shared "default" conversation.

This one keeps the same URL (/webhooks/rest/webhook) and reply format, and:
- rejects a body that is not {"sender": <1-128 chars>, "message": <string>} with HTTP 400 (413 when too long);
- answers 503 with a plain message when the turn cannot be processed (Redis down, lock not acquired);
- never returns an empty or misleading reply: when a custom action failed (action server down: Rasa logs it,
  carries on and may answer with a fallback) or the turn produced nothing, the worker is asked to send the
  message again;
- never logs the message text or the sender id (also silences Rasa's warning that quotes a "/..." message);
- answers a flood from one sender with HTTP 429 and a plain message (`peer_reflect.ops.throttle`);
- when REST_CHANNEL_TOKEN is set (.env), accepts only requests carrying `Authorization: Bearer <token>`:
  the sender id decides whose reflections "delete my reflections" erases, so on any deployment reachable
  by more than the integration that authenticates workers, only that integration may name a sender.
Registered in credentials.yml as `addons.channels.PeerReflectRestInput:` (instead of `rest:`).
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import warnings
from contextvars import ContextVar
from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from peer_reflect.ops.throttle import SenderThrottle
from peer_reflect.settings import get_settings
from peer_reflect.textclean import clean_text

logger = logging.getLogger(__name__)

# Rasa warns with the whole message when a "/intent{...}" payload does not parse, e.g. a worker's answer that
# starts with "/" ("Failed to parse arguments in line '<message>'"): keep message text out of the logs.
warnings.filterwarnings("ignore", message="Failed to parse arguments in line")

MAX_MESSAGE_CHARS = 50_000
MAX_SENDER_CHARS = 128
UNAVAILABLE = (
    "Sorry, part of this service isn't working right now, so I couldn't take in your last message. "
    "Please send it again in a minute or two."
)
EMPTY = "That message came through empty. Type whatever you'd like to say, or \"help\" to see what I can do."
TOO_FAST = (
    "You're sending messages faster than I can read them. Please wait a few seconds, then send your "
    "message again."
)


# Rasa carries on when a custom action fails (action server down): it logs an error and may still answer
# with a fallback ("Sorry, I didn't quite follow"), which would be wrong. Errors that Rasa's processor or
# action runner log while a turn is handled mark that turn as failed; the worker is then asked to send the
# message again. The mark lives in a context variable, so concurrent turns do not see each other's.
_TURN_FAILURES: ContextVar[list | None] = ContextVar("peer_reflect_turn_failures", default=None)
FAILURE_LOGGERS = ("rasa.core.processor", "rasa.core.actions.action", "rasa.core.actions.forms")


class _TurnFailureMarker(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        failures = _TURN_FAILURES.get()
        if failures is not None and record.levelno >= logging.ERROR:
            failures.append(record.name)
        return True


_MARKER = _TurnFailureMarker()
for _name in FAILURE_LOGGERS:
    if _MARKER not in logging.getLogger(_name).filters:
        logging.getLogger(_name).addFilter(_MARKER)


async def run_turn(on_new_message: Callable[[UserMessage], Awaitable[Any]], message: UserMessage) -> bool:
    """Handle one message; False when Rasa logged an error while handling it (the reply is not to be trusted)."""
    failures: list[str] = []
    mark = _TURN_FAILURES.set(failures)
    try:
        await on_new_message(message)
    finally:
        _TURN_FAILURES.reset(mark)
    return not failures


def _error(status: int, message: str) -> HTTPResponse:
    return response.json({"error": message}, status=status)


def _authorised(request: Request, token: str) -> bool:
    if not token:
        return True
    scheme, _, given = (request.headers.get("authorization") or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


class PeerReflectRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"  # same URL as Rasa's REST channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("custom_webhook_PeerReflectRestInput", __name__)
        token = get_settings().rest_channel_token
        throttle = SenderThrottle()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not _authorised(request, token):
                return _error(401, "missing or wrong bearer token (REST_CHANNEL_TOKEN)")
            body = request.json  # Sanic answers 400 itself when the body is not JSON
            if not isinstance(body, dict):
                return _error(400, 'expected a JSON object {"sender": ..., "message": ...}')
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
                return _error(400, f'"sender" must be a string of 1-{MAX_SENDER_CHARS} characters')
            if not isinstance(text, str):
                return _error(400, '"message" must be a string')
            if len(text) > MAX_MESSAGE_CHARS:
                return _error(413, f'"message" is longer than {MAX_MESSAGE_CHARS:,} characters')
            text = clean_text(text)  # control characters, bidi overrides, lone surrogates: never into a tracker
            if not text:
                return response.json([{"recipient_id": sender, "text": EMPTY}])
            with throttle.admitted(sender) as wait:
                if wait is not None:
                    reply = response.json([{"recipient_id": sender, "text": TOO_FAST}], status=429)
                    reply.headers["Retry-After"] = str(max(1, round(wait)))
                    return reply
                return await self._turn(on_new_message, request, sender, text)

        return webhook

    async def _turn(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], request: Request,
                    sender: str, text: str) -> HTTPResponse:
        collector = CollectingOutputChannel()
        try:
            message = UserMessage(text, collector, sender, input_channel=self.name(),
                                  metadata=self.get_metadata(request))
            completed = await run_turn(on_new_message, message)
        except asyncio.CancelledError:
            logger.warning("A REST turn was cancelled (the client went away)")
            return response.json([])
        except Exception as error:  # noqa: BLE001 - the worker gets a plain answer, the log no text
            logger.error("A REST turn failed: %s", type(error).__name__)
            return response.json([{"recipient_id": sender, "text": UNAVAILABLE}], status=503)
        if not completed or not collector.messages:
            logger.warning("A REST turn failed or produced no reply (is the action server up?)")
            return response.json([{"recipient_id": sender, "text": UNAVAILABLE}])
        return response.json(collector.messages)
