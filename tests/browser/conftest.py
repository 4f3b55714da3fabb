"""The web chat against the real stack: action server, Rasa server with socket.io, the page, and Chromium.

Skips with the reason when Chromium, ChromeDriver, Selenium or the trained model are missing; fails instead
when CI is set, so CI can never pass without having run it.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from peer_reflect.settings import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
KEY = "5eed" * 16


def need(missing: list[str]) -> None:
    if not missing:
        return
    message = "web chat browser test needs: " + "; ".join(missing)
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set, so this fails instead of skipping)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser_tools() -> None:
    from peer_reflect.web.browser import missing_browser_tools

    need(missing_browser_tools())


@pytest.fixture(scope="module")
def chat(browser_tools, tmp_path_factory):
    """The whole stack on free ports, with a temporary database, outbox and key."""
    from peer_reflect.stack import DEFAULT_MODEL, Stack
    from peer_reflect.web.server import WebChatServer

    need([] if DEFAULT_MODEL.exists() else [f"a trained model at {DEFAULT_MODEL} (`make train`)"])
    base = tmp_path_factory.mktemp("webchat")
    env = {
        "DATABASE_URL": f"sqlite:///{base / 'reflections.db'}",
        "OUTBOX_DIR": str(base / "outbox"),
        "PSEUDONYM_KEY": KEY,
        "RESOURCES_REGION": "UK",
        "SANIC_ACCESS_LOG": "False",
    }
    started = time.monotonic()
    with Stack(env=env, log_dir=base / "logs") as stack:
        with WebChatServer(port=0, chat_socket=f":{stack.rasa_port}") as web:
            yield SimpleNamespace(stack=stack, web=web, env=env, base=base,
                                  db=Path(env["DATABASE_URL"].removeprefix("sqlite:///")),
                                  startup_seconds=time.monotonic() - started)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
