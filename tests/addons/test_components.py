"""The two custom NLU components, run on messages as Rasa hands them over after DIET."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from addons.command_guard import CommandGuard
from addons.risk_screen import RiskScreen


def classified(text: str, intent: str, confidence: float = 0.99) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}])
    return message


def intent_after(component, message: Message) -> str:
    return component.process([message])[0].get("intent")["name"]


GUARD = CommandGuard(CommandGuard.get_default_config())
SCREEN = RiskScreen(RiskScreen.get_default_config())


@pytest.mark.parametrize("text, intent, confidence, expected", [
    ("skip", "skip", 0.99, "skip"),
    ("why are you asking me that", "ask_why", 0.95, "ask_why"),
    ("a long bath then i'll ring my sister and sleep", "pause", 0.71, "inform"),
    ("i honestly didn't know why i was even there or what the team expected of me today", "ask_why", 0.99,
     "inform"),
    ("she told me about her week and we laughed a lot", "inform", 0.6, "inform"),
])
def test_long_or_doubtful_commands_become_answers(text, intent, confidence, expected):
    assert intent_after(GUARD, classified(text, intent, confidence)) == expected


@pytest.mark.parametrize("text, intent, expected", [
    ("i think i'm going to kms tonight", "inform", "risk_self"),
    ("skip. actually i don't want to be here anymore", "skip", "risk_self"),
    ("he told me his stepdad hits him", "ask_why", "risk_service_user"),
    ("when i was sectioned in 2015 i felt like dying, now i use that in my work", "risk_self", "inform"),
    ("id kill for a brew", "risk_others", "inform"),
    ("/affirm", "affirm", "affirm"),
])
def test_the_screen_overrides_the_classifier(text, intent, expected):
    message = classified(text, intent)
    assert intent_after(SCREEN, message) == expected
    assert message.get("intent_ranking")[0]["name"] == expected


def test_the_screen_never_writes_its_evidence_into_the_parse_data():
    message = classified("i've got the tablets ready and i'm going to take them all tonight", "inform")
    SCREEN.process([message])
    assert "tablets" not in str({k: v for k, v in message.data.items() if k != "text"})
