"""`make run` (scripts/run_shell.sh): closing the terminal stops the action server and Rasa."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time

from peer_reflect.settings import PROJECT_ROOT
from tests.production.support import need, need_model

PORTS = (5005, 5055)


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_closing_the_terminal_stops_both_servers(tmp_path):
    need_model()
    need(None if shutil.which("script") else "util-linux `script` is needed to give the shell a terminal")
    need("ports 5005/5055 are in use" if any(listening(p) for p in PORTS) else None)
    # `script` gives the chat a pseudo-terminal, as a real terminal window would.
    proc = subprocess.Popen(["script", "-qfc", "bash scripts/run_shell.sh", str(tmp_path / "typescript")],
                            cwd=PROJECT_ROOT, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while not all(listening(p) for p in PORTS):
            assert proc.poll() is None and time.monotonic() < deadline, "the chat did not start"
            time.sleep(1)
        screen = (tmp_path / "typescript").read_text(errors="replace")
        assert "Warning" not in screen and "deprecated" not in screen.lower()
        proc.terminate()   # the terminal window closes: the kernel hangs up the session inside it
        deadline = time.monotonic() + 60
        while any(listening(p) for p in PORTS) and time.monotonic() < deadline:
            time.sleep(1)
        assert not any(listening(p) for p in PORTS), "a server kept running after the terminal closed"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
