"""Trackers and an isolated store for action tests, in the style of RasaHQ/rasa-demo."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from peer_reflect.settings import get_settings

KEY = "0123456789abcdef" * 4


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Each test gets its own SQLite file, outbox and key, and fresh process-wide services."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'reflections.db'}")
    monkeypatch.setenv("OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("PSEUDONYM_KEY", KEY)
    monkeypatch.setenv("RESOURCES_REGION", "UK")
    get_settings.cache_clear()
    services.saver.cache_clear()
    yield
    services.saver.cache_clear()
    get_settings.cache_clear()


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def make_tracker(
    slots: dict[str, Any] | None = None,
    intent: str | None = None,
    text: str = "",
    sender_id: str = "worker-1",
    active_loop: str | None = None,
    confidence: float = 1.0,
    latest_action_name: str = "action_listen",
    extra: dict[str, Any] | None = None,
) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence} if intent else {}, "entities": [],
              **(extra or {})}
    return Tracker(
        sender_id=sender_id,
        slots={**(slots or {})},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name=latest_action_name,
    )


def texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or m.get("response") or "" for m in dispatcher.messages)


def slot_events(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
