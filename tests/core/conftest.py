"""Storage fixtures: a migrated Store on a throwaway SQLite file or PostgreSQL schema, and `postgres_url`.

PostgreSQL tests use the local server (127.0.0.1:5432, trust auth, database `test`, user `postgres` or
`root`) and a uniquely named schema per test, so parallel runs never collide. When the server is
unreachable they skip with the reason; with the environment variable CI set they fail instead.
"""
from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from peer_reflect.storage import Store
from peer_reflect.storage.db import dispose_engine

PG_HOST, PG_PORT, PG_DATABASE = "127.0.0.1", 5432, "test"
PG_USERS = ("postgres", "root")


def _pg_connect(user: str):  # noqa: ANN202 - a psycopg2 connection
    import psycopg2

    connection = psycopg2.connect(host=PG_HOST, port=PG_PORT, user=user, dbname=PG_DATABASE, connect_timeout=3)
    connection.autocommit = True
    return connection


def _pg_user() -> tuple[str | None, str]:
    """A user the local server accepts, or None and why not."""
    import psycopg2

    reasons = []
    for user in PG_USERS:
        try:
            _pg_connect(user).close()
            return user, ""
        except psycopg2.OperationalError as error:
            reasons.append(f"{user}: {str(error).strip().splitlines()[0]}")
    return None, f"PostgreSQL at {PG_HOST}:{PG_PORT}/{PG_DATABASE} unreachable ({'; '.join(reasons)})"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A SQLAlchemy URL whose search_path is a fresh, empty schema (dropped afterwards)."""
    user, reason = _pg_user()
    if user is None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} - CI is set, so this fails instead of skipping")
        pytest.skip(reason)
    schema = f"pr_test_{uuid.uuid4().hex[:12]}"
    connection = _pg_connect(user)
    connection.cursor().execute(f"CREATE SCHEMA {schema}")
    url = f"postgresql+psycopg2://{user}@{PG_HOST}:{PG_PORT}/{PG_DATABASE}?options=-csearch_path%3D{schema}"
    try:
        yield url
    finally:
        dispose_engine(url)
        connection.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
        connection.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'db' / 'reflections.db'}"
    yield url
    dispose_engine(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """Each test using this runs once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


@pytest.fixture
def outbox_dir(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def store(database_url: str, outbox_dir: Path) -> Store:
    """A migrated, empty Store on both backends."""
    store = Store(database_url, outbox_dir)
    store.migrate()
    return store


class TcpProxy:
    """A TCP forwarder that can be stopped and started, to take a database "down" under a live Store."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._server: socket.socket | None = None
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(16)
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def stop(self) -> None:
        """Refuse new connections and cut the open ones, as a crashed server would."""
        server, self._server = self._server, None
        if server is not None:
            try:
                server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone would not
            except OSError:
                pass
            server.close()
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            connection.close()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.fixture
def postgres_proxy(postgres_url: str) -> Iterator[tuple[TcpProxy, str]]:
    """A started proxy to the local PostgreSQL, and the test schema's URL through it."""
    proxy = TcpProxy(PG_PORT)
    proxy.start()
    url = postgres_url.replace(f"@{PG_HOST}:{PG_PORT}/", f"@127.0.0.1:{proxy.port}/")
    try:
        yield proxy, url
    finally:
        proxy.stop()
        dispose_engine(url)
