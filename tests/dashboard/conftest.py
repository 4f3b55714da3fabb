"""Dashboard fixtures: a seeded store on a throwaway SQLite file, a supervisor account, the app in-process.

The seed is small and correlated (boundaries with connection, emotional load with support) so that the
heatmap has published cells; one theme is carried by two workers only and one month by three workers.
"""
from __future__ import annotations

import os
import random
import re
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from peer_reflect.storage import ReflectionRecord, Store
from peer_reflect.storage.db import dispose_engine

K = 5
PASSWORD = "a long enough passphrase"
FIRST_DAY = date(2024, 1, 1)
QUIET_MONTH = date(2024, 5, 1)
RARE_THEME = "power_coercion"
RARE_PHRASE = "watched a restraint on the ward"


def worker(index: int) -> str:
    return f"{index:064x}"


def seed_records(n: int = 420, workers: int = 24, seed: int = 5) -> list[ReflectionRecord]:
    rnd = random.Random(seed)
    teams = {i: ("north" if i < 10 else "south" if i < 20 else None) for i in range(workers)}
    rare = {3, 17}
    records = []
    for index in range(n):
        who = rnd.randrange(workers)
        themes: dict[str, list[str]] = {}
        if rnd.random() < 0.45:
            themes["boundaries"] = ["asked for my number"]
            if rnd.random() < 0.7:
                themes["connection"] = ["we just sat together"]
        if rnd.random() < 0.35:
            themes["emotional_load"] = ["brought my own stuff up"]
            if rnd.random() < 0.6:
                themes["support"] = ["supervision cancelled"]
        if rnd.random() < 0.3:
            themes["hope_recovery"] = ["she got her own flat"]
        if who in rare and rnd.random() < 0.5:
            themes[RARE_THEME] = [RARE_PHRASE]
        records.append(ReflectionRecord(
            session_key=f"s-{index}", worker_id=worker(who),
            period_start=FIRST_DAY + timedelta(days=rnd.randrange(120)),  # January to April
            answers={"moment": "[PERSON_1] asked for my number"}, themes=sorted(themes.items()),
            checkin_score=rnd.choice([None, *range(11)]), wants_supervision=rnd.choice([None, True, False]),
            team=teams[who],
        ))
    for index in range(6):  # May: three workers only (from Monday 6 May: a week belongs to its Monday's month)
        records.append(ReflectionRecord(
            session_key=f"quiet-{index}", worker_id=worker(index % 3),
            period_start=QUIET_MONTH + timedelta(days=5 + index),
            answers={}, themes=[("support", ["nobody checked in"])], checkin_score=4, team="north",
        ))
    return records


@pytest.fixture(scope="session")
def seeded_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("dashboard-db")
    url = f"sqlite:///{folder / 'dashboard.db'}"
    store = Store(url, folder / "outbox")
    store.migrate()
    store.save_many(seed_records())
    from peer_reflect.dashboard.auth import Accounts

    Accounts(store.engine).create("alice", PASSWORD)
    yield url
    dispose_engine(url)


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    """An empty migrated store of its own."""
    url = f"sqlite:///{tmp_path / 'db' / 'r.db'}"
    Store(url, tmp_path / "outbox").migrate()
    yield url
    dispose_engine(url)


PG_HOST, PG_PORT, PG_DATABASE, PG_USERS = "127.0.0.1", 5432, "test", ("postgres", "root")


@pytest.fixture
def postgres_url():
    """A URL on the local PostgreSQL whose search_path is a fresh schema (as tests/core/conftest.py does);
    skips when the server is unreachable, fails instead when CI is set."""
    import psycopg2

    reasons, connection, user = [], None, None
    for user in PG_USERS:
        try:
            connection = psycopg2.connect(host=PG_HOST, port=PG_PORT, user=user, dbname=PG_DATABASE, connect_timeout=3)
            break
        except psycopg2.OperationalError as error:
            reasons.append(f"{user}: {str(error).strip().splitlines()[0]}")
    if connection is None:
        reason = f"PostgreSQL at {PG_HOST}:{PG_PORT}/{PG_DATABASE} unreachable ({'; '.join(reasons)})"
        if os.environ.get("CI"):
            pytest.fail(reason + " - CI is set, so this fails instead of skipping")
        pytest.skip(reason)
    connection.autocommit = True
    schema = f"pr_dash_{uuid.uuid4().hex[:12]}"
    connection.cursor().execute(f"CREATE SCHEMA {schema}")
    url = f"postgresql+psycopg2://{user}@{PG_HOST}:{PG_PORT}/{PG_DATABASE}?options=-csearch_path%3D{schema}"
    try:
        yield url
    finally:
        dispose_engine(url)
        connection.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
        connection.close()


@pytest.fixture
def dashboard(seeded_url: str):
    from peer_reflect.dashboard.app import Dashboard, DashboardConfig

    return Dashboard(Store(seeded_url), DashboardConfig(min_group_size=K))


class Client:
    """Drives Dashboard.handle like a browser would: keeps cookies, sends same-origin headers."""

    def __init__(self, app, host: str = "127.0.0.1:8050", client: str = "10.0.0.1"):
        self.app, self.host, self.client = app, host, client
        self.jar: dict[str, str] = {}

    def request(self, method: str, path: str, query: dict | None = None, form: dict | None = None,
                headers: dict | None = None):
        from urllib.parse import urlencode

        from peer_reflect.dashboard.app import Request

        base = {"host": self.host, "sec-fetch-site": "same-origin"}
        if self.jar:
            base["cookie"] = "; ".join(f"{k}={v}" for k, v in self.jar.items())
        body = b""
        if form is not None:
            base["content-type"] = "application/x-www-form-urlencoded"
            body = urlencode(form).encode()
        response = self.app.handle(Request(method, path, query or {}, {**base, **(headers or {})}, body, self.client))
        for cookie in response.cookies:
            name, _, rest = cookie.partition("=")
            value = rest.split(";")[0]
            if "Max-Age=0" in cookie:
                self.jar.pop(name, None)
            else:
                self.jar[name] = value
        return response

    def get(self, path: str, **query):
        return self.request("GET", path, {k: str(v) for k, v in query.items()})

    def login(self, name: str = "alice", password: str = PASSWORD):
        page = self.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.body.decode()).group(1)
        return self.request("POST", "/login", form={"csrf": csrf, "name": name, "password": password})


@pytest.fixture
def client(dashboard) -> Client:
    return Client(dashboard)
