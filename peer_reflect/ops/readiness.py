"""Readiness checks for operators and load balancers: is every dependency of a Rasa server reachable?

`rasa run` answers `GET /` even when Redis or the action server is down, so a load balancer's health check
on `/` keeps sending workers to a server that cannot answer them. Point the health check (or a cron/alert)
at this instead:

    python -m peer_reflect.ops.readiness --endpoints deploy/endpoints.redis.yml --rasa http://127.0.0.1:5005
    # exit 0 when everything answers; otherwise 1, one line per failed dependency, no message text

Each check returns (ok, detail); details never contain conversation text or secrets.
"""
from __future__ import annotations

import argparse
import socket
import sys
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass

from peer_reflect.ops.guard import UnsafeEndpoints, check_endpoints, load_endpoints

TIMEOUT = 3.0


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def check_redis(host: str, port: int, password: str | None = None, db: int = 0, timeout: float = TIMEOUT) -> Check:
    name = f"redis {host}:{port}/{db}"
    try:
        with socket.create_connection((host, int(port)), timeout=timeout) as sock:
            sock.settimeout(timeout)
            if password:
                sock.sendall(_resp("AUTH", password))
                if not sock.recv(128).startswith(b"+OK"):
                    return Check(name, False, "authentication failed")
            sock.sendall(_resp("PING"))
            answer = sock.recv(128)
    except OSError as error:
        return Check(name, False, f"unreachable ({type(error).__name__}: {error.strerror or error})")
    if answer.startswith(b"+PONG"):
        return Check(name, True, "PONG")
    return Check(name, False, f"unexpected answer {answer[:40]!r}")


def check_http(name: str, url: str, timeout: float = TIMEOUT) -> Check:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return Check(name, response.status == 200, f"HTTP {response.status}")
    except OSError as error:
        return Check(name, False, f"unreachable ({type(error).__name__})")


def check_database(url: str) -> Check:
    from sqlalchemy.engine import make_url

    from peer_reflect.storage import Store

    safe_url = make_url(url).render_as_string(hide_password=True)
    healthy = Store(database_url=url).healthy()
    return Check(f"database {safe_url}", healthy, "SELECT 1 ok" if healthy else "unreachable")


def _resp(*parts: str) -> bytes:
    out = [f"*{len(parts)}\r\n".encode()]
    for part in parts:
        data = part.encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


def check_endpoints_dependencies(config: dict) -> list[Check]:
    """Redis of the tracker and lock stores, and the action server's /health."""
    checks: list[Check] = []
    seen: set[tuple] = set()
    for section in ("tracker_store", "lock_store"):
        store = config.get(section) or {}
        kind = str(store.get("type", ""))
        if kind.lower() != "redis" and not kind.endswith("RedisLockStore"):
            continue
        key = (store.get("url") or "localhost", int(store.get("port") or 6379), int(store.get("db") or 0))
        if key in seen:
            continue
        seen.add(key)
        check = check_redis(key[0], key[1], store.get("password") or None, key[2])
        check.name = f"{section} {check.name}"
        checks.append(check)
    action = (config.get("action_endpoint") or {}).get("url")
    if action:
        health = action.rsplit("/webhook", 1)[0].rstrip("/") + "/health"
        checks.append(check_http("action server", health))
    return checks


def readiness(
    endpoints: str | None = None,
    rasa_url: str | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[Check]:
    checks: list[Check] = []
    if endpoints:
        try:
            config = load_endpoints(endpoints, environ)
            check_endpoints(config, environ)
        except UnsafeEndpoints as error:
            return [Check("endpoints", False, str(error))]
        checks += check_endpoints_dependencies(config)
    if rasa_url:
        checks.append(check_http("rasa server", rasa_url.rstrip("/") + "/"))
    if database_url:
        checks.append(check_database(database_url))
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints")
    parser.add_argument("--rasa", help="base URL of a Rasa server, e.g. http://127.0.0.1:5005")
    parser.add_argument("--database", action="store_true", help="also check DATABASE_URL from .env")
    args = parser.parse_args(argv)
    database_url = None
    if args.database:
        from peer_reflect.settings import get_settings

        database_url = get_settings().database_url
    checks = readiness(args.endpoints, args.rasa, database_url)
    for check in checks:
        print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    return 0 if checks and all(c.ok for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
