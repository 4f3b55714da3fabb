"""Storage of anonymised reflections (SQLAlchemy + Alembic), with an outbox for when the database is down."""
from __future__ import annotations

from peer_reflect.storage.repository import (
    DatabaseUnavailable,
    ReflectionRecord,
    SaveOutcome,
    Store,
    week_start,
)

__all__ = ["DatabaseUnavailable", "ReflectionRecord", "SaveOutcome", "Store", "week_start"]
