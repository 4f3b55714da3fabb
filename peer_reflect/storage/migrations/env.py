"""Alembic environment: always handed a live connection by peer_reflect.storage.migrations."""
from __future__ import annotations

from alembic import context

from peer_reflect.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through Store.migrate() or `peer-reflect migrate`, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
