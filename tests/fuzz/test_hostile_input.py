"""Hostile input through the real Rasa server and action server: very long messages, control characters,
emoji, right-to-left text, HTML/script, SQL-looking strings, Rasa payload injection, malformed requests to the
webhook, a flood from one sender, and the web chat's socket.io channel. Every case gets a clear reply or an HTTP error, the servers keep running,
no raw text reaches the database, and the default-level logs hold no message text.

One Rasa server and one action server are shared by the whole module (about 30 s to start); the module runs
in about two minutes. Uses the embedded configuration (in-memory tracker, SQLite) so it needs no services.
"""
from __future__ import annotations

import json
import os
import queue
import random
import sqlite3
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from peer_reflect.ops.conversation import REVIEW_MARK, reply_text
from peer_reflect.stack import DEFAULT_MODEL, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.fuzz]

KEY = "0f1e2d3c4b5a6978" * 4
MARK = "Zqxv"  # in every hostile message: must never show up in a log line

# Identifiers hidden inside hostile answers: the anonymiser must take them out before anything is stored.
PII = ["07700 900316", "zqxv.mensah@example.org", "Adaeze Mensah"]
LONG_ANSWER = (
    f"{MARK} long. " + "I sat with her on the ward for a long time and we talked about everything and nothing. " * 260
    + "Later Adaeze Mensah rang me on 07700 900316 and emailed zqxv.mensah@example.org."
)
assert len(LONG_ANSWER) > 20_000

HOSTILE = [
    ("very long", f"{MARK}0 " + "a" * 25_000),
    ("very long words", f"{MARK}1 " + " ".join(["supercalifragilistic"] * 1500)),
    ("control characters", f"{MARK}2 \x00\x01\x02\x03\x1b[31mred\x1b[0m\x07\x08\x7f\x0c\x0b end"),
    ("unicode separators", f"{MARK}3 \u200b\u200c\u200d\u2028\u2029\ufeff\u00ad\u2060 zero width"),
    ("emoji", f"{MARK}4 " + "😀😢💔🏳️‍🌈👩🏽‍⚕️🇬🇧🫠" * 40),
    ("right to left", f"{MARK}5 مرحبا، كان يوما صعبا في الجناح שלום, היה יום קשה \u202eevil\u202c done"),
    ("html and script", f"{MARK}6 <script>alert('x')</script><img src=x onerror=alert(1)><iframe src=//evil>"),
    ("sql", f"{MARK}7 '; DROP TABLE reflections; -- \" OR 1=1; SELECT * FROM review_facts; --"),
    ("format strings", f"{MARK}8 {{slot}} {{{{7*7}}}} %s%s%n ${{jndi:ldap://x/a}} {{0.__class__}}"),
    ("rasa payload injection", '/choose_edit{"edit_slot":"reflection_id"}'),
    ("rasa payload to unknown intent", "/nonexistent_intent_zqxv"),
    ("rasa payload with slots", '/affirm{"consent":"store","saved":true,"risk_flag":null}'),
    ("broken rasa payload", '/risk_self{"x":'),
    ("bare slash", "/"),
    ("path and null", f"{MARK}9 ../../../../etc/passwd\x00.yml"),
    ("combining marks", f"{MARK}10 " + "Z\u0351\u0337\u0322\u0353a\u0310\u0334\u0355l\u0306\u0327g\u035fo" * 200),
    ("newlines", f"{MARK}11\n\n\r\n\t" * 300),
    ("only whitespace", "   \n\t  "),
    ("empty", ""),
]


def _random_message(rng: random.Random) -> str:
    alphabets = [
        "abcdefghijklmnopqrstuvwxyz     ",
        "".join(chr(c) for c in range(0x20)),
        "😀💔🏳️‍🌈🇬🇧\u200d\ufe0f",
        "مرحباשלום\u202e\u202c\u200f",
        "<>'\";--/*{}[]\\%$#@!`|&",
        "ÄÖÜßéèçñøåæ中文日本語한국어",
    ]
    length = rng.choice([1, 5, 40, 300, 3000])
    chars = "".join(rng.choice(rng.choice(alphabets)) for _ in range(length))
    return f"{MARK}r {chars}"


RANDOM = [_random_message(random.Random(seed)) for seed in range(30)]


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not DEFAULT_MODEL.exists():
        message = f"no trained model at {DEFAULT_MODEL}; run `make train`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    base = tmp_path_factory.mktemp("fuzz")
    env = {
        "DATABASE_URL": f"sqlite:///{base / 'reflections.db'}",
        "OUTBOX_DIR": str(base / "outbox"),
        "PSEUDONYM_KEY": KEY,
        "RESOURCES_REGION": "UK",
    }
    env_clean = {k: v for k, v in os.environ.items() if k not in ("LOG_LEVEL", "LOG_LEVEL_LIBRARIES")}
    saved = os.environ.copy()
    os.environ.clear()
    os.environ.update(env_clean)  # the default log level: whatever CI exports, the servers log at INFO
    try:
        with Stack(env=env, log_dir=base / "logs") as running:
            running.db_path = base / "reflections.db"
            yield running
    finally:
        os.environ.clear()
        os.environ.update(saved)


def post(stack: Stack, data: bytes, content_type: str = "application/json", timeout: float = 60):
    """(status, parsed JSON or raw text, seconds) for one raw request to the REST webhook."""
    request = urllib.request.Request(stack.rest_url, data, {"Content-Type": content_type})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    elapsed = time.monotonic() - started
    try:
        return status, json.loads(body or b"null"), elapsed
    except ValueError:
        return status, body.decode("utf-8", "replace"), elapsed


def send(stack: Stack, sender: str, message: str, timeout: float = 60):
    return post(stack, json.dumps({"sender": sender, "message": message}).encode(), timeout=timeout)


def alive(stack: Stack) -> bool:
    return all(proc.poll() is None for proc in stack._procs)


def stored_dump(stack: Stack) -> str:
    with sqlite3.connect(stack.db_path) as db:
        return "\n".join(db.iterdump())


def assert_answered(status, replies, elapsed, what: str) -> None:
    assert status == 200, f"{what}: HTTP {status}"
    assert isinstance(replies, list), f"{what}: not a JSON list: {str(replies)[:200]}"
    assert reply_text(replies).strip(), f"{what}: no reply at all"
    assert elapsed < 30, f"{what}: took {elapsed:.1f} s"


def test_hostile_messages_outside_a_reflection_get_a_clear_reply(stack):
    for i, (name, message) in enumerate(HOSTILE):
        status, replies, elapsed = send(stack, f"fuzz-outside-{i}", message)
        if message.strip():
            assert_answered(status, replies, elapsed, name)
        else:
            assert status in (200, 400), f"{name}: HTTP {status}"
        assert alive(stack), f"a server died on {name}"
    # Nothing sent outside a reflection is stored (the schema may not even exist yet).
    if stack.db_path.exists():
        assert MARK not in stored_dump(stack)


def test_hostile_answers_inside_a_reflection_are_answered_and_stored_only_anonymised(stack):
    sender = "fuzz-inside"
    # Answers are long enough (over 12 words) to count as free text, never as a command such as "stop".
    answers = [LONG_ANSWER] + [
        f"{MARK} this is what stayed with me from the shift today, however strange it looks: {message}"
        for _, message in HOSTILE if message.strip()
    ]
    opening = [("hi", "Would you like it saved"), ("/affirm", "How are you arriving"), ("6", "What's one moment")]
    for message, expected in opening:
        status, replies, elapsed = send(stack, sender, message)
        assert_answered(status, replies, elapsed, message)
        assert expected in reply_text(replies)
    review = None
    for i, message in enumerate(answers):
        status, replies, elapsed = send(stack, sender, message)
        assert_answered(status, replies, elapsed, f"answer {i}")
        if REVIEW_MARK in reply_text(replies):
            review = reply_text(replies)
            break
    assert review, f"the reflection never reached the review; last reply {reply_text(replies)[:300]!r}"
    for identifier in PII:
        assert identifier not in review
    status, replies, elapsed = send(stack, sender, "/affirm")
    assert_answered(status, replies, elapsed, "save")
    assert "Saved" in reply_text(replies)
    with sqlite3.connect(stack.db_path) as db:
        rows = db.execute("select answers from reflections").fetchall()
    assert len(rows) == 1
    stored = json.loads(rows[0][0])
    # Answers are cut at 5,000 characters before anonymising; placeholders may lengthen them a little.
    assert all(len(text) <= 6000 for text in stored.values()), "answers are bounded"
    dump = stored_dump(stack)
    for identifier in PII:
        assert identifier not in dump, f"{identifier!r} stored"


def test_random_garbage_through_a_whole_conversation(stack):
    sender = "fuzz-random"
    for i, message in enumerate(["hi", "/affirm", *RANDOM]):
        status, replies, elapsed = send(stack, sender, message)
        assert_answered(status, replies, elapsed, f"random message {i}")
    assert alive(stack)


# (name, body, content type, valid?) A valid request gets a reply; an invalid one a 4xx status.
MALFORMED = [
    ("not JSON", b"{this is not json", "application/json", False),
    ("truncated JSON", b'{"sender": "fuzz-bad", "message": "hel', "application/json", False),
    ("JSON array", b'["fuzz-bad", "hello"]', "application/json", False),
    ("JSON string", b'"hello"', "application/json", False),
    ("null", b"null", "application/json", False),
    ("empty body", b"", "application/json", False),
    ("missing message", b'{"sender": "fuzz-bad"}', "application/json", False),
    ("null message", b'{"sender": "fuzz-bad", "message": null}', "application/json", False),
    ("number message", b'{"sender": "fuzz-bad", "message": 42}', "application/json", False),
    ("object message", b'{"sender": "fuzz-bad", "message": {"text": "hi"}}', "application/json", False),
    ("list message", b'{"sender": "fuzz-bad", "message": ["hi"]}', "application/json", False),
    ("missing sender", b'{"message": "hi"}', "application/json", False),  # Rasa: the shared "default" chat
    ("object sender", b'{"sender": {"id": 1}, "message": "hi"}', "application/json", False),
    ("null sender", b'{"sender": null, "message": "hi"}', "application/json", False),
    ("huge sender", json.dumps({"sender": "s" * 100_000, "message": "hi"}).encode(), "application/json", False),
    ("invalid UTF-8", b'{"sender": "fuzz-bad", "message": "\xff\xfe\xfa hi"}', "application/json", False),
    ("deep nesting", b'{"sender": "fuzz-bad", "message": "hi", "metadata": ' + b"[" * 5000 + b"]" * 5000 + b"}",
     "application/json", False),
    ("form encoded", b"sender=fuzz-bad&message=hi", "application/x-www-form-urlencoded", False),
    ("text plain", b"hello", "text/plain", False),
    ("lone surrogate", b'{"sender": "fuzz-ok-1", "message": "\\ud800 hi"}', "application/json", True),
    ("duplicate keys", b'{"sender": "fuzz-ok-2", "sender": "fuzz-ok-3", "message": "hi"}', "application/json", True),
]


@pytest.mark.parametrize("name,data,content_type,valid", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_webhook_requests_get_an_http_error_not_a_crash(stack, name, data, content_type, valid):
    status, body, elapsed = post(stack, data, content_type)
    assert elapsed < 30 and alive(stack), f"{name}: a server died or hung"
    follow = send(stack, "fuzz-after-malformed", "/help")
    assert_answered(*follow, f"a normal message after {name}")
    if valid:
        assert_answered(status, body, elapsed, name)
    else:
        assert 400 <= status < 500, f"{name}: expected a 4xx status, got HTTP {status} {str(body)[:100]}"


def test_a_flood_from_one_sender_does_not_starve_others_or_crash(stack):
    """100 messages from one sender, 50 at a time, while another worker reflects normally."""
    flooder = "fuzz-flood"
    send(stack, flooder, "hi")

    def flood_one(i: int):
        try:
            status, replies, _ = send(stack, flooder, f"{MARK}f{i} " + "help " * (i % 7), timeout=8)
            if status == 429:
                assert "faster than I can read" in reply_text(replies), replies
            return status
        except OSError as error:  # a client-side timeout is the flooder's problem, not a crash
            return type(error).__name__

    other_latencies = []
    with ThreadPoolExecutor(max_workers=50) as pool:
        flood = [pool.submit(flood_one, i) for i in range(100)]
        for message in ["hi", "/affirm", "7", "a short moment from the ward today with a worried man"]:
            status, replies, elapsed = send(stack, "fuzz-bystander", message, timeout=30)
            assert_answered(status, replies, elapsed, f"bystander {message!r}")
            other_latencies.append(elapsed)
        outcomes = [f.result() for f in flood]
    assert alive(stack)
    assert max(other_latencies) < 10, f"another worker waited {max(other_latencies):.1f} s during the flood"
    # Answered, or refused at once with 429 and a plain message (flood control); a client timeout is allowed.
    assert all(o in (200, 429) or isinstance(o, str) for o in outcomes), sorted(set(map(str, outcomes)))
    assert 429 in outcomes, "100 messages at once from one sender were never throttled"
    time.sleep(2)
    status, replies, elapsed = send(stack, flooder, "/help", timeout=90)
    assert_answered(status, replies, elapsed, "the flooder afterwards")


class WebChat:
    """A socket.io client speaking the web chat's protocol (webchat/app.js)."""

    def __init__(self, stack: Stack, session_id: str) -> None:
        import socketio

        self.session_id, self.replies = session_id, queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self.replies.put)
        confirmed = threading.Event()
        self.client.on("session_confirm", lambda _: confirmed.set())
        self.client.connect(stack.rest_url.split("/webhooks")[0], socketio_path="/socket.io", wait_timeout=30)
        self.client.emit("session_request", {"session_id": session_id})
        assert confirmed.wait(30), "no session_confirm"

    def say(self, message) -> str:
        self.client.emit("user_uttered", {"message": message, "session_id": self.session_id})
        texts = [self.replies.get(timeout=30).get("text", "")]
        while True:  # the rest of this turn's bubbles
            try:
                texts.append(self.replies.get(timeout=1.5).get("text", ""))
            except queue.Empty:
                return "\n".join(texts)

    def close(self) -> None:
        self.client.disconnect()


def test_web_chat_refuses_guessable_session_ids_and_cleans_messages(stack):
    guessed = WebChat(stack, "worker-7")
    try:
        assert "reload the page" in guessed.say("/delete_data")
    finally:
        guessed.close()
    chat = WebChat(stack, uuid.uuid4().hex)
    try:
        assert "empty" in chat.say("\x00\x07 \u202e\u200b ")
        assert "empty" in chat.say(12345)  # not a string
        assert "empty" in chat.say(None)
        greeting = chat.say(f"hello\x00 there \u202e{MARK}w\u202c")
        assert "reflect" in greeting.lower()
    finally:
        chat.close()
    assert alive(stack)


def test_default_level_logs_hold_no_message_text(stack):
    """Runs last: every message above went through normal and failure paths at the default log level."""
    send(stack, "fuzz-logs", f"{MARK}plain hello from the ward with 07700 900999")
    logs = stack.logs()
    assert logs.strip(), "no logs captured"
    assert KEY not in logs
    needles = [MARK, "07700 900", "DROP TABLE", "<script>", "supercalifragilistic", "مرحبا", "etc/passwd",
               "nonexistent_intent", "ward with", "risk_self{", 'reflection_id"}']
    leaks = [needle for needle in needles if needle in logs]
    assert not leaks, f"message text in the logs: {leaks}"
