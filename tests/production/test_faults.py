"""Faults with the production configuration (Redis lock + tracker store, PostgreSQL): nothing lost, nothing
saved twice, nothing leaked.

- The action server is killed mid-conversation and at the saving turn: the worker gets a reply, the
  conversation continues once it is back, and the reflection is stored once.
- PostgreSQL goes away at the saving turn: the worker is told, the anonymised reflection waits in the
  durable outbox, the action server is killed and restarted meanwhile, and when the database is back the
  reflection is stored exactly once.

PostgreSQL is reached through a TCP proxy that the test cuts; the real server is never stopped.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from peer_reflect.ops import services
from peer_reflect.ops.cluster import Cluster
from peer_reflect.ops.conversation import (
    OPENING,
    QUEUED_MARK,
    REVIEW_MARK,
    SAVED_MARK,
    answers_until_review,
    reply_text,
    run_reflection,
    say,
)
from peer_reflect.ops.faults import TcpProxy
from peer_reflect.pseudonym import pseudonymise
from tests.production.support import KEY, need_model, pg_rows

pytestmark = [pytest.mark.production, pytest.mark.e2e, pytest.mark.redis, pytest.mark.postgres]

MARK = "Wqzj"


@pytest.fixture(scope="module")
def deployment(tmp_path_factory, migrated_db, redis_prefix):
    need_model()
    base = tmp_path_factory.mktemp("faults")
    pg_proxy = TcpProxy(migrated_db["host"], migrated_db["port"]).start()
    host, port = services.redis_address()
    env = {
        "DATABASE_URL": (f"postgresql+psycopg2://{migrated_db['user']}@127.0.0.1:{pg_proxy.port}/"
                         f"{migrated_db['name']}"),
        "OUTBOX_DIR": str(base / "outbox"),
        "PSEUDONYM_KEY": KEY,
        "REDIS_HOST": host,
        "REDIS_PORT": str(port),
        "REDIS_PASSWORD": "",
        "REDIS_KEY_PREFIX": redis_prefix,
    }
    try:
        with Cluster(env=env, rasa_servers=1, log_dir=base / "logs") as cluster:
            cluster.pg_proxy = pg_proxy
            cluster.db = migrated_db
            cluster.outbox = base / "outbox"
            yield cluster
    finally:
        pg_proxy.cut()


def stored_for(deployment: Cluster, sender: str) -> int:
    return pg_rows(deployment.db, "select count(*) from reflections where worker_id = %s",
                   (pseudonymise(sender, KEY),))[0][0]


def outbox_files(deployment: Cluster) -> list[Path]:
    return sorted(p for p in Path(deployment.outbox).glob("*.json") if not p.name.startswith("."))


def to_review(url: str, sender: str) -> str:
    for message, expected in OPENING:
        text = reply_text(say(url, sender, message))
        assert not expected or expected in text, (message, text)
    return answers_until_review(lambda message: reply_text(say(url, sender, message)))


def test_action_server_down_mid_conversation_and_at_the_save(deployment):
    url = deployment.rest_urls[0]
    sender = "fault-actions"
    for message, _ in OPENING[:3]:
        say(url, sender, message)  # now asked for a moment
    moment = f"{MARK} a man on the ward asked me to sit with him before the ward round"

    deployment.stop_actions(kill=True)
    try:
        down_reply = say(url, sender, moment)
        assert deployment.servers[0].alive
    finally:
        deployment.start_actions()
    # The conversation continues: the answer is taken (again) and the next question asked.
    text = reply_text(say(url, sender, moment))
    assert REVIEW_MARK not in text
    if "How did you feel" in text:  # else the answer given during the outage had been taken after all
        say(url, sender, OPENING[4][0])
    review = answers_until_review(lambda message: reply_text(say(url, sender, message)))
    assert REVIEW_MARK in review

    deployment.stop_actions(kill=True)  # and once more, at the saving turn itself
    try:
        save_down = say(url, sender, "/affirm")
    finally:
        deployment.start_actions()
    assert stored_for(deployment, sender) == 0
    text = reply_text(say(url, sender, "/affirm"))
    assert SAVED_MARK in text, text
    assert stored_for(deployment, sender) == 1
    text = reply_text(say(url, sender, "/affirm"))  # a repeated confirmation never stores it twice
    assert stored_for(deployment, sender) == 1
    # What the worker got while the action server was down: a plain message, not silence.
    for reply in (down_reply, save_down):
        assert "send it again" in reply_text(reply), f"action server down: {reply!r}"


def test_database_down_at_save_told_queued_survives_restart_and_saved_once(deployment):
    url = deployment.rest_urls[0]
    sender = "fault-database"
    assert REVIEW_MARK in to_review(url, sender)

    deployment.pg_proxy.cut()
    try:
        text = reply_text(say(url, sender, "/affirm"))
        assert QUEUED_MARK in text, f"the worker is not told: {text!r}"
        assert len(outbox_files(deployment)) == 1
        # A process restart (hard kill) while the database is down loses nothing that was acknowledged.
        deployment.stop_actions(kill=True)
        deployment.start_actions()
        assert len(outbox_files(deployment)) == 1
        assert stored_for(deployment, sender) == 0
    finally:
        deployment.pg_proxy.restore()

    # Saved automatically once the database is back, without the worker doing anything.
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline and stored_for(deployment, sender) == 0:
        time.sleep(1)
    assert stored_for(deployment, sender) == 1, "the queued reflection was not retried from start-up"

    # Another worker's save flushes the outbox first in any case; neither reflection is stored twice.
    other = "fault-database-other"
    transcript = run_reflection([url], other)
    assert SAVED_MARK in transcript.last
    assert stored_for(deployment, sender) == 1
    assert stored_for(deployment, other) == 1
    assert outbox_files(deployment) == []
    total = pg_rows(deployment.db, "select count(*), count(distinct session_key) from reflections")[0]
    assert total[0] == total[1]


def test_default_level_logs_hold_no_message_text(deployment):
    logs = deployment.logs()
    assert logs.strip()
    assert KEY not in logs
    leaks = [needle for needle in (MARK, "ward round", "sit with him", "scared") if needle in logs]
    assert not leaks, f"message text in the logs: {leaks}"
