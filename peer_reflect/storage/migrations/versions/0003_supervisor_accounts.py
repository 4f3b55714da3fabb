"""Supervisor accounts and dashboard sessions.

Accounts hold a name and a scrypt hash (with its own random salt and cost parameters); sessions are kept
server-side, keyed by the SHA-256 of a random token (the token itself is only ever in the browser's
cookie), with their creation and last-use times for the absolute and idle timeouts. Nothing here refers
to workers or reflections.

Revision ID: 0003
Revises: 0002
Create Date: 2024-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervisor_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervisor_accounts")),
        sa.UniqueConstraint("name", name=op.f("uq_supervisor_accounts_name")),
    )
    op.create_table(
        "supervisor_sessions",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["supervisor_accounts.id"], ondelete="CASCADE",
            name=op.f("fk_supervisor_sessions_account_id_supervisor_accounts"),
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_supervisor_sessions")),
    )
    op.create_index("ix_supervisor_sessions_account_id", "supervisor_sessions", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_supervisor_sessions_account_id", table_name="supervisor_sessions")
    op.drop_table("supervisor_sessions")
    op.drop_table("supervisor_accounts")
