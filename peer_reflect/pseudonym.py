"""Pseudonymous worker ids: HMAC-SHA256(secret key, channel sender id).

The same sender always maps to the same id (so a worker can erase their reflections and aggregates can
count distinct workers), but without the key nobody can go from the id back to the sender or test a guess.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from peer_reflect.settings import get_settings

MIN_KEY_LENGTH = 32


class MissingKeyError(RuntimeError):
    """No usable PSEUDONYM_KEY is configured."""


def new_key() -> str:
    """A fresh 256-bit key, hex encoded, for `.env`."""
    return secrets.token_hex(32)


def pseudonymise(sender_id: str, key: str | None = None) -> str:
    key = key if key is not None else get_settings().pseudonym_key
    if len(key) < MIN_KEY_LENGTH:
        raise MissingKeyError(
            "PSEUDONYM_KEY is missing or shorter than 32 characters. `make env` writes a fresh one to .env."
        )
    return hmac.new(key.encode("utf-8"), sender_id.encode("utf-8"), hashlib.sha256).hexdigest()
