"""Two Rasa servers, one action server, one Redis (lock store + tracker store with expiry), PostgreSQL.

The turns of one conversation alternate between the servers and the reflection is saved once; concurrent
messages of one conversation sent to both servers are handled one at a time (the Redis lock store); when
Redis goes away the servers answer with an error, keep running (also a server restarted meanwhile) and carry
on with the same conversations when it is back. Redis is reached through a TCP proxy that the test cuts, so
the real Redis server is never stopped.
"""
from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from peer_reflect.ops import services
from peer_reflect.ops.cluster import Cluster
from peer_reflect.ops.conversation import SAVED_MARK, reply_text, run_reflection, say
from peer_reflect.ops.faults import TcpProxy
from peer_reflect.pseudonym import pseudonymise
from tests.production.support import KEY, need_model, pg_rows

pytestmark = [pytest.mark.production, pytest.mark.e2e, pytest.mark.redis, pytest.mark.postgres]

MARK = "Qzvk"  # in messages of this module: never in a log line


@pytest.fixture(scope="module")
def deployment(tmp_path_factory, migrated_db, redis_prefix):
    need_model()
    base = tmp_path_factory.mktemp("scale-out")
    host, port = services.redis_address()
    proxy = TcpProxy(host, port).start()
    env = {
        "DATABASE_URL": migrated_db["url"],
        "OUTBOX_DIR": str(base / "outbox"),
        "PSEUDONYM_KEY": KEY,
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": str(proxy.port),
        "REDIS_PASSWORD": "",
        "REDIS_KEY_PREFIX": redis_prefix,
    }
    try:
        with Cluster(env=env, rasa_servers=2, log_dir=base / "logs") as cluster:
            cluster.redis_proxy = proxy
            cluster.db = migrated_db
            cluster.prefix = redis_prefix
            yield cluster
    finally:
        proxy.cut()


def redis_db(db: int) -> redis.Redis:
    host, port = services.redis_address()
    return redis.Redis(host=host, port=port, db=db, decode_responses=True)


def tracker_events(deployment: Cluster, sender: str) -> list[dict]:
    raw = redis_db(0).get(f"{deployment.prefix}:tracker:{sender}")
    return json.loads(raw)["events"] if raw else []


def error_text(error: urllib.error.HTTPError) -> str:
    body = error.read().decode("utf-8", "replace")
    try:
        parsed = json.loads(body)
    except ValueError:
        return body
    return reply_text(parsed) if isinstance(parsed, list) else str(parsed)


def stored_for(deployment: Cluster, sender: str) -> int:
    return pg_rows(deployment.db, "select count(*) from reflections where worker_id = %s",
                   (pseudonymise(sender, KEY),))[0][0]


def test_turns_alternate_between_two_servers_and_the_reflection_is_saved_once(deployment):
    sender = "scale-alternating"
    transcript = run_reflection(deployment.rest_urls, sender)
    used = [url for url, _, _ in transcript.turns]
    assert used[0::2] == [deployment.rest_urls[0]] * len(used[0::2])
    assert used[1::2] == [deployment.rest_urls[1]] * len(used[1::2])
    assert SAVED_MARK in transcript.last
    assert stored_for(deployment, sender) == 1
    themes = pg_rows(deployment.db, "select count(*) from reflection_themes t join reflections r on "
                     "r.id = t.reflection_id where r.worker_id = %s", (pseudonymise(sender, KEY),))[0][0]
    assert themes >= 1


def test_raw_conversation_lives_in_redis_only_for_the_session(deployment):
    sender = "scale-expiry"
    say(deployment.rest_urls[0], sender, "hi")
    say(deployment.rest_urls[1], sender, "/affirm")
    key = f"{deployment.prefix}:tracker:{sender}"
    ttl = redis_db(0).ttl(key)
    assert 3500 < ttl <= 3600, f"tracker TTL {ttl}"
    assert not services.redis_keys(deployment.prefix, dbs=(1,))[1], "a lock outlived its message"


def test_http_api_is_off_and_servers_listen_on_loopback_only(deployment):
    for base in deployment.rasa_urls:
        for path in ("/conversations/scale-alternating/tracker", "/model/parse", "/status", "/domain"):
            try:
                with urllib.request.urlopen(base + path, timeout=5) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            assert status in (404, 405), f"{path} answered {status}: the Rasa HTTP API must stay off"
    address = outward_address()
    if address is None:
        pytest.skip("no non-loopback address on this machine")
    ports = [deployment.action_port, *deployment.rasa_ports]
    for port in ports:
        with socket.socket() as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, port)) != 0, f"port {port} is reachable on {address}"


def outward_address() -> str | None:
    """This machine's address on its default route (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_concurrent_messages_of_one_conversation_are_serialised_by_the_lock_store(deployment):
    sender = "scale-concurrent"
    urls = deployment.rest_urls
    for i, message in enumerate(["hi", "/affirm", "6"]):
        say(urls[i % 2], sender, message)
    burst = 8
    before = len([e for e in tracker_events(deployment, sender) if e["event"] == "user"])

    def ask_why(i: int) -> str:
        return reply_text(say(urls[i % 2], sender, "/ask_why", timeout=90))

    with ThreadPoolExecutor(max_workers=burst) as pool:
        replies = list(pool.map(ask_why, range(burst)))
    assert all("skip" in text for text in replies), replies  # every one answered: the why + "you can skip"
    events = tracker_events(deployment, sender)
    users = [i for i, e in enumerate(events) if e["event"] == "user"]
    assert len(users) - before == burst, "a message was lost or applied twice"
    # Serialised: every message's actions finish (action_listen) before the next message is taken in.
    for start, end in zip(users, users[1:] + [len(events)]):
        actions = [e.get("name") for e in events[start + 1:end] if e["event"] == "action"]
        assert actions and actions[-1] == "action_listen", f"interleaved handling: {actions}"
        assert "user" not in [e["event"] for e in events[start + 1:end]]
    # Inside a reflection the form reads every message (it answers "why" and asks the question again).
    first = users[len(users) - burst]
    explained = [e for e in events[first:] if e["event"] == "action" and e.get("name") == "reflection_form"]
    assert len(explained) == burst
    # And the conversation is intact: the moment question is still the one being asked.
    text = reply_text(say(urls[0], sender, f"{MARK} a moment on the ward when I stayed with a frightened man"))
    assert "How did you feel" in text


def test_redis_down_clear_error_no_crash_loop_and_recovery(deployment):
    sender = "scale-redis-down"
    urls = deployment.rest_urls
    say(urls[0], sender, "hi")
    say(urls[1], sender, "/affirm")
    deployment.redis_proxy.cut()
    try:
        # A server restarted while Redis is down starts and stays up (no crash loop); meanwhile the other
        # answers every message quickly with an error.
        deployment.stop_rasa(1)
        deployment.start_rasa(1, wait=False)
        outcomes = []
        for i in range(4):
            started = time.monotonic()
            try:
                status, text = 200, reply_text(say(urls[0], sender, f"{MARK} 6", timeout=30))
            except urllib.error.HTTPError as error:
                status, text = error.code, error_text(error)
            outcomes.append((status, text, time.monotonic() - started))
        deployment._wait_healthy(deployment.servers[1])
        time.sleep(2)
        assert all(server.alive for server in deployment.servers)
        assert all(seconds < 15 for _, _, seconds in outcomes), outcomes
    finally:
        deployment.redis_proxy.restore()
    deployment._wait_model_loaded(1)
    # Recovery: the conversation held in Redis carries on from where it was, on either server.
    text = reply_text(say(urls[1], sender, "6"))
    assert "What's one moment" in text, text
    text = reply_text(say(urls[0], sender, f"{MARK} sat with a man before the ward round, he was scared"))
    assert "How did you feel" in text
    # What the worker got while Redis was down: a plain message with an HTTP error status.
    for status, text, _ in outcomes:
        assert status == 503 and "send it again" in text, f"Redis down: HTTP {status} {text[:100]!r}"


def test_default_level_logs_hold_no_message_text(deployment):
    logs = deployment.logs()
    assert logs.strip()
    assert KEY not in logs
    leaks = [needle for needle in (MARK, "ward round", "frightened man", "scared") if needle in logs]
    assert not leaks, f"message text in the logs: {leaks}"
