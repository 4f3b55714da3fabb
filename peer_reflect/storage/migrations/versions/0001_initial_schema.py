"""Reflections, their themes, safety-event counts and the review facts.

Revision ID: 0001
Revises:
Create Date: 2024-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_key", sa.String(64), nullable=False),
        sa.Column("worker_id", sa.String(64), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("team", sa.String(64), nullable=True),
        sa.Column("checkin_score", sa.Integer(), nullable=True),
        sa.Column("wants_supervision", sa.Boolean(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("codebook_version", sa.String(32), nullable=False),
        sa.CheckConstraint("checkin_score BETWEEN 0 AND 10", name=op.f("ck_reflections_checkin_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflections")),
        sa.UniqueConstraint("session_key", name=op.f("uq_reflections_session_key")),
    )
    op.create_index(op.f("ix_reflections_worker_id"), "reflections", ["worker_id"])

    op.create_table(
        "reflection_themes",
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.String(64), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reflection_id"], ["reflections.id"], ondelete="CASCADE",
            name=op.f("fk_reflection_themes_reflection_id_reflections"),
        ),
        sa.PrimaryKeyConstraint("reflection_id", "theme_id", name=op.f("pk_reflection_themes")),
    )

    op.create_table(
        "safety_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_key", sa.String(36), nullable=False),
        sa.Column("worker_id", sa.String(64), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_month", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.CheckConstraint("kind IN ('self', 'service_user', 'others')", name=op.f("ck_safety_events_kind_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_events")),
        sa.UniqueConstraint("event_key", name=op.f("uq_safety_events_event_key")),
    )
    op.create_index(op.f("ix_safety_events_worker_id"), "safety_events", ["worker_id"])
    op.create_index("ix_safety_events_week", "safety_events", ["period_start", "kind", "worker_id"])
    op.create_index("ix_safety_events_month", "safety_events", ["period_month", "kind", "worker_id"])

    op.create_table(
        "review_facts",
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(16), nullable=False),
        sa.Column("key", sa.String(140), nullable=False),
        sa.Column("worker_key", sa.BigInteger(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_month", sa.Date(), nullable=False),
        sa.Column("team", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(
            ["reflection_id"], ["reflections.id"], ondelete="CASCADE",
            name=op.f("fk_review_facts_reflection_id_reflections"),
        ),
        sa.PrimaryKeyConstraint("reflection_id", "metric", "key", name=op.f("pk_review_facts")),
    )
    op.create_index("ix_review_facts_week", "review_facts", ["metric", "period_start", "key", "worker_key"])
    op.create_index("ix_review_facts_month", "review_facts", ["metric", "period_month", "key", "worker_key"])
    op.create_index(
        "ix_review_facts_week_team", "review_facts", ["metric", "period_start", "key", "team", "worker_key"]
    )
    op.create_index(
        "ix_review_facts_month_team", "review_facts", ["metric", "period_month", "key", "team", "worker_key"]
    )


def downgrade() -> None:
    op.drop_table("review_facts")
    op.drop_table("safety_events")
    op.drop_table("reflection_themes")
    op.drop_index(op.f("ix_reflections_worker_id"), table_name="reflections")
    op.drop_table("reflections")
