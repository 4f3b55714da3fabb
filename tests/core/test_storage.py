"""Storage on SQLite and PostgreSQL: migrations, idempotent saves, the outbox when the database is down,
erasure, recoding, and the incrementally maintained review cells."""
from __future__ import annotations

import json
import random
import shutil
import stat
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from peer_reflect.storage import DatabaseUnavailable, ReflectionRecord, SaveOutcome, Store, week_start
from peer_reflect.storage.migrations import current_revision, head_revision
from peer_reflect.storage.models import Reflection, ReflectionTheme, ReviewCell, ReviewWorkerCell, SafetyEvent

WORKER_A = "a" * 64  # pseudonyms are HMAC hex digests
WORKER_B = "b" * 64
TABLES = {"reflections", "reflection_themes", "safety_events", "review_cells", "review_worker_cells"}
THEMES = ["boundaries", "connection", "emotional_load", "peer_drift", "role_clarity", "support"]


def record(key: str, worker: str = WORKER_A, day: date = date(2024, 3, 14), **changes) -> ReflectionRecord:
    values = dict(
        session_key=key,
        worker_id=worker,
        period_start=day,
        answers={"moment": "[PERSON_1] asked for my number on [WARD_1]"},
        themes=[("boundaries", ["asked for my number"]), ("connection", ["we just sat together"])],
        checkin_score=4,
        wants_supervision=True,
        team="north",
    )
    values.update(changes)
    return ReflectionRecord(**values)


def rows(store: Store, model) -> list:  # noqa: ANN001 - a mapped class
    with store.engine.connect() as connection:
        return sorted(tuple(row) for row in connection.execute(select(model.__table__)))


def review_tables(store: Store) -> tuple[list, list]:
    return rows(store, ReviewCell), rows(store, ReviewWorkerCell)


def down_store(tmp_path: Path, outbox_dir: Path) -> Store:
    """A Store whose SQLite file cannot be opened: its folder is a regular file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    return Store(f"sqlite:///{blocker / 'reflections.db'}", outbox_dir)


# -- schema ---------------------------------------------------------------------------------------------


def test_migrations_go_up_down_and_up_again_keeping_the_review_cells(store: Store):
    assert current_revision(store.engine) == head_revision()
    assert TABLES <= set(inspect(store.engine).get_table_names())
    store.save_reflection(record("s-1"))
    store.record_safety_event(WORKER_A, "self", date(2024, 3, 14))
    cells_before = review_tables(store)

    store.downgrade("0001")  # back to per-reflection facts, backfilled from the reflections
    assert "review_facts" in inspect(store.engine).get_table_names()
    store.migrate()  # and forward again: the cells are recounted from the stored rows
    assert review_tables(store) == cells_before

    store.downgrade("base")
    assert current_revision(store.engine) is None
    assert not TABLES & set(inspect(store.engine).get_table_names())
    store.migrate()
    assert current_revision(store.engine) == head_revision()


def test_migrate_creates_the_sqlite_folder_from_any_working_directory(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    database = tmp_path / "deep" / "er" / "reflections.db"
    store = Store(f"sqlite:///{database}", tmp_path / "outbox")
    store.migrate()
    assert database.exists() and current_revision(store.engine) == head_revision()


# -- saving -----------------------------------------------------------------------------------------------


def test_a_retried_save_never_duplicates(store: Store):
    assert store.save_reflection(record("session-1")) == SaveOutcome.SAVED
    assert store.save_reflection(record("session-1")) == SaveOutcome.DUPLICATE
    assert store.count_reflections() == 1
    assert len(rows(store, ReflectionTheme)) == 2
    month_total = [row for row in rows(store, ReviewCell) if row[0] == "month" and row[3] == "reflections"]
    assert [(row[5], row[6]) for row in month_total] == [(1, 1)]  # one reflection, one worker


def test_only_the_week_is_kept_and_the_pseudonym_is_stored_as_given(store: Store):
    store.save_reflection(record("s-1", day=date(2024, 3, 16)))  # a Saturday
    (stored,) = rows(store, Reflection)
    assert stored[3] == date(2024, 3, 11) == week_start(date(2024, 3, 16))
    assert stored[2] == WORKER_A


def test_invalid_records_are_refused_not_queued(store: Store):
    with pytest.raises(ValueError):
        store.save_reflection(record("s-1", checkin_score=11))
    with pytest.raises(ValueError):
        store.save_reflection(record("s" * 65))
    assert store.outbox_size() == 0 and store.count_reflections() == 0


# -- database down: the outbox ---------------------------------------------------------------------------


@pytest.mark.postgres
def test_database_down_queues_then_saves_exactly_once_when_it_returns(postgres_proxy, outbox_dir: Path):
    proxy, url = postgres_proxy
    store = Store(url, outbox_dir)
    store.migrate()
    store.save_reflection(record("before"))

    proxy.stop()
    started = time.perf_counter()
    assert store.save_reflection(record("while-down")) == SaveOutcome.QUEUED
    assert time.perf_counter() - started < 5  # fails fast, the worker is not left waiting
    store.record_safety_event(WORKER_A, "self", date(2024, 3, 14))  # queued too
    assert not store.healthy()
    assert store.outbox_size() == 2
    with pytest.raises(DatabaseUnavailable):
        store.flush_outbox()

    restarted = Store(url, outbox_dir)  # a process restart while the database is still down
    assert restarted.save_reflection(record("after-restart")) == SaveOutcome.QUEUED

    proxy.start()
    assert restarted.save_reflection(record("back")) == SaveOutcome.SAVED  # flushes the queue first
    assert restarted.outbox_size() == 0
    assert restarted.count_reflections() == 4
    assert len(rows(restarted, SafetyEvent)) == 1
    assert restarted.flush_outbox() == 0 and restarted.count_reflections() == 4


def test_sqlite_unreachable_queues_and_a_new_process_saves_once(tmp_path: Path, sqlite_url: str, outbox_dir: Path):
    broken = down_store(tmp_path, outbox_dir)
    assert not broken.healthy()
    assert broken.save_reflection(record("s-1")) == SaveOutcome.QUEUED
    assert broken.save_reflection(record("s-1")) == SaveOutcome.QUEUED  # same session: still one item
    assert broken.outbox_size() == 1
    [item] = outbox_dir.glob("*.json")
    assert stat.S_IMODE(item.stat().st_mode) == 0o600
    assert json.loads(item.read_text())["payload"]["session_key"] == "s-1"
    assert not list(outbox_dir.glob(".tmp-*"))

    fixed = Store(sqlite_url, outbox_dir)
    fixed.migrate()
    assert fixed.flush_outbox() == 1
    assert fixed.flush_outbox() == 0
    assert fixed.count_reflections() == 1 and fixed.outbox_size() == 0


def test_a_crash_after_commit_but_before_removal_does_not_duplicate(tmp_path: Path, store: Store, outbox_dir):
    down_store(tmp_path, outbox_dir).save_reflection(record("s-1"))
    [item] = outbox_dir.glob("*.json")
    copy = tmp_path / "kept.json"
    shutil.copy(item, copy)
    assert store.flush_outbox() == 1
    shutil.copy(copy, item)  # as if the process died between the commit and the unlink
    assert store.flush_outbox() == 0
    assert store.count_reflections() == 1 and store.outbox_size() == 0


def test_a_bad_outbox_item_is_set_aside_not_blocking_the_queue(tmp_path, store: Store, outbox_dir):
    down_store(tmp_path, outbox_dir).save_reflection(record("s-1"))
    (outbox_dir / "reflection-broken.json").write_text("{not json")
    refused = {"kind": "reflection", "payload": {**record("s-2").to_payload(), "checkin_score": 42}}
    (outbox_dir / "reflection-refused.json").write_text(json.dumps(refused))
    assert store.flush_outbox() == 1
    assert sorted(path.name for path in (outbox_dir / "rejected").iterdir()) == [
        "reflection-broken.json", "reflection-refused.json"]
    assert store.outbox_size() == 0 and store.count_reflections() == 1
    assert store.erase_worker(WORKER_A) == 2  # erasure reaches set-aside items too
    assert not list((outbox_dir / "rejected").glob("reflection-refused.json"))


# -- erasure and recoding -------------------------------------------------------------------------------


def test_erase_removes_everything_of_one_worker_and_nothing_else(tmp_path: Path, store: Store, outbox_dir):
    for index in range(3):
        store.save_reflection(record(f"a-{index}", day=date(2024, 3, 4) + timedelta(weeks=index)))
    store.save_reflection(record("b-0", worker=WORKER_B))
    store.record_safety_event(WORKER_A, "self", date(2024, 3, 14))
    store.record_safety_event(WORKER_B, "others", date(2024, 3, 14))
    down_store(tmp_path, outbox_dir).save_reflection(record("a-queued"))  # waiting in the outbox

    assert store.erase_worker(WORKER_A) == 4  # three stored, one queued
    assert store.count_reflections(WORKER_A) == 0 and store.count_reflections(WORKER_B) == 1
    assert store.outbox_size() == 0
    assert [row[2] for row in rows(store, SafetyEvent)] == [WORKER_B]
    assert {row[0] for row in rows(store, ReflectionTheme)} == {row[0] for row in rows(store, Reflection)}
    assert {row[5] for row in rows(store, ReviewWorkerCell)} == {WORKER_B}
    cells_after = review_tables(store)
    store.rebuild_review_cells()
    assert review_tables(store) == cells_after  # as if worker A had never written


def test_erase_says_so_when_the_database_is_down(tmp_path: Path, outbox_dir: Path):
    with pytest.raises(DatabaseUnavailable):
        down_store(tmp_path, outbox_dir).erase_worker(WORKER_A)


def test_recoding_replaces_themes_evidence_and_review_cells(store: Store):
    store.save_reflection(record("s-1"))
    store.save_reflection(record("s-2", themes=[]))
    seen = list(store.iter_reflections(batch_size=1))
    assert [themes for _, _, themes in seen] == [
        [("boundaries", ["asked for my number"]), ("connection", ["we just sat together"])],
        [],
    ]
    for reflection_id, _, _ in seen:
        store.replace_themes(reflection_id, [("peer_drift", ["asked to do observations"])], "2")
    assert {themes[0][0] for _, _, themes in store.iter_reflections()} == {"peer_drift"}
    assert {row[8] for row in rows(store, Reflection)} == {"2"}
    theme_cells = {(row[0], row[4], row[5]) for row in rows(store, ReviewCell) if row[3] == "theme"}
    assert theme_cells == {("month", "peer_drift", 2), ("week", "peer_drift", 2), ("month_team", "peer_drift", 2)}
    with pytest.raises(LookupError):
        store.replace_themes(999, [], "2")


def test_incremental_review_cells_equal_a_recount_after_any_mix_of_writes(store: Store):
    rnd = random.Random(5)
    workers = [f"{index:064x}" for index in range(12)]
    for index in range(80):
        store.save_reflection(record(
            f"s-{index}", worker=rnd.choice(workers), day=date(2024, 1, 1) + timedelta(days=rnd.randrange(90)),
            themes=[(theme, []) for theme in rnd.sample(THEMES, rnd.randrange(4))],
            checkin_score=rnd.choice([None, *range(11)]), wants_supervision=rnd.choice([None, True, False]),
            team=rnd.choice([None, "north", "south"]),
        ))
        if index % 10 == 0:
            store.record_safety_event(rnd.choice(workers), rnd.choice(["self", "others"]), date(2024, 2, 1))
    for reflection_id, _, _ in list(store.iter_reflections())[::4]:
        store.replace_themes(reflection_id, [(theme, []) for theme in rnd.sample(THEMES, rnd.randrange(4))], "2")
    store.erase_worker(workers[0])
    store.erase_worker(workers[1])

    incremental = review_tables(store)
    store.rebuild_review_cells()
    assert review_tables(store) == incremental
    assert sum(row[5] for row in incremental[0] if row[0] == "month" and row[3] == "reflections") == \
        store.count_reflections()


def test_save_many_skips_sessions_already_stored(store: Store):
    store.save_reflection(record("s-1"))
    assert store.save_many([record("s-1"), record("s-2"), record("s-3", worker=WORKER_B)]) == 2
    assert store.count_reflections() == 3
