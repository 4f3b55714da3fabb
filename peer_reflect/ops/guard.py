"""Refuse a Rasa endpoints file that would keep raw conversation where it must not be.

Raw conversation may live only in memory (one server) or in Redis with an expiry (scale-out). Rasa's SQL
tracker store writes every message to its `events` table, Mongo and Dynamo do the same, and an event broker
copies every event out of the process; all of these are refused unless the operator opts in explicitly:

    ALLOW_SQL_TRACKER_STORE=true   a tracker store that persists raw text (sql, mongod, dynamo, custom)
    ALLOW_EVENT_BROKER=true        an event broker

With `--interface`, it also refuses to serve the REST channel beyond this machine without REST_CHANNEL_TOKEN:
the REST sender id decides whose reflections "delete my reflections" erases, so only the integration that
authenticates workers may name one (ALLOW_UNAUTHENTICATED_REST=true opts out, e.g. behind an authenticating
proxy that strips foreign requests).

Run before `rasa run` (deploy/run_rasa.sh does):

    python -m peer_reflect.ops.guard deploy/endpoints.redis.yml --domain domain.yml
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml

from peer_reflect.settings import PROJECT_ROOT

ALLOW_SQL_ENV = "ALLOW_SQL_TRACKER_STORE"
ALLOW_BROKER_ENV = "ALLOW_EVENT_BROKER"
ALLOW_OPEN_REST_ENV = "ALLOW_UNAUTHENTICATED_REST"
PERSISTENT_TYPES = {"sql", "mongod", "mongo", "dynamo"}
IN_MEMORY_TYPES = {None, "", "in_memory", "inmemory"}
_ENV_VAR = re.compile(r"\$\{([^}]*)\}")


class UnsafeEndpoints(ValueError):
    """The endpoints file would store raw conversation unsafely (the message says what and how to fix it)."""


@dataclass
class EndpointsReport:
    tracker_store: str
    lock_store: str
    record_exp: float | None = None
    notes: list[str] = field(default_factory=list)


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


class _EnvLoader(yaml.SafeLoader):
    """Like Rasa's loader: ${VAR} is expanded in plain (unquoted) scalars only; a quoted one stays literal."""


_EnvLoader.add_implicit_resolver("!env_var", re.compile(r"^(.*)\$\{(.*)\}(.*)$"), None)


def _yaml_with_env(text: str, environ: Mapping[str, str], where: str):
    def construct(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
        value = loader.construct_scalar(node)
        missing = [name for name in _ENV_VAR.findall(value) if name not in environ]
        if missing:
            raise UnsafeEndpoints(f"{where}: environment variable(s) {', '.join(missing)} not set")
        return _ENV_VAR.sub(lambda match: environ[match.group(1)], value)

    loader_class = type("Loader", (_EnvLoader,), {})
    loader_class.add_constructor("!env_var", construct)
    return yaml.load(text, Loader=loader_class)  # noqa: S506 - a SafeLoader subclass


def _literal_placeholders(value, where: str) -> list[str]:
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _literal_placeholders(item, f"{where}.{key}")]
    if isinstance(value, list):
        return [p for item in value for p in _literal_placeholders(item, where)]
    if isinstance(value, str) and "${" in value:
        return [f"{where}: {value!r} is quoted, so Rasa will not expand it; remove the quotes"]
    return []


def load_endpoints(path: Path | str, environ: Mapping[str, str] | None = None) -> dict:
    environ = os.environ if environ is None else environ
    raw = _yaml_with_env(Path(path).read_text(encoding="utf-8"), environ, Path(path).name) or {}
    if not isinstance(raw, dict):
        raise UnsafeEndpoints(f"{path}: expected a mapping of endpoint sections")
    literal = _literal_placeholders(raw, Path(path).name)
    if literal:
        raise UnsafeEndpoints("\n- ".join(["Refusing these Rasa endpoints:", *literal]))
    return raw


def session_expiration_seconds(domain_path: Path | str) -> float | None:
    domain = yaml.safe_load(Path(domain_path).read_text(encoding="utf-8")) or {}
    minutes = (domain.get("session_config") or {}).get("session_expiration_time")
    return None if minutes in (None, "") else float(minutes) * 60


def _type(section) -> str | None:
    if not isinstance(section, dict):
        return None
    value = section.get("type")
    return None if value is None else str(value).strip()


def _is_persistent_tracker(kind: str | None) -> bool:
    if (kind or "").lower() in IN_MEMORY_TYPES or (kind or "").lower() == "redis":
        return False
    return True  # sql, mongod, dynamo, or a custom class we cannot vouch for


def check_endpoints(
    config: dict,
    environ: Mapping[str, str] | None = None,
    session_seconds: float | None = None,
) -> EndpointsReport:
    """Raise UnsafeEndpoints listing every problem; otherwise describe what the file sets up."""
    environ = os.environ if environ is None else environ
    problems: list[str] = []
    notes: list[str] = []
    tracker = config.get("tracker_store")
    lock = config.get("lock_store")
    tracker_kind = _type(tracker)
    lock_kind = _type(lock)
    record_exp: float | None = None

    if _is_persistent_tracker(tracker_kind):
        if _truthy(environ.get(ALLOW_SQL_ENV)):
            notes.append(
                f"tracker_store type {tracker_kind!r} writes every raw message to disk; allowed because "
                f"{ALLOW_SQL_ENV}=true"
            )
        else:
            problems.append(
                f"tracker_store type {tracker_kind!r} writes every raw message (names, numbers, what the worker "
                f"said) to disk, which Peer Reflect never does. Use the in-memory default (one server) or "
                f"`type: redis` with `record_exp` (scale-out, see deploy/endpoints.redis.yml). To accept raw "
                f"conversation on disk anyway, set {ALLOW_SQL_ENV}=true."
            )
    elif (tracker_kind or "").lower() == "redis":
        raw_exp = tracker.get("record_exp")
        try:
            record_exp = float(raw_exp) if raw_exp not in (None, "") else None
        except (TypeError, ValueError):
            problems.append(f"tracker_store.record_exp must be a number of seconds, got {raw_exp!r}")
        else:
            if record_exp is None or record_exp <= 0:
                problems.append(
                    "tracker_store type 'redis' needs `record_exp` (seconds): without it raw conversation "
                    "stays in Redis for ever. Set it to the session expiry (domain session_expiration_time)."
                )
            elif session_seconds and record_exp > session_seconds:
                problems.append(
                    f"tracker_store.record_exp is {record_exp:.0f} s but a session expires after "
                    f"{session_seconds:.0f} s: raw conversation would outlive the session. Lower record_exp."
                )
        if lock_kind in IN_MEMORY_TYPES:
            problems.append(
                "a shared Redis tracker store needs a shared lock store: with the in-memory lock store two "
                "Rasa servers can handle messages of one conversation at the same time and lose events. "
                "Add `lock_store: {type: redis, ...}`."
            )
    if lock_kind == "redis":
        notes.append(
            "lock_store type 'redis' (Rasa's RedisLockStore) issues tickets non-atomically: with several Rasa "
            "servers two of them can handle messages of one conversation at once and lose one. Use "
            "`type: deploy.lock_store.AtomicRedisLockStore` (same settings)."
        )
    if config.get("event_broker"):
        if _truthy(environ.get(ALLOW_BROKER_ENV)):
            notes.append(f"event_broker copies every raw event out of Rasa; allowed because {ALLOW_BROKER_ENV}=true")
        else:
            problems.append(
                "event_broker copies every raw message out of the Rasa server. Remove it, or set "
                f"{ALLOW_BROKER_ENV}=true if that destination is allowed to hold raw conversation."
            )
    action = config.get("action_endpoint")
    if isinstance(action, dict) and action.get("url"):
        host = urlparse(str(action["url"])).hostname or ""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            address = None  # a host name (e.g. a service name on a private network)
        if address is not None and address.is_global:
            problems.append(
                f"action_endpoint {host} is a public address: rasa-sdk has no authentication, so the action "
                "server must listen on 127.0.0.1 or a private network only."
            )
    if problems:
        raise UnsafeEndpoints("Refusing these Rasa endpoints:\n- " + "\n- ".join(problems))
    return EndpointsReport(
        tracker_store=tracker_kind or "in_memory",
        lock_store=lock_kind or "in_memory",
        record_exp=record_exp,
        notes=notes,
    )


def check_endpoints_file(
    path: Path | str,
    environ: Mapping[str, str] | None = None,
    domain_path: Path | str | None = PROJECT_ROOT / "domain.yml",
) -> EndpointsReport:
    session_seconds = None
    if domain_path is not None and Path(domain_path).exists():
        session_seconds = session_expiration_seconds(domain_path)
    try:
        config = load_endpoints(path, environ)
    except FileNotFoundError as error:
        raise UnsafeEndpoints(f"no endpoints file at {path}") from error
    return check_endpoints(config, environ, session_seconds)


def check_rest_exposure(interface: str, environ: Mapping[str, str] | None = None) -> None:
    """Raise UnsafeEndpoints when the REST channel would listen beyond loopback without a bearer token."""
    environ = os.environ if environ is None else environ
    try:
        loopback = ipaddress.ip_address(interface).is_loopback
    except ValueError:
        loopback = interface == "localhost"
    if loopback or environ.get("REST_CHANNEL_TOKEN", "").strip() or _truthy(environ.get(ALLOW_OPEN_REST_ENV)):
        return
    raise UnsafeEndpoints(
        f"the REST channel would listen on {interface} without REST_CHANNEL_TOKEN: anyone who can reach it "
        "could name another worker's sender id (and delete their reflections). Set REST_CHANNEL_TOKEN in .env "
        f"(the integration sends `Authorization: Bearer <token>`) or {ALLOW_OPEN_REST_ENV}=true"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("endpoints", type=Path)
    parser.add_argument("--domain", type=Path, default=PROJECT_ROOT / "domain.yml")
    parser.add_argument("--interface", help="the address `rasa run --interface` will listen on")
    args = parser.parse_args(argv)
    try:
        if args.interface:
            check_rest_exposure(args.interface)
        report = check_endpoints_file(args.endpoints, domain_path=args.domain)
    except UnsafeEndpoints as error:
        print(f"peer-reflect: {error}", file=sys.stderr)
        return 2
    for note in report.notes:
        print(f"peer-reflect: warning: {note}", file=sys.stderr)
    expiry = f", raw conversation expires {report.record_exp:.0f} s after the last message" if report.record_exp else ""
    print(f"peer-reflect: endpoints OK (tracker store {report.tracker_store}, lock store {report.lock_store}{expiry})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
