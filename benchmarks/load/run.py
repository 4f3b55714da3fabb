"""Load benchmark: N simulated peer workers through whole reflections over REST, against one and then two
Rasa servers sharing Redis (lock store + tracker store), one action server and PostgreSQL.

    .venv/bin/python benchmarks/load/run.py --workers 20 --servers 1 2
    .venv/bin/python benchmarks/load/run.py --workers 20 --servers 1 2 --think 0 0   # closed-loop stress

For each server count: a fresh PostgreSQL database and Redis key prefix, the cluster started with the
production endpoints (deploy/endpoints.redis.yml), one warm-up reflection per server, then the N workers
at once. Afterwards: exactly N reflections for the N senders (one each, none lost, none duplicated), and the
resident memory of every server. Results are printed as JSON and appended to benchmarks/load/results.jsonl.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from peer_reflect.ops import services  # noqa: E402
from peer_reflect.ops.cluster import Cluster  # noqa: E402
from peer_reflect.ops.conversation import run_reflection  # noqa: E402
from peer_reflect.ops.load import run_load  # noqa: E402
from peer_reflect.pseudonym import pseudonymise  # noqa: E402

KEY = "5e3c0b1e7d2a4f68" * 4
RESULTS = Path(__file__).with_name("results.jsonl")


def _count(db: dict, senders: list[str]) -> dict:
    import psycopg2

    ids = [pseudonymise(s, KEY) for s in senders]
    connection = psycopg2.connect(host=db["host"], port=db["port"], user=db["user"], dbname=db["name"])
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "select count(*), count(distinct worker_id), count(distinct session_key) from reflections "
                "where worker_id = any(%s)", (ids,))
            rows, workers, sessions = cursor.fetchone()
    finally:
        connection.close()
    return {"stored": rows, "distinct_workers": workers, "distinct_sessions": sessions}


def run_one(servers: int, workers: int, think: tuple[float, float], action_workers: int, log_root: Path) -> dict:
    prefix = f"prload{uuid.uuid4().hex[:8]}"
    with services.temporary_database("peer_reflect_load") as db:
        from peer_reflect.storage import Store

        Store(database_url=db["url"], outbox_dir=log_root / "migrate-outbox").migrate()  # `peer-reflect migrate`
        redis_host, redis_port = services.redis_address()
        env = {
            "DATABASE_URL": db["url"],
            "OUTBOX_DIR": str(log_root / f"outbox-{servers}"),
            "PSEUDONYM_KEY": KEY,
            "REDIS_HOST": redis_host,
            "REDIS_PORT": str(redis_port),
            "REDIS_PASSWORD": "",
            "REDIS_KEY_PREFIX": prefix,
        }
        try:
            started = time.monotonic()
            with Cluster(env=env, rasa_servers=servers, action_workers=action_workers,
                         log_dir=log_root / f"servers-{servers}") as cluster:
                startup = time.monotonic() - started
                for i in range(servers):  # warm-up: every server and action worker has handled a save
                    run_reflection(cluster.rest_urls, f"warmup-{prefix}-{i}", start_index=i)
                rss_before = cluster.rss_bytes()
                cpu_before = cluster.cpu_seconds()
                load_before = os.getloadavg()[0]
                result = asyncio.run(run_load(cluster.rest_urls, workers, think, run_id=prefix))
                cpu_after = cluster.cpu_seconds()
                load_after = os.getloadavg()[0]
                rss_after = cluster.rss_bytes()
                time.sleep(1.0)
                counts = _count(db, result.senders)
        finally:
            services.delete_redis_prefix(prefix)
    summary = result.summary()
    turns = max(1, summary["turns"])
    cpu = {name: cpu_after[name] - cpu_before.get(name, 0.0) for name in cpu_after}
    return {
        **summary,
        "cpu_ms_per_turn": {name: round(seconds * 1000 / turns, 1) for name, seconds in cpu.items()},
        "cpu_ms_per_turn_total": round(sum(cpu.values()) * 1000 / turns, 1),
        "machine_load_avg_1min": [round(load_before, 2), round(load_after, 2)],
        "action_workers": action_workers,
        "startup_seconds": round(startup, 1),
        **counts,
        "exactly_n_stored": counts["stored"] == workers == counts["distinct_workers"] == counts["distinct_sessions"],
        "rss_mib_after": {k: round(v / 2**20) for k, v in rss_after.items()},
        "rss_mib_before": {k: round(v / 2**20) for k, v in rss_before.items()},
        "first_errors": result.errors[:10],
    }


def _commit() -> str:
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except OSError:
        return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--servers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 1.5), metavar=("MIN", "MAX"),
                        help="seconds between a reply and the worker's next message (uniform)")
    parser.add_argument("--action-workers", type=int, default=2)
    parser.add_argument("--label", default="", help="what is being measured, e.g. a change under test")
    args = parser.parse_args()
    for problem in (services.postgres_problem(), services.redis_problem()):
        if problem:
            print(problem, file=sys.stderr)
            return 2
    log_root = Path(tempfile.mkdtemp(prefix="peer-reflect-load-"))
    failed = False
    for servers in args.servers:
        outcome = run_one(servers, args.workers, tuple(args.think), args.action_workers, log_root)
        outcome = {
            "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "machine": f"{platform.node()} {os.cpu_count()} cores",
            "commit": _commit(),
            "label": args.label,
            **outcome,
        }
        print(json.dumps(outcome, indent=2), flush=True)
        with RESULTS.open("a") as handle:
            handle.write(json.dumps(outcome) + "\n")
        failed |= bool(outcome["errors"]) or not outcome["exactly_n_stored"]
    print(f"logs: {log_root}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
