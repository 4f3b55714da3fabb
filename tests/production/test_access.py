"""Access: with REST_CHANNEL_TOKEN set, only the integration holding the token can name a sender, so a guessed
sender id can neither read nor erase another worker's reflections. Real Rasa + action servers."""
from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request
from functools import partial

import pytest

from peer_reflect.ops.conversation import SAVED_MARK, reply_text, run_reflection, say
from peer_reflect.stack import Stack
from tests.production.support import KEY, need_model

pytestmark = [pytest.mark.e2e, pytest.mark.production]
TOKEN = "tok-" + "9f8e7d6c5b4a3210" * 2


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    need_model()
    base = tmp_path_factory.mktemp("access")
    env = {
        "DATABASE_URL": f"sqlite:///{base / 'reflections.db'}",
        "OUTBOX_DIR": str(base / "outbox"),
        "PSEUDONYM_KEY": KEY,
        "REST_CHANNEL_TOKEN": TOKEN,
    }
    with Stack(env=env, log_dir=base / "logs") as running:
        running.db_path = base / "reflections.db"
        yield running


def stored(stack) -> int:
    with sqlite3.connect(stack.db_path) as db:
        return db.execute("select count(*) from reflections").fetchone()[0]


def status_of(stack, sender: str, message: str, headers: dict) -> int:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(stack.rest_url, body, {"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_guessed_sender_id_cannot_erase_another_workers_reflections(stack):
    victim = "worker-7"  # as guessable as sender ids get
    transcript = run_reflection([stack.rest_url], victim, say_fn=partial(say, token=TOKEN))
    assert SAVED_MARK in transcript.last
    assert stored(stack) == 1

    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                    {"Authorization": f"Basic {TOKEN}"}):
        assert status_of(stack, victim, "/delete_data", headers) == 401
        assert status_of(stack, victim, "/affirm", headers) == 401
    assert stored(stack) == 1, "an unauthenticated request erased a reflection"

    # The integration (holding the token) acts for the worker: the deletion is confirmed first.
    text = reply_text(say(stack.rest_url, victim, "/delete_data", token=TOKEN))
    assert "permanently delete" in text
    text = reply_text(say(stack.rest_url, victim, "/affirm", token=TOKEN))
    assert "deleted 1 saved reflection" in text
    assert stored(stack) == 0
