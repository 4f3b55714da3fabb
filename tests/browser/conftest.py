"""The web chat against the real stack, started the way an operator starts it: `peer-reflect serve`
(action server, Rasa server with socket.io, the page), with a temporary database, outbox and key.

Skips with the reason when Chromium, ChromeDriver, Selenium or the trained model are missing; fails instead
when CI is set, so CI can never pass without having run it.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from peer_reflect.settings import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
KEY = "5eed" * 16
STARTUP_TIMEOUT = 300


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


class Served(SimpleNamespace):
    """A running `serve` process: its page URL, ports, output, and how to stop it."""

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("*.log"))) + "".join(self.output)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise
        self.reader.join(timeout=5)
        if self.proc.stdout and not self.reader.is_alive():
            self.proc.stdout.close()
        return self.proc.returncode


@pytest.fixture(scope="module")
def chat(browser_tools, tmp_path_factory):
    from peer_reflect.stack import DEFAULT_MODEL, free_port

    need([] if DEFAULT_MODEL.exists() else [f"a trained model at {DEFAULT_MODEL} (`make train`)"])
    base = tmp_path_factory.mktemp("webchat")
    env = {
        "DATABASE_URL": f"sqlite:///{base / 'reflections.db'}",
        "OUTBOX_DIR": str(base / "outbox"),
        "PSEUDONYM_KEY": KEY,
        "RESOURCES_REGION": "UK",
    }
    ports = {"page": free_port(), "rasa": free_port(), "actions": free_port()}
    command = [sys.executable, "-m", "peer_reflect.web.serve", "--port", str(ports["page"]),
               "--rasa-port", str(ports["rasa"]), "--action-port", str(ports["actions"]),
               "--log-dir", str(base / "logs")]
    proc = subprocess.Popen(command, cwd=PROJECT_ROOT, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), **env},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    output: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            output.append(line)
            if "web chat: http" in line:
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    started = time.monotonic()
    served = Served(proc=proc, reader=reader, output=output, env=env, base=base, ports=ports,
                    log_dir=base / "logs", db=Path(env["DATABASE_URL"].removeprefix("sqlite:///")))
    try:
        if not ready.wait(STARTUP_TIMEOUT) or proc.poll() is not None:
            pytest.fail(f"`serve` did not come up in {STARTUP_TIMEOUT} s:\n{''.join(output)[-3000:]}")
        served.url = re.search(r"web chat: (http://\S+)", "".join(output)).group(1)
        served.rasa_url = f"http://127.0.0.1:{ports['rasa']}"
        served.startup_seconds = time.monotonic() - started
        yield served
    finally:
        served.stop()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
