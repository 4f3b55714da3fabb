"""One engine per database URL per process, tuned so that a down database fails fast."""
from __future__ import annotations

import os
import threading
from pathlib import Path

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool, StaticPool

CONNECT_TIMEOUT_SECONDS = 3
SQLITE_BUSY_TIMEOUT_MS = 5000

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for an in-memory database."""
    database = make_url(url).database
    if not is_sqlite(url) or not database or database == ":memory:":
        return None
    return Path(database)


def get_engine(url: str) -> Engine:
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = _create_engine(url)
        return engine


def dispose_engine(url: str) -> None:
    """Close the pooled connections of one URL (tests, and before deleting a SQLite file)."""
    with _lock:
        engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()


def session_factory(url: str, *, writes: bool = False) -> sessionmaker:
    """Sessions on the URL's engine. On SQLite a writing session takes the write lock when it begins, so a
    transaction that reads before it writes waits for other writers instead of failing with "locked"."""
    engine = get_engine(url)
    if writes:
        engine = engine.execution_options(sqlite_begin_immediate=True)
    return sessionmaker(bind=engine, future=True, expire_on_commit=False, class_=Session)


def is_unavailable(error: BaseException) -> bool:
    """True when the error means "cannot reach or use the database right now", not "bad data"."""
    return isinstance(error, (exc.OperationalError, exc.InterfaceError, exc.DisconnectionError, exc.TimeoutError))


def _create_engine(url: str) -> Engine:
    if is_sqlite(url):
        return _create_sqlite_engine(url)
    return create_engine(
        url,
        future=True,
        pool_pre_ping=True,  # a connection broken by a database restart is replaced, not handed out
        pool_size=5,
        max_overflow=5,
        pool_timeout=CONNECT_TIMEOUT_SECONDS,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "peer-reflect"},
    )


def _create_owner_only(path: Path) -> None:
    """A new database file (and, since SQLite copies the main file's mode, its -wal and -shm) is readable
    by its owner only."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:   # it exists, or the folder is unusable: SQLite reports that when it connects
        pass


def _create_sqlite_engine(url: str) -> Engine:
    in_memory = sqlite_path(url) is None
    if not in_memory:
        _create_owner_only(sqlite_path(url))
    engine = create_engine(
        url,
        future=True,
        pool_pre_ping=True,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # An in-memory database exists only inside its one connection. SQLAlchemy 1.4 would open and close
        # a file database per transaction (NullPool), re-running the pragmas and checkpointing each time.
        poolclass=StaticPool if in_memory else QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):  # noqa: ANN001 - DBAPI objects
        # pysqlite's own transaction handling begins too late and never for DDL; SQLAlchemy's documented
        # recipe: switch it off and emit BEGIN ourselves (below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory:
            # WAL lets the review read while an action server writes.
            cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit survives power loss, so an outbox file deleted after commit is never the only copy.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # An erased reflection is overwritten, not left in free pages for a file reader to recover.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):  # noqa: ANN001 - a SQLAlchemy Connection
        immediate = connection.get_execution_options().get("sqlite_begin_immediate")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
