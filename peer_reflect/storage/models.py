"""Tables for anonymised reflections, their themes, safety-event counts and the review facts.

Nothing here holds raw conversation text, a raw sender id or a time finer than the Monday of a week.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
)
from sqlalchemy.orm import declarative_base

# Named constraints so that Alembic can drop them on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))

SAFETY_KINDS = ("self", "service_user", "others")


class Reflection(Base):
    __tablename__ = "reflections"

    id = Column(Integer, primary_key=True)
    session_key = Column(String(64), nullable=False, unique=True)  # idempotency key of one conversation
    worker_id = Column(String(64), nullable=False, index=True)  # HMAC pseudonym, never a sender id
    period_start = Column(Date, nullable=False)  # Monday of the week
    team = Column(String(64), nullable=True)
    checkin_score = Column(Integer, nullable=True)
    wants_supervision = Column(Boolean, nullable=True)
    answers = Column(JSON, nullable=False)  # anonymised text by question key
    codebook_version = Column(String(32), nullable=False)

    __table_args__ = (
        CheckConstraint("checkin_score BETWEEN 0 AND 10", name="checkin_range"),
    )


class ReflectionTheme(Base):
    __tablename__ = "reflection_themes"

    reflection_id = Column(
        Integer, ForeignKey("reflections.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id = Column(String(64), primary_key=True)
    evidence = Column(JSON, nullable=False)  # anonymised phrases that triggered the theme


class SafetyEvent(Base):
    __tablename__ = "safety_events"

    id = Column(Integer, primary_key=True)
    # Random key so that an event replayed from the outbox is stored once.
    event_key = Column(String(36), nullable=False, unique=True)
    worker_id = Column(String(64), nullable=False, index=True)
    period_start = Column(Date, nullable=False)
    period_month = Column(Date, nullable=False)
    kind = Column(String(16), nullable=False)

    __table_args__ = (
        CheckConstraint("kind IN ('self', 'service_user', 'others')", name="kind_known"),
        Index("ix_safety_events_week", "period_start", "kind", "worker_id"),
        Index("ix_safety_events_month", "period_month", "kind", "worker_id"),
    )


class ReviewFact(Base):
    """One row per (reflection, report cell it counts towards), derived from the reflection and its themes.

    The supervisor summary is a GROUP BY over this one narrow table: `worker_key` is a 64-bit hash of the
    pseudonym (distinct counts over integers are twice as fast as over 64-character strings) and each level
    of the report reads its own covering index in group order, so 1M reflections summarise in about a second.
    """

    __tablename__ = "review_facts"

    reflection_id = Column(
        Integer, ForeignKey("reflections.id", ondelete="CASCADE"), primary_key=True
    )
    metric = Column(String(16), primary_key=True)  # reflections | theme | pair | checkin | supervision
    key = Column(String(140), primary_key=True)  # "all", a theme id, "a|b", a band, yes|no|none
    worker_key = Column(BigInteger, nullable=False)
    period_start = Column(Date, nullable=False)
    period_month = Column(Date, nullable=False)
    team = Column(String(64), nullable=True)

    __table_args__ = (
        Index("ix_review_facts_week", "metric", "period_start", "key", "worker_key"),
        Index("ix_review_facts_month", "metric", "period_month", "key", "worker_key"),
        Index("ix_review_facts_week_team", "metric", "period_start", "key", "team", "worker_key"),
        Index("ix_review_facts_month_team", "metric", "period_month", "key", "team", "worker_key"),
    )
