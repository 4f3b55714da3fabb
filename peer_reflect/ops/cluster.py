"""Start a scale-out deployment on one machine: one action server (optionally several Sanic workers) and
several `rasa run` servers sharing one endpoints file (Redis lock store + Redis tracker store).

Used by tests/production and benchmarks/load. The endpoints file goes through the guard first, exactly as
deploy/run_rasa.sh does in production. Each process can be stopped, killed and restarted on its port.
"""
from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from peer_reflect.ops.conversation import wait_until_answering
from peer_reflect.ops.guard import check_endpoints_file
from peer_reflect.settings import PROJECT_ROOT
from peer_reflect.stack import DEFAULT_MODEL, _bin, free_port, wait_for

DEPLOY_DIR = PROJECT_ROOT / "deploy"
REDIS_ENDPOINTS = DEPLOY_DIR / "endpoints.redis.yml"
BASE_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SANIC_HOST": "127.0.0.1",
    "PYTHONPATH": str(PROJECT_ROOT),
    "PYTHONDONTWRITEBYTECODE": "1",
}


@dataclass
class Proc:
    name: str
    args: list[str]
    env: dict[str, str]
    log: Path
    health_url: str
    popen: subprocess.Popen | None = None

    @property
    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None


@dataclass
class Cluster:
    """`with Cluster(env=..., rasa_servers=2) as c:` then `c.rest_urls[i]`, `c.stop_actions()`, ..."""

    env: dict[str, str] = field(default_factory=dict)
    rasa_servers: int = 2
    action_workers: int = 1
    endpoints: Path = REDIS_ENDPOINTS
    model: Path = DEFAULT_MODEL
    log_dir: Path | None = None
    startup_timeout: float = 240.0
    rasa_ports: list[int] = field(default_factory=list)
    action_port: int = 0
    actions: Proc | None = field(default=None, init=False)
    servers: list[Proc] = field(default_factory=list, init=False)

    # -- addresses ----------------------------------------------------------------------------------

    @property
    def rasa_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.rasa_ports]

    @property
    def rest_urls(self) -> list[str]:
        return [f"{url}/webhooks/rest/webhook" for url in self.rasa_urls]

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}/webhook"

    # -- lifecycle ----------------------------------------------------------------------------------

    def __enter__(self) -> "Cluster":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> "Cluster":
        if not Path(self.model).exists():
            raise FileNotFoundError(f"No trained model at {self.model}: run `make train` first.")
        self.log_dir = Path(self.log_dir or tempfile.mkdtemp(prefix="peer-reflect-cluster-"))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.action_port = self.action_port or free_port()
        self.rasa_ports = self.rasa_ports or [free_port() for _ in range(self.rasa_servers)]
        env = {**os.environ, **BASE_ENV, "ACTION_ENDPOINT_URL": self.action_url, **self.env}
        check_endpoints_file(self.endpoints, environ=env)  # refuse before starting anything
        self.actions = Proc(
            "actions",
            [_bin("rasa"), "run", "actions", "--actions", "actions", "--port", str(self.action_port)],
            {**env, "SANIC_WORKERS": str(self.action_workers)},
            self.log_dir / "actions.log",
            f"http://127.0.0.1:{self.action_port}/health",
        )
        self.servers = [
            Proc(
                f"rasa-{i}",
                [_bin("rasa"), "run", "--model", str(self.model), "--port", str(port), "--interface", "127.0.0.1",
                 "--endpoints", str(self.endpoints), "--credentials", str(PROJECT_ROOT / "credentials.yml")],
                {**env, "SANIC_WORKERS": "1"},
                self.log_dir / f"rasa-{i}.log",
                f"http://127.0.0.1:{port}/",
            )
            for i, port in enumerate(self.rasa_ports)
        ]
        try:
            self._spawn(self.actions)
            for server in self.servers:
                self._spawn(server)
            self._wait_healthy(self.actions)
            for i, server in enumerate(self.servers):
                self._wait_healthy(server)
                self._wait_model_loaded(i)
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        procs = [p for p in [*self.servers, self.actions] if p is not None]
        for proc in procs:
            self._signal(proc, signal.SIGTERM)
        for proc in procs:
            self._reap(proc)

    # -- fault injection ----------------------------------------------------------------------------

    def stop_actions(self, kill: bool = False) -> None:
        self._signal(self.actions, signal.SIGKILL if kill else signal.SIGTERM)
        self._reap(self.actions)

    def start_actions(self) -> None:
        self._spawn(self.actions)
        self._wait_healthy(self.actions)

    def stop_rasa(self, index: int, kill: bool = False) -> None:
        self._signal(self.servers[index], signal.SIGKILL if kill else signal.SIGTERM)
        self._reap(self.servers[index])

    def start_rasa(self, index: int, wait: bool = True) -> None:
        self._spawn(self.servers[index])
        if wait:
            self._wait_healthy(self.servers[index])
            self._wait_model_loaded(index)

    # -- observation --------------------------------------------------------------------------------

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("*.log")))

    def cpu_seconds(self) -> dict[str, float]:
        """CPU time (user + system) used so far by each process group: per-turn cost that, unlike latency,
        does not depend on what else the machine is doing."""
        return {p.name: group_cpu_seconds(p.popen.pid) for p in [*self.servers, self.actions] if p and p.alive}

    def rss_bytes(self) -> dict[str, int]:
        """Resident memory of each process group (a Sanic master plus its workers)."""
        return {p.name: group_rss(p.popen.pid) for p in [*self.servers, self.actions] if p and p.alive}

    # -- internals ----------------------------------------------------------------------------------

    def _spawn(self, proc: Proc) -> None:
        log = open(proc.log, "ab")
        proc.popen = subprocess.Popen(proc.args, cwd=PROJECT_ROOT, env=proc.env, stdout=log,
                                      stderr=subprocess.STDOUT, start_new_session=True)
        log.close()

    def _wait_healthy(self, proc: Proc) -> None:
        wait_for(proc.health_url, proc.popen, self.startup_timeout, proc.log)

    def _wait_model_loaded(self, index: int) -> None:
        server = self.servers[index]
        token = self.env.get("REST_CHANNEL_TOKEN")
        if not wait_until_answering(self.rest_urls[index], lambda: server.alive, self.startup_timeout,
                                    sender=f"startup-probe-{index}", token=token):
            if not server.alive:
                raise RuntimeError(f"{server.name} exited; see {server.log}")
            raise TimeoutError(f"{server.name}: the Rasa agent did not load in time; see {server.log}")

    @staticmethod
    def _signal(proc: Proc | None, sig: int) -> None:
        if proc is not None and proc.alive:
            try:
                os.killpg(proc.popen.pid, sig)
            except ProcessLookupError:
                pass

    @staticmethod
    def _reap(proc: Proc | None) -> None:
        if proc is None or proc.popen is None:
            return
        try:
            proc.popen.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.popen.pid, signal.SIGKILL)
            proc.popen.wait()
        # Sanic workers are in the same process group; make sure none outlives its master.
        try:
            os.killpg(proc.popen.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _group_pids(pgid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def group_cpu_seconds(pgid: int) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in _group_pids(pgid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return total / ticks


def group_rss(pgid: int) -> int:
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pgid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except (OSError, ValueError):
            continue
    return total
