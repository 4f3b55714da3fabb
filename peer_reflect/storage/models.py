"""Tables for anonymised reflections, their themes, safety-event counts and the review facts.

Nothing here holds raw conversation text, a raw sender id or a time finer than the Monday of a week.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
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
    )


class ReviewWorkerCell(Base):
    """How many reflections (or safety events) of one worker count towards one report cell.

    Kept so that the distinct-worker count of a cell can be maintained exactly as reflections are saved,
    recoded and erased: a worker joins a cell when their row appears and leaves it when their row goes.
    """

    __tablename__ = "review_worker_cells"

    level = Column(String(10), primary_key=True)  # month | week | month_team
    bucket = Column(Date, primary_key=True)  # first day of the month, or Monday of the week
    team = Column(String(64), primary_key=True)  # "" for whole-service levels and for "no team"
    metric = Column(String(16), primary_key=True)  # reflections | theme | pair | checkin | supervision | safety
    key = Column(String(140), primary_key=True)
    worker_id = Column(String(64), primary_key=True)
    n = Column(Integer, nullable=False)

    # A worker's tallies by bucket: what a save touches, and everything an erasure removes.
    __table_args__ = (Index("ix_review_worker_cells_worker_id", "worker_id", "bucket"),)


class ReviewCell(Base):
    """One cell of a supervisor report before suppression: reflections and distinct workers behind it.

    Maintained in the same transaction as every write, so a summary reads a few thousand rows instead of
    aggregating every reflection; `Store.rebuild_review_cells()` recomputes it from scratch.
    """

    __tablename__ = "review_cells"

    level = Column(String(10), primary_key=True)
    bucket = Column(Date, primary_key=True)
    team = Column(String(64), primary_key=True)
    metric = Column(String(16), primary_key=True)
    key = Column(String(140), primary_key=True)
    count = Column(Integer, nullable=False)
    workers = Column(Integer, nullable=False)
