"""Start and stop the assistant's processes together: action server, then Rasa server.

Used by the end-to-end tests, the benchmarks and operators (`peer-reflect serve`). Each process binds
127.0.0.1 unless told otherwise, logs to its own file, and is stopped with its children when the stack
closes, whatever happened in between.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from peer_reflect.settings import PROJECT_ROOT

DEFAULT_MODEL = PROJECT_ROOT / "models" / "peer-reflect.tar.gz"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def wait_for(url: str, proc: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited with {proc.returncode} before answering; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s; see {log}")


@dataclass
class Stack:
    """`with Stack(...) as stack:` runs both servers; `stack.rest_url` is the REST webhook."""

    model: Path = DEFAULT_MODEL
    env: dict[str, str] = field(default_factory=dict)
    log_dir: Path | None = None
    rasa_port: int = 0
    action_port: int = 0
    host: str = "127.0.0.1"
    extra_rasa_args: tuple[str, ...] = ()
    startup_timeout: float = 180.0
    _procs: list[subprocess.Popen] = field(default_factory=list, init=False)

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def rest_url(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    def __enter__(self) -> "Stack":
        if not Path(self.model).exists():
            raise FileNotFoundError(f"No trained model at {self.model}: run `make train` first.")
        self.log_dir = Path(self.log_dir or tempfile.mkdtemp(prefix="peer-reflect-stack-"))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.rasa_port = self.rasa_port or free_port()
        self.action_port = self.action_port or free_port()
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
               "SANIC_HOST": "127.0.0.1", "PYTHONPATH": str(PROJECT_ROOT), **self.env}
        endpoints = self.log_dir / "endpoints.yml"
        endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{self.action_port}/webhook"\n')
        try:
            actions = self._start(
                "actions", [_bin("rasa"), "run", "actions", "--actions", "actions", "--port", str(self.action_port)], env
            )
            rasa = self._start(
                "rasa",
                [_bin("rasa"), "run", "--model", str(self.model), "--port", str(self.rasa_port),
                 "--interface", self.host, "--endpoints", str(endpoints),
                 "--credentials", str(PROJECT_ROOT / "credentials.yml"), *self.extra_rasa_args],
                env,
            )
            wait_for(f"http://127.0.0.1:{self.action_port}/health", actions, self.startup_timeout,
                     self.log_dir / "actions.log")
            wait_for(f"{self.rasa_url}/", rasa, self.startup_timeout, self.log_dir / "rasa.log")
            self._wait_until_model_loaded(rasa)
        except BaseException:
            self.close()
            raise
        return self

    def _start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = open(self.log_dir / f"{name}.log", "wb")
        proc = subprocess.Popen(args, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self._procs.append(proc)
        return proc

    def _wait_until_model_loaded(self, rasa: subprocess.Popen) -> None:
        from peer_reflect.ops.conversation import wait_until_answering

        token = self.env.get("REST_CHANNEL_TOKEN") or os.environ.get("REST_CHANNEL_TOKEN")
        if not wait_until_answering(self.rest_url, lambda: rasa.poll() is None, self.startup_timeout, token=token):
            if rasa.poll() is not None:
                raise RuntimeError(f"Rasa server exited; see {self.log_dir / 'rasa.log'}")
            raise TimeoutError("The Rasa agent did not load in time")

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("*.log")))

    def close(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self._procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self._procs.clear()

    def __exit__(self, *exc) -> None:
        self.close()
