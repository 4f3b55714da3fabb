"""The real assistant: a trained model served by `rasa run` with the action server beside it."""
from __future__ import annotations

import json
import os
import urllib.request

import pytest

from peer_reflect.stack import DEFAULT_MODEL, Stack

KEY = "fedcba9876543210" * 4


def requires_model() -> None:
    if not DEFAULT_MODEL.exists():
        message = f"no trained model at {DEFAULT_MODEL}; run `make train`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    requires_model()
    base = tmp_path_factory.mktemp("stack")
    env = {
        "DATABASE_URL": f"sqlite:///{base / 'reflections.db'}",
        "OUTBOX_DIR": str(base / "outbox"),
        "PSEUDONYM_KEY": KEY,
        "RESOURCES_REGION": "UK",
    }
    with Stack(env=env, log_dir=base / "logs") as running:
        running.base = base
        running.test_env = env
        yield running


def say(stack: Stack, sender: str, text: str) -> list[dict]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(stack.rest_url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"[]")


def said(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)
