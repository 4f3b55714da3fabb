"""Report cells kept up to date as reflections are saved, recoded and erased.

A cell is (level, bucket, team, metric, key), e.g. ("month", 2024-03-01, "", "theme", "boundaries"). For
every cell we keep how many reflections count towards it and how many distinct workers they come from;
`review_worker_cells` holds the per-worker tallies that make the distinct count exact under deletion.
Rows are touched in sorted order so that concurrent transactions cannot deadlock on them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from sqlalchemy import (
    Column,
    Date,
    MetaData,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from peer_reflect.storage import facts
from peer_reflect.storage.models import Reflection, ReflectionTheme, ReviewCell, ReviewWorkerCell, SafetyEvent

MONTH, WEEK, MONTH_TEAM = "month", "week", "month_team"
LEVELS = (MONTH, WEEK, MONTH_TEAM)
SAFETY = "safety"
WHOLE_SERVICE = ""  # team value of whole-service levels; also "no team" in the month_team level

cells_table = ReviewCell.__table__
worker_cells_table = ReviewWorkerCell.__table__


class CellKey(NamedTuple):
    level: str
    bucket: date
    team: str
    metric: str
    key: str


def reflection_cells(
    period_start: date, team: str | None, theme_ids: Iterable[str], checkin_score: int | None,
    wants_supervision: bool | None,
) -> list[CellKey]:
    """Every cell one reflection counts towards, at every report level."""
    month = facts.month_of_week(period_start)
    cells = []
    for metric, key in facts.reflection_fact_keys(list(theme_ids), checkin_score, wants_supervision):
        cells.append(CellKey(MONTH, month, WHOLE_SERVICE, metric, key))
        cells.append(CellKey(WEEK, period_start, WHOLE_SERVICE, metric, key))
        if metric != facts.PAIR:  # co-occurrence per team would be almost all suppressed
            cells.append(CellKey(MONTH_TEAM, month, team or WHOLE_SERVICE, metric, key))
    return cells


def theme_cells(period_start: date, team: str | None, theme_ids: Iterable[str]) -> list[CellKey]:
    """The cells that depend on a reflection's themes (what recoding changes)."""
    month = facts.month_of_week(period_start)
    cells = []
    for metric, key in facts.theme_fact_keys(list(theme_ids)):
        cells.append(CellKey(MONTH, month, WHOLE_SERVICE, metric, key))
        cells.append(CellKey(WEEK, period_start, WHOLE_SERVICE, metric, key))
        if metric != facts.PAIR:
            cells.append(CellKey(MONTH_TEAM, month, team or WHOLE_SERVICE, metric, key))
    return cells


def safety_cells(period_start: date, kind: str) -> list[CellKey]:
    """Safety events count per whole service only: they carry no team."""
    return [
        CellKey(MONTH, facts.month_of_week(period_start), WHOLE_SERVICE, SAFETY, kind),
        CellKey(WEEK, period_start, WHOLE_SERVICE, SAFETY, kind),
    ]


def add(session: Session | Connection, worker_id: str, cells: Iterable[CellKey]) -> None:
    """Count one more reflection (or event) of `worker_id` in each cell."""
    _change(session, worker_id, Counter(cells), +1)


def remove(session: Session | Connection, worker_id: str, cells: Iterable[CellKey]) -> None:
    """Count one reflection (or event) of `worker_id` less in each cell."""
    _change(session, worker_id, Counter(cells), -1)


def erase_worker(session: Session | Connection, worker_id: str) -> None:
    """Take every contribution of one worker out of every cell."""
    w = worker_cells_table.c
    rows = session.execute(
        select(w.level, w.bucket, w.team, w.metric, w.key, w.n).where(w.worker_id == worker_id)
    ).all()
    tallies = Counter({CellKey(*row[:5]): row.n for row in rows})
    _change(session, worker_id, tallies, -1)


def _change(session: Session | Connection, worker_id: str, tallies: Counter, sign: int) -> None:
    """Apply `sign * tallies[cell]` reflections of one worker to each cell, in a handful of statements.

    The worker's own tallies decide whether they join (first reflection in a cell) or leave (last one) it.
    """
    if not tallies:
        return
    ordered = sorted(tallies)  # one lock order for every transaction
    mine = _existing(session, worker_id, ordered)
    joins, leaves, stays = [], [], []
    for cell in ordered:
        before = mine.get(cell, 0)
        after = before + sign * tallies[cell]
        if after < 0:
            raise ValueError(f"review cell {cell} would count {after} reflections of one worker")
        (joins if before == 0 else leaves if after == 0 else stays).append((cell, after))
    if joins:
        session.execute(
            insert(worker_cells_table), [{**cell._asdict(), "worker_id": worker_id, "n": n} for cell, n in joins]
        )
    if stays:
        tallies_now = [{**_params(cell), "cell_worker_id": worker_id, "n": n} for cell, n in stays]
        session.execute(_SET_WORKER_TALLY, tallies_now)
    if leaves:
        gone = [{**_params(cell), "cell_worker_id": worker_id} for cell, _ in leaves]
        session.execute(_DELETE_WORKER_TALLY, gone)
    joined = {cell for cell, _ in joins}
    left = {cell for cell, _ in leaves}
    changes = [
        {**cell._asdict(), "count": sign * tallies[cell], "workers": int(cell in joined) - int(cell in left)}
        for cell in ordered
    ]
    session.execute(_upsert_cells(session), changes)
    if sign < 0:
        session.execute(_DROP_EMPTY_CELL, [_params(cell) for cell in ordered])


def _existing(session: Session | Connection, worker_id: str, ordered: list[CellKey]) -> dict[CellKey, int]:
    """The worker's tallies in the buckets touched (one index range per bucket)."""
    w = worker_cells_table.c
    wanted = set(ordered)
    found: dict[CellKey, int] = {}
    buckets = sorted({cell.bucket for cell in ordered})
    for chunk in _chunks(buckets):
        for row in session.execute(
            select(w.level, w.bucket, w.team, w.metric, w.key, w.n)
            .where(w.worker_id == worker_id, w.bucket.in_(chunk))
        ):
            cell = CellKey(*row[:5])
            if cell in wanted:
                found[cell] = row.n
    return found


def _upsert_cells(session: Session | Connection):  # noqa: ANN202 - a dialect-specific INSERT
    """INSERT ... ON CONFLICT DO UPDATE adding the deltas (SQLite 3.24+ and PostgreSQL): no read first, and
    two transactions creating the same cell cannot collide."""
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(cells_table)
    return statement.on_conflict_do_update(
        index_elements=list(CellKey._fields),
        set_={
            "count": cells_table.c.count + statement.excluded.count,
            "workers": cells_table.c.workers + statement.excluded.workers,
        },
    )


def _chunks(items: list, size: int = 200) -> Iterable[list]:
    # Keep each IN list well below SQLite's bound-parameter limit.
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _params(cell: CellKey) -> dict:
    # Prefixed: SQLAlchemy reserves column names for the SET clause of an UPDATE.
    return {f"cell_{name}": value for name, value in cell._asdict().items()}


def _matches(table: Table):  # noqa: ANN202 - a SQL condition with bound parameters
    c = table.c
    return and_(*(c[name] == bindparam(f"cell_{name}") for name in CellKey._fields))


# Built once: executed many times with parameter lists (executemany), compiled once per process.
_SET_WORKER_TALLY = (
    update(worker_cells_table)
    .where(_matches(worker_cells_table), worker_cells_table.c.worker_id == bindparam("cell_worker_id"))
    .values(n=bindparam("n"))
)
_DELETE_WORKER_TALLY = delete(worker_cells_table).where(
    _matches(worker_cells_table), worker_cells_table.c.worker_id == bindparam("cell_worker_id")
)
_DROP_EMPTY_CELL = delete(cells_table).where(_matches(cells_table), cells_table.c.count <= 0)


# -- rebuilding from the stored reflections ------------------------------------------------------------

_staging_metadata = MetaData()
# One row per (reflection or safety event, metric, key): what the database then counts for every level.
staging_table = Table(
    "review_staging",
    _staging_metadata,
    Column("metric", String(16)),
    Column("key", String(140)),
    Column("worker_id", String(64)),
    Column("period_start", Date),
    Column("period_month", Date),
    Column("team", String(64)),
    prefixes=["TEMPORARY"],
)


def rebuild(connection: Connection, batch_size: int = 2000) -> None:
    """Recompute both tables from reflections, themes and safety events (inside the caller's transaction).

    Deliberately a second derivation of the levels, in SQL, so that a test comparing it with the
    incremental path catches a mistake in either.
    """
    staging_table.create(connection)
    for rows in _staging_rows(connection, batch_size):
        connection.execute(insert(staging_table), rows)
    aggregate_staging(connection)
    # On an error the caller's rollback discards the temporary table with everything else.
    staging_table.drop(connection)


def _staging_rows(connection: Connection, batch_size: int) -> Iterable[list[dict]]:
    r, t = Reflection.__table__.c, ReflectionTheme.__table__.c
    last_id = 0
    while True:
        batch = connection.execute(
            select(r.id, r.worker_id, r.period_start, r.team, r.checkin_score, r.wants_supervision)
            .where(r.id > last_id)
            .order_by(r.id)
            .limit(batch_size)
        ).all()
        if not batch:
            break
        themes: dict[int, list[str]] = {row.id: [] for row in batch}
        for reflection_id, theme_id in connection.execute(
            select(t.reflection_id, t.theme_id).where(t.reflection_id.in_(list(themes)))
        ):
            themes[reflection_id].append(theme_id)
        yield [
            _staging_row(metric, key, row.worker_id, row.period_start, row.team)
            for row in batch
            for metric, key in facts.reflection_fact_keys(themes[row.id], row.checkin_score, row.wants_supervision)
        ]
        last_id = batch[-1].id
    s = SafetyEvent.__table__.c
    events = connection.execute(select(s.worker_id, s.period_start, s.kind)).all()
    if events:
        yield [_staging_row(SAFETY, kind, worker, monday, None) for worker, monday, kind in events]


def _staging_row(metric: str, key: str, worker_id: str, monday: date, team: str | None) -> dict:
    return {
        "metric": metric, "key": key, "worker_id": worker_id, "period_start": monday,
        "period_month": facts.month_of_week(monday), "team": team,
    }


def aggregate_staging(connection: Connection) -> None:
    """Replace both tables with the counts of the rows in the staging table, for every level."""
    connection.execute(delete(cells_table))
    connection.execute(delete(worker_cells_table))
    s = staging_table.c
    whole = literal(WHOLE_SERVICE, String)
    team = func.coalesce(s.team, whole)
    # (level, bucket, team, condition); a constant team is selected but not grouped by (PostgreSQL refuses).
    levels = [
        (MONTH, s.period_month, None, None),
        (WEEK, s.period_start, None, None),
        # Per team: no co-occurrence (almost all suppressed) and no safety events (they carry no team).
        (MONTH_TEAM, s.period_month, team, s.metric.notin_([facts.PAIR, SAFETY])),
    ]
    columns = ["level", "bucket", "team", "metric", "key", "worker_id", "n"]
    for level, bucket, by_team, condition in levels:
        grouped = [bucket, *([by_team] if by_team is not None else []), s.metric, s.key, s.worker_id]
        query = select(
            literal(level, String), bucket, by_team if by_team is not None else whole,
            s.metric, s.key, s.worker_id, func.count(),
        ).group_by(*grouped)
        if condition is not None:
            query = query.where(condition)
        connection.execute(insert(worker_cells_table).from_select(columns, query))
    w = worker_cells_table.c
    cell_columns = [w.level, w.bucket, w.team, w.metric, w.key]
    connection.execute(
        insert(cells_table).from_select(
            ["level", "bucket", "team", "metric", "key", "count", "workers"],
            select(*cell_columns, func.sum(w.n), func.count()).group_by(*cell_columns),
        )
    )
