"""The real PostgreSQL and Redis servers for tests and benchmarks: reachability, a throw-away database, and
clean-up of a Redis key prefix. Defaults match the local services; override with

    TEST_POSTGRES_ADMIN_URL  postgresql://postgres@127.0.0.1:5432/test   (a role that may CREATE DATABASE)
    TEST_REDIS_HOST / TEST_REDIS_PORT  127.0.0.1 / 6379
"""
from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

DEFAULT_PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def pg_admin_url() -> str:
    return os.environ.get("TEST_POSTGRES_ADMIN_URL", DEFAULT_PG_ADMIN)


def redis_address() -> tuple[str, int]:
    return os.environ.get("TEST_REDIS_HOST", "127.0.0.1"), int(os.environ.get("TEST_REDIS_PORT", "6379"))


def pg_address() -> tuple[str, int]:
    parsed = urlparse(pg_admin_url())
    return parsed.hostname or "127.0.0.1", parsed.port or 5432


def reachable(host: str, port: int, timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def postgres_problem() -> str | None:
    """None when PostgreSQL accepts our admin login, else why not."""
    host, port = pg_address()
    if not reachable(host, port):
        return f"PostgreSQL is not reachable at {host}:{port}"
    try:
        import psycopg2

        psycopg2.connect(pg_admin_url(), connect_timeout=3).close()
    except Exception as error:  # noqa: BLE001 - any reason is a reason to skip
        return f"PostgreSQL at {host}:{port} refused the admin login ({type(error).__name__})"
    return None


def redis_problem() -> str | None:
    from peer_reflect.ops.readiness import check_redis

    host, port = redis_address()
    check = check_redis(host, port)
    return None if check.ok else f"Redis is not reachable at {host}:{port} ({check.detail})"


@contextmanager
def temporary_database(prefix: str = "peer_reflect_test") -> Iterator[dict]:
    """Create a fresh PostgreSQL database; yields {"name", "host", "port", "user", "url"} and drops it after."""
    import psycopg2

    admin = urlparse(pg_admin_url())
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    user = admin.username or "postgres"
    host, port = pg_address()

    def admin_exec(sql: str) -> None:
        connection = psycopg2.connect(pg_admin_url(), connect_timeout=5)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    admin_exec(f'CREATE DATABASE "{name}"')
    try:
        yield {"name": name, "host": host, "port": port, "user": user,
               "url": f"postgresql+psycopg2://{user}@{host}:{port}/{name}"}
    finally:
        admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_keys(prefix: str, dbs: tuple[int, ...] = (0, 1)) -> dict[int, list[str]]:
    import redis

    host, port = redis_address()
    found = {}
    for db in dbs:
        client = redis.Redis(host=host, port=port, db=db, decode_responses=True)
        found[db] = sorted(client.scan_iter(match=f"{prefix}:*", count=1000))
        client.close()
    return found


def delete_redis_prefix(prefix: str, dbs: tuple[int, ...] = (0, 1)) -> None:
    import redis

    host, port = redis_address()
    for db in dbs:
        client = redis.Redis(host=host, port=port, db=db)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
