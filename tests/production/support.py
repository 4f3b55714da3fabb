"""Helpers shared by the production and fuzz tests (services, skip-or-fail, leak checks)."""
from __future__ import annotations

import os

import pytest

from peer_reflect.settings import PROJECT_ROOT
from peer_reflect.stack import DEFAULT_MODEL

KEY = "a1b2c3d4e5f60718" * 4


def need(problem: str | None) -> None:
    """Skip (or, under CI, fail) when a required service or artefact is missing."""
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem} (CI is set, so this fails instead of skipping)")
        pytest.skip(problem)


def need_model() -> None:
    need(None if DEFAULT_MODEL.exists() else f"no trained model at {DEFAULT_MODEL}; run `make train`")


def pg_connect(db: dict):
    import psycopg2

    return psycopg2.connect(host=db["host"], port=db["port"], user=db["user"], dbname=db["name"],
                            connect_timeout=5)


def pg_rows(db: dict, sql: str, params: tuple = ()) -> list[tuple]:
    connection = pg_connect(db)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
    finally:
        connection.close()


def pg_dump_text(db: dict) -> str:
    """Every value in every table of the reflections database, as text (for leak checks)."""
    tables = [row[0] for row in pg_rows(
        db, "select table_name from information_schema.tables where table_schema = 'public'"
    )]
    return "\n".join(str(row) for table in tables for row in pg_rows(db, f'select * from "{table}"'))
