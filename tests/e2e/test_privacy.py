"""A conversation full of names, numbers and places, driven through the real Rasa and action servers:
afterwards none of it is in the database, the logs, or the supervisor review output."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import KEY, said, say

pytestmark = pytest.mark.e2e

SENDER = "worker-precious-okafor-07700900461"
IDENTIFIERS = [
    "Precious", "Okafor", "Oak Ward", "St Mary's", "07700 900461", "+44 7700 900982", "p.okafor@example.com",
    "Jaspreet", "Leeds", "LS6 2QB", "14 Harrow Road", "@presh_o93", "943 476 5919", "Will in the team", "Rosewood",
    "12 March", "Dr Khan", SENDER,
]
ANSWERS = [
    ("hi", "Would you like it saved"),
    ("yes", "How are you arriving"),
    ("about a 6, tired", "What's one moment"),
    ("Precious Okafor on Oak Ward at St Mary's asked for my mobile 07700 900461 and said her mum Jaspreet "
     "lives at 14 Harrow Road, Leeds LS6 2QB. She wanted to add me @presh_o93", "How did you feel"),
    ("uneasy. I emailed p.okafor@example.com by mistake from my own account and Dr Khan saw it", None),
    ("I told Will in the team on 12 March that her NHS number 943 476 5919 was on the form", None),
    ("I kept my boundary but called her back on +44 7700 900982 from the ward phone; she moves to Rosewood "
     "care home next week", None),
]


def test_pii_never_reaches_database_logs_or_review(stack):
    replies = []
    for text, expected in ANSWERS:
        replies = say(stack, SENDER, text)
        assert replies, f"no reply to {text[:20]!r}"
        if expected:
            assert expected in said(replies)
    # Now what? and self-care, then the review is shown; further follow-ups if the dialogue chose three.
    for text in ["take it to supervision with my manager", "call my sister Grace and sleep"]:
        if "Shall I save it" in said(replies):
            break
        replies = say(stack, SENDER, text)
    for _ in range(3):
        if "Shall I save it" in said(replies):
            break
        replies = say(stack, SENDER, "nothing more to add")
    review = said(replies)
    assert "Shall I save it" in review
    for identifier in IDENTIFIERS:
        assert identifier not in review, f"{identifier!r} shown in the review"
    assert "Saved" in said(say(stack, SENDER, "yes save it"))

    db_path = Path(stack.test_env["DATABASE_URL"].removeprefix("sqlite:///"))
    with sqlite3.connect(db_path) as db:
        assert db.execute("select count(*) from reflections").fetchone()[0] == 1
        dump = "\n".join(db.iterdump())
    raw_bytes = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    logs = stack.logs()
    review_out = subprocess.run(
        [sys.executable, "-m", "peer_reflect.cli", "review", "summary", "--json"],
        capture_output=True, text=True, env={**os.environ, **stack.test_env, "MIN_GROUP_SIZE": "1"},
        check=True,
    ).stdout
    json.loads(review_out)
    for identifier in IDENTIFIERS + ["sister Grace"]:
        for haystack, where in ((dump, "database"), (logs, "logs"), (review_out, "review output")):
            assert identifier not in haystack, f"{identifier!r} found in the {where}"
        assert identifier.encode() not in raw_bytes, f"{identifier!r} found in the database file"
    assert KEY not in logs
    assert "[PERSON_1]" in dump  # the reflection itself was stored, anonymised
