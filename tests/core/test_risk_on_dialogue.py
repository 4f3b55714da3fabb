"""The screen sees every message, commands included: none of the assistant's ordinary training messages
may raise a false alarm, and every risk example must be caught (the RiskScreen component relies on it)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from peer_reflect.risk import screen

ROOT = Path(__file__).resolve().parents[2]
ENTITY = re.compile(r"\[([^\]]+)\](?:\{[^}]*\}|\([^)]*\))")


def examples(path: Path) -> dict[str, list[str]]:
    by_intent: dict[str, list[str]] = {}
    for block in yaml.safe_load(path.read_text())["nlu"]:
        if "intent" in block:
            lines = [ENTITY.sub(r"\1", line[2:].strip()) for line in block["examples"].splitlines()
                     if line.strip().startswith("- ")]
            by_intent.setdefault(block["intent"], []).extend(lines)
    return by_intent


def training_examples() -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for intent, lines in examples(path).items():
            merged.setdefault(intent, []).extend(lines)
    return merged


def test_ordinary_messages_raise_almost_no_false_alarms():
    ordinary = [t for intent, lines in training_examples().items() if not intent.startswith("risk_") for t in lines]
    flagged = [t for t in ordinary if screen(t).kind != "none"]
    assert len(ordinary) > 1000
    assert len(flagged) / len(ordinary) <= 0.01, flagged[:20]


def test_short_commands_rarely_raise_an_alarm():
    # A few commands overlap with risk language on purpose ("i don't want to carry on"): the screen may
    # check in on those, but "dont save", "delete all my reflections" or "start over" must never alarm.
    commands = [t for intent, lines in training_examples().items()
                if intent != "inform" and not intent.startswith("risk_") for t in lines]
    flagged = [t for t in commands if screen(t).kind != "none"]
    assert len(flagged) / len(commands) <= 0.01, flagged


def test_risk_examples_are_caught_with_their_kind():
    data = training_examples()
    for intent, allowed in (("risk_self", 0.05), ("risk_service_user", 0.15), ("risk_others", 0.15)):
        missed = [t for t in data[intent] if screen(t).kind == "none"]
        assert len(missed) / len(data[intent]) <= allowed, (intent, missed)
