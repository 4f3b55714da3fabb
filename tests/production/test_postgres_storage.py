"""Schema migrations and saving on the real PostgreSQL (and SQLite for comparison): upgrade, downgrade and
upgrade again; a reflection saved from many threads and processes at once is stored exactly once."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from sqlalchemy import inspect

from peer_reflect.storage import ReflectionRecord, SaveOutcome, Store
from peer_reflect.storage import db as storage_db
from peer_reflect.storage.migrations import current_revision
from peer_reflect.storage.models import Base
from tests.production.support import pg_rows

pytestmark = [pytest.mark.production, pytest.mark.postgres]

TABLES = set(Base.metadata.tables)  # every table of the storage models exists at head


def record(key: str, worker: str = "w" * 64) -> ReflectionRecord:
    return ReflectionRecord(session_key=key, worker_id=worker, period_start=date(2024, 3, 13),
                            answers={"moment": "[PERSON_1] asked for my number"},
                            themes=[("boundaries", ["asked for my number"])], checkin_score=6)


@pytest.fixture(params=["postgresql", "sqlite"])
def store(request, tmp_path):
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_db")["url"]  # skips (or fails under CI) without PostgreSQL
    else:
        url = f"sqlite:///{tmp_path / 'r.db'}"
    store = Store(database_url=url, outbox_dir=tmp_path / "outbox")
    yield store
    store.downgrade("base")
    storage_db.dispose_engine(url)


def test_migrations_upgrade_downgrade_upgrade(store):
    store.migrate()
    head = current_revision(store.engine)
    assert head and TABLES <= set(inspect(store.engine).get_table_names())
    store.downgrade("base")
    assert current_revision(store.engine) is None
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}, "downgrade leaves tables"
    store.migrate()
    assert current_revision(store.engine) == head


def test_one_session_saved_from_many_threads_is_stored_once(store):
    store.migrate()
    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(lambda _: store.save_reflection(record("same-session")), range(16)))
    assert outcomes.count(SaveOutcome.SAVED) == 1
    assert set(outcomes) <= {SaveOutcome.SAVED, SaveOutcome.DUPLICATE}
    assert store.count_reflections() == 1


def test_postgres_holds_no_raw_sender_id(postgres_db, tmp_path):
    store = Store(database_url=postgres_db["url"], outbox_dir=tmp_path / "outbox")
    store.migrate()
    try:
        store.save_reflection(record("k-1"))
        columns = pg_rows(postgres_db, "select table_name, column_name from information_schema.columns "
                          "where table_schema = 'public'")
        assert not [c for c in columns if "sender" in c[1]]
    finally:
        store.downgrade("base")
        storage_db.dispose_engine(postgres_db["url"])
