"""The web chat's socket.io channel, hardened like the REST one (addons/channels.py).

Rasa's SocketIOInput takes the session id from the client and puts the connection in that session's room:
whoever sends a session id reads and writes that conversation, and "delete my reflections" erases what was
saved under it. The web chat's ids are 128 random bits (webchat/app.js), so this channel accepts only ids of
that shape; anything guessable ("worker-7") is refused. Every message is also cleaned of control and
invisible characters, throttled per session like REST, and a failed turn gets a plain reply.
Registered in credentials.yml as `addons.webchat_channel.PeerReflectSocketIOInput:` (same path /socket.io).
"""
from __future__ import annotations

import logging
import re
from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from addons.channels import EMPTY, TOO_FAST, UNAVAILABLE, run_turn
from peer_reflect.ops.throttle import SenderThrottle
from peer_reflect.textclean import clean_text

logger = logging.getLogger(__name__)
SESSION_ID = re.compile(r"[0-9a-f]{32,128}")
BAD_SESSION = "This chat couldn't be recognised. Please reload the page to start a new chat."


class PeerReflectSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        throttle = SenderThrottle()

        async def guarded(message: UserMessage) -> None:
            output, sender = message.output_channel, str(message.sender_id)
            if not SESSION_ID.fullmatch(sender):
                await output.send_text_message(sender, BAD_SESSION)
                return
            message.text = clean_text(message.text if isinstance(message.text, str) else "")
            if not message.text:
                await output.send_text_message(sender, EMPTY)
                return
            with throttle.admitted(sender) as wait:
                if wait is not None:
                    await output.send_text_message(sender, TOO_FAST)
                    return
                try:
                    completed = await run_turn(on_new_message, message)
                except Exception as error:  # noqa: BLE001 - a plain answer for the worker, no text in the log
                    logger.error("A web chat turn failed: %s", type(error).__name__)
                    completed = False
                if not completed:
                    await output.send_text_message(sender, UNAVAILABLE)

        blueprint = super().blueprint(guarded)
        # Rasa builds a UserMessage from whatever "message" holds and fails on a non-string before `guarded`
        # runs (the client would wait for ever): make anything that is not a string an empty message.
        namespace = self.namespace or "/"
        original = self.sio.handlers[namespace][self.user_message_evt]

        async def checked(sid: Text, data: Any) -> None:
            data = dict(data) if isinstance(data, dict) else {}
            if not isinstance(data.get("message"), str):
                data["message"] = ""
            await original(sid, data)

        self.sio.on(self.user_message_evt, checked, namespace=namespace)
        return blueprint
