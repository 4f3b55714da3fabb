"""Production tests run against the real PostgreSQL and Redis on the machine.

When either is unreachable the tests that need it are skipped with the reason; with CI set they fail
instead, so a CI machine without the services cannot pass silently.
"""
from __future__ import annotations

import uuid

import pytest

from peer_reflect.ops import services
from tests.production.support import need


def pytest_configure(config):
    config.addinivalue_line("markers", "production: scale-out, faults and load against real PostgreSQL/Redis")


@pytest.fixture(scope="module")
def postgres_db():
    need(services.postgres_problem())
    with services.temporary_database("peer_reflect_prod") as db:
        yield db


@pytest.fixture(scope="module")
def migrated_db(postgres_db, tmp_path_factory):
    """A fresh database with the schema created, as an operator does before starting (`peer-reflect migrate`)."""
    from peer_reflect.storage import Store
    from peer_reflect.storage import db as storage_db

    Store(database_url=postgres_db["url"], outbox_dir=tmp_path_factory.mktemp("migrate-outbox")).migrate()
    storage_db.dispose_engine(postgres_db["url"])
    return postgres_db


@pytest.fixture(scope="module")
def redis_prefix():
    need(services.redis_problem())
    prefix = f"prtest{uuid.uuid4().hex[:10]}"  # Rasa wants an alphanumeric key prefix
    yield prefix
    services.delete_redis_prefix(prefix)
