"""Time `review summary` over N stored reflections, on SQLite or the local PostgreSQL.

    .venv/bin/python benchmarks/review/bench_summary.py                      # N=20,000 on SQLite
    .venv/bin/python benchmarks/review/bench_summary.py --n 1000000          # the 1M target
    .venv/bin/python benchmarks/review/bench_summary.py --n 1000000 --postgres

The schema comes from the real migrations; rows are bulk-loaded (executemany on SQLite, COPY on
PostgreSQL) and the review cells counted by the database exactly as `Store.rebuild_review_cells()` does,
then each report is timed end to end (`summary()`: reading cells + suppression) and the median of --runs is
written to RESULTS.md.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peer_reflect.review import render_json, summary  # noqa: E402
from peer_reflect.storage import Store, cells, facts  # noqa: E402
from peer_reflect.storage.db import dispose_engine  # noqa: E402

HERE = Path(__file__).resolve().parent
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
# Codebook v1 ids with uneven weights: some themes are common, some rare.
THEMES = {
    "connection": 9, "emotional_load": 8, "support": 6, "boundaries": 6, "self_disclosure": 5,
    "staff_relations": 5, "hope_recovery": 5, "role_clarity": 4, "discretion": 4, "lifeworld": 3,
    "peer_drift": 2, "interdisciplinary_professional": 2, "power_coercion": 1, "expert_by_experience": 1,
}
REPORTS = (("month", False), ("week", False), ("month", True))
FIRST_MONDAY = date(2021, 1, 4)


def generate(n: int, workers: int, teams: int, weeks: int, seed: int = 7):
    """Yield (table, row) pairs for n reflections, their themes, some safety events and the staging rows
    from which the review cells are counted."""
    rnd = random.Random(seed)
    worker_ids = [uuid.UUID(int=rnd.getrandbits(128)).hex * 2 for _ in range(workers)]
    team_names = [None] + [f"team-{index:02d}" for index in range(teams)]
    team_of = {worker: rnd.choice(team_names) for worker in worker_ids}
    theme_ids, weights = list(THEMES), list(THEMES.values())
    for reflection_id in range(1, n + 1):
        worker = rnd.choice(worker_ids)
        monday = FIRST_MONDAY + timedelta(weeks=rnd.randrange(weeks))
        month = facts.month_of_week(monday)
        chosen = sorted({rnd.choices(theme_ids, weights)[0] for _ in range(rnd.choice((0, 1, 2, 2, 3, 4)))})
        score = rnd.choice((None, *range(11)))
        wants = rnd.choice((None, True, False, False))
        team = team_of[worker]
        yield "reflections", (reflection_id, f"bench-{reflection_id}", worker, monday, team, score, wants,
                              '{"what": "[PERSON_1] on [WARD_1] asked for my number"}', "1")
        for theme in chosen:
            yield "reflection_themes", (reflection_id, theme, '["asked for my number"]')
        for metric, key in facts.reflection_fact_keys(chosen, score, wants):
            yield "review_staging", (metric, key, worker, monday, month, team)
        if reflection_id % 200 == 0:  # safety events: rare, as in life
            kind = rnd.choice(("self", "service_user", "others"))
            yield "safety_events", (reflection_id // 200, str(uuid.UUID(int=rnd.getrandbits(128))), worker, monday,
                                    month, kind)
            yield "review_staging", (cells.SAFETY, kind, worker, monday, month, None)


COLUMNS = {
    "reflections": "(id, session_key, worker_id, period_start, team, checkin_score, wants_supervision, answers, "
                   "codebook_version)",
    "reflection_themes": "(reflection_id, theme_id, evidence)",
    "safety_events": "(id, event_key, worker_id, period_start, period_month, kind)",
    "review_staging": "(metric, key, worker_id, period_start, period_month, team)",
}


def bulk_load(store: Store, rows, postgres: bool, chunk: int = 200_000) -> None:
    """Load generated rows in one transaction, then let the database count the review cells."""
    with store.engine.connect() as connection:
        raw = connection.connection
        cursor = raw.cursor()
        if not postgres:
            cursor.execute("PRAGMA synchronous=OFF")  # before the transaction begins; a benchmark load only
        cells.staging_table.create(connection)
        buffers: dict[str, list] = {table: [] for table in COLUMNS}

        def flush() -> None:
            for table, buffer in buffers.items():
                if not buffer:
                    continue
                if postgres:
                    text = io.StringIO("".join(_copy_line(row) for row in buffer))
                    cursor.copy_expert(f"COPY {table} {COLUMNS[table]} FROM STDIN", text)
                else:
                    marks = ",".join("?" * len(buffer[0]))
                    cursor.executemany(f"INSERT INTO {table} {COLUMNS[table]} VALUES ({marks})",
                                       [_sqlite_row(row) for row in buffer])
                buffer.clear()

        for count, (table, row) in enumerate(rows, 1):
            buffers[table].append(row)
            if count % chunk == 0:
                flush()
        flush()
        started = time.perf_counter()
        cells.aggregate_staging(connection)
        cells.staging_table.drop(connection)
        if postgres:
            connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('reflections', 'id'), (SELECT max(id) FROM reflections))"
            )
            connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('safety_events', 'id'), "
                "(SELECT coalesce(max(id), 1) FROM safety_events))"
            )
        connection.commit()
        print(f"counted review cells in {time.perf_counter() - started:.1f} s", flush=True)


def _sqlite_row(row: tuple) -> tuple:
    return tuple(value.isoformat() if isinstance(value, date) else value for value in row)


def _copy_line(row: tuple) -> str:
    def text(value) -> str:  # noqa: ANN001
        if value is None:
            return "\\N"
        if isinstance(value, bool):
            return "t" if value else "f"
        return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

    return "\t".join(text(value) for value in row) + "\n"


def time_reports(store: Store, runs: int) -> list[dict]:
    results = []
    for period, by_team in REPORTS:
        seconds, cpu_seconds = [], []
        for _ in range(runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = summary(store, period, by_team=by_team)
            seconds.append(time.perf_counter() - started)
            cpu_seconds.append(time.process_time() - cpu_started)
        started = time.perf_counter()
        render_json(result)
        render_seconds = time.perf_counter() - started
        results.append({
            "report": f"{period}{' by team' if by_team else ''}",
            "median_s": round(statistics.median(seconds), 3),
            "min_s": round(min(seconds), 3),
            "max_s": round(max(seconds), 3),
            # This process's CPU (Python + in-process SQLite; PostgreSQL's own work is not included).
            "median_cpu_s": round(statistics.median(cpu_seconds), 3),
            "render_json_s": round(render_seconds, 3),
            "groups": len(result.groups),
        })
        print(f"  {results[-1]}", flush=True)
    return results


def postgres_store(outbox: Path, schema: str | None = None) -> tuple[Store, str]:
    import psycopg2

    schema = schema or f"bench_{uuid.uuid4().hex[:8]}"
    for user in ("postgres", "root"):
        try:
            connection = psycopg2.connect(host="127.0.0.1", user=user, dbname="test", connect_timeout=3)
        except psycopg2.OperationalError:
            continue
        connection.autocommit = True
        connection.cursor().execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        connection.close()
        url = f"postgresql+psycopg2://{user}@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
        return Store(url, outbox), schema
    raise SystemExit("PostgreSQL at 127.0.0.1:5432 is not reachable as postgres or root")


def drop_schema(store: Store, schema: str) -> None:
    dispose_engine(store.database_url)
    import psycopg2
    from sqlalchemy.engine import make_url

    connection = psycopg2.connect(host="127.0.0.1", user=make_url(store.database_url).username, dbname="test")
    connection.autocommit = True
    connection.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="reflections to store (1000000 for the target)")
    parser.add_argument("--workers", type=int, help="distinct workers (default n/200, 50-5000)")
    parser.add_argument("--teams", type=int, help="teams (default workers/120, 4-40; plus 'no team')")
    parser.add_argument("--weeks", type=int, default=209, help="weeks of history (default 4 years)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgres", action="store_true", help="use the local PostgreSQL (a throwaway schema)")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument("--keep-db", type=Path, help="SQLite: build the database here and keep it; if it "
                                                      "already holds the reflections, only time the reports")
    parser.add_argument("--keep-schema", help="PostgreSQL: the same, with a schema of this name in `test`")
    args = parser.parse_args()
    workers = args.workers or min(5000, max(50, args.n // 200))
    teams = args.teams or min(40, max(4, workers // 120))

    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        outbox = Path(tmp) / "outbox"
        database = args.keep_db or Path(tmp) / "bench.db"
        if args.postgres:
            store, schema = postgres_store(outbox, args.keep_schema)
        else:
            store, schema = Store(f"sqlite:///{database.resolve()}", outbox), None
        try:
            store.migrate()
            load_seconds = None
            if store.count_reflections() < args.n:
                started = time.perf_counter()
                bulk_load(store, generate(args.n, workers, teams, args.weeks), args.postgres)
                load_seconds = time.perf_counter() - started
                if args.postgres:
                    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                        connection.exec_driver_sql("VACUUM ANALYZE")
                print(f"loaded {args.n} reflections in {load_seconds:.1f} s", flush=True)
            load_average = os.getloadavg()[0]  # the machine is shared: say how busy it was
            reports = time_reports(store, args.runs)
            if not args.postgres:
                size = database.stat().st_size
        finally:
            if schema and not args.keep_schema:
                drop_schema(store, schema)
            else:
                dispose_engine(store.database_url)
    record = {
        "backend": "postgresql" if args.postgres else "sqlite",
        "n": args.n, "workers": workers, "teams": teams, "weeks": args.weeks, "runs": args.runs,
        "load_s": round(load_seconds, 1) if load_seconds is not None else _previous_load(args),
        "db_mb": round(size / 2**20) if not args.postgres else None,
        "reports": reports,
        "load_average": round(load_average, 1),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                   f"SQLite {sqlite3.sqlite_version}",
        "measured": date.today().isoformat(),
    }
    if not args.no_write:
        write_results(record)


def _previous_load(args: argparse.Namespace) -> float | None:
    """Timing a kept database again: keep the load time measured when it was built."""
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    return results.get(f"{'postgresql' if args.postgres else 'sqlite'}-{args.n}", {}).get("load_s")


def write_results(record: dict) -> None:
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    results[f"{record['backend']}-{record['n']}"] = record
    RESULTS_JSON.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    lines = [
        "# `review summary` benchmark",
        "",
        "Generated by `benchmarks/review/bench_summary.py` (do not edit by hand). Each time is the median of",
        "the runs of `summary()` end to end: reading the review cells plus suppression, without rendering.",
        "Wall time on a shared 2-core machine depends on what else runs (load average below); the CPU",
        "column is this process's own CPU time (Python and in-process SQLite, not the PostgreSQL server).",
        "Reports: `month` (the default), `week`, `month by team`. History: 4 years of weeks.",
        "",
        "| backend | reflections | workers | teams | report | median s | min s | max s | median CPU s | groups |",
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for key in sorted(results, key=lambda key: (results[key]["backend"], results[key]["n"])):
        entry = results[key]
        for report in entry["reports"]:
            lines.append(f"| {entry['backend']} | {entry['n']:,} | {entry['workers']} | {entry['teams']} | "
                         f"{report['report']} | {report['median_s']} | {report['min_s']} | {report['max_s']} | "
                         f"{report.get('median_cpu_s', '')} | {report['groups']} |")
    lines += ["", "Machines and loading:", ""]
    for key in sorted(results):
        entry = results[key]
        size = f", database {entry['db_mb']} MB" if entry.get("db_mb") else ""
        lines.append(f"- {key}: {entry['machine']}; bulk load and cell counting {entry['load_s']} s{size}; "
                     f"1-minute load average when timing {entry.get('load_average')}; measured {entry['measured']}.")
    RESULTS_MD.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
