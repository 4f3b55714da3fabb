"""The Store: the only way the rest of Peer Reflect reads or writes reflections.

Saving never loses an acknowledged reflection: when the database cannot be reached the (already
anonymised) record goes to the outbox and is written later, exactly once thanks to its session key.
"""
from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from peer_reflect.settings import get_settings
from peer_reflect.storage import cells, db, facts, migrations
from peer_reflect.storage.models import SAFETY_KINDS, Reflection, ReflectionTheme, SafetyEvent
from peer_reflect.storage.outbox import Outbox, OutboxItem

logger = logging.getLogger(__name__)

# Core tables for bulk statements (no ORM identity-map bookkeeping needed).
reflections_table = Reflection.__table__
themes_table = ReflectionTheme.__table__
safety_table = SafetyEvent.__table__

# Two saves by the same worker at the same moment can both try to create one of their tallies; the loser
# of that race simply retries.
WRITE_ATTEMPTS = 3
REFLECTION_ITEM = "reflection"
SAFETY_ITEM = "safety_event"
Themes = list[tuple[str, list[str]]]


class SaveOutcome(str, Enum):
    SAVED = "saved"
    DUPLICATE = "duplicate"  # this session was already stored; nothing changed
    QUEUED = "queued"  # database unreachable; kept in the outbox and saved when it is back


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached (or is locked) right now."""


@dataclass
class ReflectionRecord:
    """An already anonymised reflection. `session_key` must not contain a raw sender id."""

    session_key: str
    worker_id: str
    period_start: date
    answers: dict[str, str]
    themes: Themes = field(default_factory=list)
    checkin_score: int | None = None
    wants_supervision: bool | None = None
    team: str | None = None
    codebook_version: str = "1"

    def to_payload(self) -> dict:
        payload = asdict(self)
        payload["period_start"] = self.period_start.isoformat()
        payload["themes"] = [[theme, list(evidence)] for theme, evidence in self.themes]
        return payload

    @classmethod
    def from_payload(cls, payload: dict) -> ReflectionRecord:
        values = dict(payload)
        values["period_start"] = date.fromisoformat(values["period_start"])
        values["themes"] = [(theme, list(evidence)) for theme, evidence in values["themes"]]
        return cls(**values)


def week_start(d: date) -> date:
    return facts.week_start(d)


class Store:
    """Reflections, safety-event counts and review cells in one database, with an outbox beside it."""

    def __init__(self, database_url: str | None = None, outbox_dir: Path | None = None) -> None:
        settings = get_settings()
        self.database_url = database_url or settings.database_url
        self.outbox = Outbox(Path(outbox_dir) if outbox_dir is not None else settings.outbox_dir)
        self._sessions = db.session_factory(self.database_url)
        self._writing_sessions = db.session_factory(self.database_url, writes=True)
        self._flush_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        return db.get_engine(self.database_url)

    # -- schema -------------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Upgrade the schema to the newest migration (creates a SQLite file's folder first)."""
        path = db.sqlite_path(self.database_url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        migrations.upgrade(self.engine)

    def downgrade(self, revision: str = "base") -> None:
        migrations.downgrade(self.engine, revision)

    def rebuild_review_cells(self) -> None:
        """Recompute the review cells from the stored reflections (after a bulk import, or to check them)."""
        with self._transaction() as session:
            cells.rebuild(session.connection())

    def healthy(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except SQLAlchemyError:
            return False

    # -- writing ------------------------------------------------------------------------------------

    def save_reflection(self, record: ReflectionRecord) -> SaveOutcome:
        record = _checked(record)
        try:
            self.flush_outbox()
        except DatabaseUnavailable:
            # No second connection attempt: a hanging database would make the worker wait twice.
            self._queue_reflection(record)
            return SaveOutcome.QUEUED
        try:
            return self._write_reflection(record)
        except DatabaseUnavailable:
            self._queue_reflection(record)
            return SaveOutcome.QUEUED

    def save_many(self, records: list[ReflectionRecord]) -> int:
        """Store many records in one transaction (imports, tests); sessions already stored are skipped.

        Returns how many were newly stored. No outbox: raises DatabaseUnavailable if the database is down.
        """
        checked = {record.session_key: record for record in map(_checked, records)}
        with self._transaction() as session:
            stored_keys = set(
                session.execute(
                    select(Reflection.session_key).where(Reflection.session_key.in_(list(checked)))
                ).scalars()
            )
            fresh = [record for key, record in checked.items() if key not in stored_keys]
            by_worker: dict[str, list[cells.CellKey]] = {}
            for record in fresh:
                by_worker.setdefault(record.worker_id, []).extend(_add_reflection(session, record, count=False))
            # A few statements per worker rather than per record.
            for worker_id, worker_cells in sorted(by_worker.items()):
                cells.add(session, worker_id, worker_cells)
        return len(fresh)

    def record_safety_event(self, worker_id: str, kind: str, period_start: date) -> None:
        if kind not in SAFETY_KINDS:
            raise ValueError(f"unknown safety event kind {kind!r}; expected one of {SAFETY_KINDS}")
        payload = {
            "event_key": str(uuid.uuid4()),
            "worker_id": _checked_worker(worker_id),
            "period_start": week_start(period_start).isoformat(),
            "kind": kind,
        }
        try:
            self._write_safety_event(payload)
        except DatabaseUnavailable:
            self.outbox.put(SAFETY_ITEM, payload["event_key"], payload)

    def flush_outbox(self) -> int:
        """Write queued items; returns how many were newly stored (already stored ones are just removed).

        Raises DatabaseUnavailable if the database is still down (items stay queued).
        """
        if not self._flush_lock.acquire(blocking=False):
            return 0  # another thread of this process is flushing right now
        try:
            stored = 0
            for item in self.outbox.items():
                try:
                    stored += self._write_item(item)
                except (ValueError, KeyError, TypeError, IntegrityError) as error:
                    # Bad data, not a down database: keep it for a person rather than block the queue.
                    self.outbox.reject(item, type(error).__name__)
                    continue
                self.outbox.remove(item)  # only after the commit above
            return stored
        finally:
            self._flush_lock.release()

    def outbox_size(self) -> int:
        return self.outbox.size()

    def replace_themes(self, reflection_id: int, themes: Themes, codebook_version: str) -> None:
        """Recode one reflection: its themes, evidence and report cells change together."""
        themes = _checked_themes(themes)
        with self._transaction() as session:
            row = session.execute(
                select(Reflection.worker_id, Reflection.period_start, Reflection.team).where(
                    Reflection.id == reflection_id
                )
            ).one_or_none()
            if row is None:
                raise LookupError(f"no reflection with id {reflection_id}")
            old = session.execute(
                select(ReflectionTheme.theme_id).where(ReflectionTheme.reflection_id == reflection_id)
            ).scalars().all()
            cells.remove(session, row.worker_id, cells.theme_cells(row.period_start, row.team, old))
            session.execute(delete(themes_table).where(ReflectionTheme.reflection_id == reflection_id))
            _insert_themes(session, reflection_id, themes)
            new = [theme for theme, _ in themes]
            cells.add(session, row.worker_id, cells.theme_cells(row.period_start, row.team, new))
            session.execute(
                update(reflections_table)
                .where(Reflection.id == reflection_id)
                .values(codebook_version=codebook_version)
            )

    def erase_worker(self, worker_id: str) -> int:
        """Delete every reflection, theme and safety event of one worker (queued ones included) and take
        them out of the review cells.

        Returns the number of reflections erased. Raises DatabaseUnavailable when the database is down
        (queued items are erased already; the caller must retry for the stored ones).
        """
        erased = self.outbox.remove_worker(worker_id).get(REFLECTION_ITEM, 0)
        own_reflections = select(Reflection.id).where(Reflection.worker_id == worker_id)
        with self._transaction() as session:
            cells.erase_worker(session, worker_id)
            # Explicit delete rather than trusting ON DELETE CASCADE to be switched on.
            session.execute(delete(themes_table).where(ReflectionTheme.reflection_id.in_(own_reflections)))
            erased += session.execute(delete(reflections_table).where(Reflection.worker_id == worker_id)).rowcount
            session.execute(delete(safety_table).where(SafetyEvent.worker_id == worker_id))
        return erased

    # -- reading ------------------------------------------------------------------------------------

    def count_reflections(self, worker_id: str | None = None) -> int:
        query = select(func.count()).select_from(Reflection)
        if worker_id is not None:
            query = query.where(Reflection.worker_id == worker_id)
        with self._transaction(writes=False) as session:
            return session.execute(query).scalar_one()

    def iter_reflections(self, batch_size: int = 500) -> Iterator[tuple[int, dict[str, str], Themes]]:
        """Yield (id, answers, themes) in id order, one short transaction per batch, so that
        replace_themes may be called while iterating."""
        last_id = 0
        while True:
            with self._transaction(writes=False) as session:
                batch = session.execute(
                    select(Reflection.id, Reflection.answers)
                    .where(Reflection.id > last_id)
                    .order_by(Reflection.id)
                    .limit(batch_size)
                ).all()
                if not batch:
                    return
                ids = [row.id for row in batch]
                themes: dict[int, Themes] = {reflection_id: [] for reflection_id in ids}
                for theme in session.execute(
                    select(ReflectionTheme.reflection_id, ReflectionTheme.theme_id, ReflectionTheme.evidence)
                    .where(ReflectionTheme.reflection_id.in_(ids))
                    .order_by(ReflectionTheme.reflection_id, ReflectionTheme.theme_id)
                ):
                    themes[theme.reflection_id].append((theme.theme_id, list(theme.evidence)))
            for row in batch:
                yield row.id, dict(row.answers), themes[row.id]
            last_id = ids[-1]

    # -- internals ----------------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, writes: bool = True) -> Iterator[Session]:
        """A session in one transaction; failures to reach the database surface as DatabaseUnavailable."""
        sessions = self._writing_sessions if writes else self._sessions
        try:
            with sessions.begin() as session:
                yield session
        except SQLAlchemyError as error:
            if db.is_unavailable(error):
                raise DatabaseUnavailable(str(error).splitlines()[0]) from error
            raise

    def _queue_reflection(self, record: ReflectionRecord) -> None:
        self.outbox.put(REFLECTION_ITEM, record.session_key, record.to_payload())
        logger.warning("Database unavailable: reflection queued in the outbox (%d queued)", self.outbox.size())

    def _write_item(self, item: OutboxItem) -> int:
        if item.kind == REFLECTION_ITEM:
            record = _checked(ReflectionRecord.from_payload(item.payload))
            return int(self._write_reflection(record) == SaveOutcome.SAVED)
        if item.kind == SAFETY_ITEM:
            return int(self._write_safety_event(item.payload))
        raise ValueError(f"unknown outbox item kind {item.kind!r}")

    def _write_reflection(self, record: ReflectionRecord) -> SaveOutcome:
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._transaction() as session:
                    _add_reflection(session, record)
                return SaveOutcome.SAVED
            except IntegrityError:
                if self._session_stored(record.session_key):
                    return SaveOutcome.DUPLICATE
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _write_safety_event(self, payload: dict) -> bool:
        monday = date.fromisoformat(payload["period_start"])
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._transaction() as session:
                    session.execute(
                        insert(safety_table).values(
                            event_key=payload["event_key"],
                            worker_id=payload["worker_id"],
                            period_start=monday,
                            period_month=facts.month_of_week(monday),
                            kind=payload["kind"],
                        )
                    )
                    cells.add(session, payload["worker_id"], cells.safety_cells(monday, payload["kind"]))
                return True
            except IntegrityError:
                if self._stored(SafetyEvent.event_key == payload["event_key"]):
                    return False  # replayed from the outbox after an earlier commit
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _session_stored(self, session_key: str) -> bool:
        return self._stored(Reflection.session_key == session_key)

    def _stored(self, condition) -> bool:  # noqa: ANN001 - a SQL condition on one table
        table = condition.left.table
        with self._transaction(writes=False) as session:
            return session.execute(select(table.c.id).where(condition)).first() is not None


def _add_reflection(session: Session, record: ReflectionRecord, *, count: bool = True) -> list[cells.CellKey]:
    """Insert one checked record with its themes and count it in the review cells (unless the caller
    counts a whole batch at once); returns the cells it counts towards."""
    reflection_id = session.execute(
        insert(reflections_table).values(
            session_key=record.session_key,
            worker_id=record.worker_id,
            period_start=record.period_start,
            team=record.team,
            checkin_score=record.checkin_score,
            wants_supervision=record.wants_supervision,
            answers=record.answers,
            codebook_version=record.codebook_version,
        )
    ).inserted_primary_key[0]
    _insert_themes(session, reflection_id, record.themes)
    report_cells = cells.reflection_cells(
        record.period_start,
        record.team,
        [theme for theme, _ in record.themes],
        record.checkin_score,
        record.wants_supervision,
    )
    if count:
        cells.add(session, record.worker_id, report_cells)
    return report_cells


def _insert_themes(session: Session, reflection_id: int, themes: Themes) -> None:
    if themes:
        session.execute(
            insert(themes_table),
            [
                {"reflection_id": reflection_id, "theme_id": theme, "evidence": list(evidence)}
                for theme, evidence in themes
            ],
        )


# -- validation ---------------------------------------------------------------------------------------


def _checked(record: ReflectionRecord) -> ReflectionRecord:
    """Validate a record before it is stored or queued, and coarsen its date to the week."""
    if not record.session_key or len(record.session_key) > 64:
        raise ValueError("session_key must be 1-64 characters")
    if record.checkin_score is not None and not 0 <= int(record.checkin_score) <= 10:
        raise ValueError(f"checkin_score must be 0-10, got {record.checkin_score}")
    if record.team is not None and len(record.team) > 64:
        raise ValueError("team must be at most 64 characters")
    if not all(isinstance(key, str) and isinstance(value, str) for key, value in record.answers.items()):
        raise ValueError("answers must map question keys to (anonymised) text")
    return ReflectionRecord(
        session_key=record.session_key,
        worker_id=_checked_worker(record.worker_id),
        period_start=week_start(record.period_start),
        answers=dict(record.answers),
        themes=_checked_themes(record.themes),
        checkin_score=None if record.checkin_score is None else int(record.checkin_score),
        wants_supervision=None if record.wants_supervision is None else bool(record.wants_supervision),
        team=record.team or None,
        codebook_version=str(record.codebook_version),
    )


def _checked_worker(worker_id: str) -> str:
    if not worker_id or len(worker_id) > 64:
        raise ValueError("worker_id must be a pseudonym of 1-64 characters")
    return worker_id


def _checked_themes(themes: Themes) -> Themes:
    """Theme ids are codebook ids; a theme listed twice keeps all of its evidence once."""
    merged: dict[str, list[str]] = {}
    for theme, evidence in themes:
        if not theme or len(theme) > 64 or facts.PAIR_SEPARATOR in theme:
            raise ValueError(f"invalid theme id {theme!r}")
        bucket = merged.setdefault(theme, [])
        bucket.extend(phrase for phrase in evidence if phrase not in bucket)
    return sorted(merged.items())
