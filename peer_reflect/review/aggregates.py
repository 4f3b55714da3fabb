"""Supervisor aggregates: counts and distinct-worker counts per period (and team), suppressed.

The counting is done by the database as reflections are written (peer_reflect.storage.cells keeps every
report cell's reflection count and distinct-worker count up to date); a summary reads the cells of the
levels it needs, decides suppression, and assembles the published figures.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Engine

from peer_reflect.review.suppression import (
    GROUP_TOTAL,
    MONTH,
    MONTH_BY_TEAM,
    WEEK,
    Cell,
    CellKey,
    Decision,
    Level,
    RawTable,
    decide,
    levels_needed,
)
from peer_reflect.settings import get_settings
from peer_reflect.storage import Store, cells, facts
from peer_reflect.storage.models import SAFETY_KINDS, ReviewCell

SAFETY = cells.SAFETY
TEAM_METRICS = (facts.REFLECTIONS, facts.THEME, facts.CHECKIN, facts.SUPERVISION)
STORED_LEVEL = {MONTH: cells.MONTH, WEEK: cells.WEEK, MONTH_BY_TEAM: cells.MONTH_TEAM}
PERIODS = ("week", "month")


@dataclass(frozen=True)
class Figure:
    """One published cell; count and workers are None when it is suppressed."""

    count: int | None
    workers: int | None
    share: float | None = None  # themes: of the group's reflections; supervision "yes": of those answering

    @property
    def suppressed(self) -> bool:
        return self.count is None


HIDDEN = Figure(None, None)


@dataclass(frozen=True)
class GroupSummary:
    period_start: date
    team: str | None  # None: no team recorded (team reports) or the whole service
    too_small: bool  # fewer than min_group_size workers: nothing else is shown
    reflections: Figure
    themes: dict[str, Figure]
    cooccurrence: dict[tuple[str, str], Figure]  # whole-service reports only
    checkin: dict[str, Figure]  # low 0-3, middle 4-6, high 7-10, none = not answered
    supervision: dict[str, Figure]  # yes, no, none = not answered; "yes" carries the share asking
    safety: dict[str, Figure]  # whole-service reports only: self, service_user, others


@dataclass(frozen=True)
class Summary:
    period: str
    by_team: bool
    min_group_size: int
    since: date | None
    until: date | None
    theme_ids: list[str]
    groups: list[GroupSummary]


def summary(
    store: Store,
    period: str = "month",
    *,
    by_team: bool = False,
    team: str | None = None,
    since: date | None = None,
    until: date | None = None,
    min_group_size: int | None = None,
) -> Summary:
    """The suppressed summary for periods from `since` to `until` (inclusive, whole periods).

    `by_team` breaks months down by team (weekly team figures would be almost all suppressed); `team`
    keeps only that team's rows of the breakdown. Suppression is decided on whole months, so a narrower
    date range or a team filter never changes a published number.
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, got {period!r}")
    by_team = by_team or team is not None
    target = Level(period, by_team)
    k = min_group_size if min_group_size is not None else get_settings().min_group_size
    if k < 1:
        raise ValueError("min_group_size must be at least 1")
    # Only Mondays are stored, so a day counts in the month of its week's Monday.
    first_month = _bucket(since, "month") if since else None
    last_month = _bucket(until, "month") if until else None
    # Earlier levels are context for the target's decisions; suppression works per month and per key, so
    # they need only the metrics the target has (a team report has no co-occurrence or safety cells).
    metrics = TEAM_METRICS if by_team else None
    tables = {
        level: fetch_level(store.engine, level, first_month, last_month, metrics=metrics)
        for level in levels_needed(target)
    }
    decision = decide(tables, k)[target]
    table = tables[target]

    def shown(start: date) -> bool:
        bucket_since = _bucket(since, period) if since else None
        bucket_until = _bucket(until, period) if until else None
        return (bucket_since is None or start >= bucket_since) and (bucket_until is None or start <= bucket_until)

    theme_ids = sorted({key for cells in table.values() for metric, key in cells if metric == facts.THEME})
    pair_keys = sorted({key for cells in table.values() for metric, key in cells if metric == facts.PAIR})
    groups = [
        _group_summary(group, table[group], decision, target, theme_ids, pair_keys)
        for group in sorted(table, key=lambda group: (group[0], group[1] or ""))
        if shown(group[0]) and (team is None or group[1] == team)
    ]
    return Summary(period, by_team, k, since, until, theme_ids, groups)


def fetch_level(
    engine: Engine, level: Level, first_month: date | None, last_month: date | None, metrics: tuple | None = None
) -> RawTable:
    """Count and distinct workers of every non-empty cell of one report level, for whole months.

    The cells are maintained as reflections are written (see peer_reflect.storage.cells), so this reads
    a few thousand rows whatever the number of reflections.
    """
    c = ReviewCell.__table__.c
    conditions = [c.level == STORED_LEVEL[level]]
    if metrics is not None:
        conditions.append(c.metric.in_(metrics))
    if first_month is not None:
        conditions.append(c.bucket >= first_month)
    if last_month is not None:
        conditions.append(c.bucket < _next_month(last_month) if level.period == "week" else c.bucket <= last_month)
    # The bucket is read raw and parsed once per distinct value: SQLite hands dates over as text, and
    # parsing tens of thousands of identical strings row by row was a fifth of a summary's time.
    query = select(type_coerce(c.bucket, String), c.team, c.metric, c.key, c.count, c.workers).where(*conditions)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    dates: dict[object, date] = {}
    table: RawTable = {}
    for bucket, team, metric, key, count, workers in rows:
        day = dates.get(bucket)
        if day is None:
            day = dates[bucket] = bucket if isinstance(bucket, date) else date.fromisoformat(bucket)
        group_team = (team or None) if level.by_team else None
        table.setdefault((day, group_team), {})[(metric, key)] = Cell(count, workers)
    return table


def _next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def _bucket(day: date, period: str) -> date:
    monday = facts.week_start(day)
    return monday if period == "week" else facts.month_of_week(monday)


def _group_summary(
    group: tuple[date, str | None],
    cells: dict[CellKey, Cell],
    decision: Decision,
    level: Level,
    theme_ids: list[str],
    pair_keys: list[str],
) -> GroupSummary:
    def figure(key: CellKey) -> Figure:
        if decision.is_hidden(group, key):
            return HIDDEN
        cell = cells.get(key, Cell(0, 0))
        return Figure(cell.count, cell.workers)

    too_small = group in decision.too_small
    total = figure(GROUP_TOTAL)

    def with_share(item: Figure, whole: int | None) -> Figure:
        if item.suppressed or not whole:
            return item
        return Figure(item.count, item.workers, item.count / whole)

    themes = {theme: with_share(figure((facts.THEME, theme)), total.count) for theme in theme_ids}
    supervision = {answer: figure((facts.SUPERVISION, answer)) for answer in facts.SUPERVISION_ANSWERS}
    yes, no = supervision["yes"], supervision["no"]
    if not yes.suppressed and not no.suppressed:
        supervision["yes"] = with_share(yes, yes.count + no.count)
    cooccurrence: dict[tuple[str, str], Figure] = {}
    safety: dict[str, Figure] = {}
    if not level.by_team:
        for key in pair_keys:
            first, second = key.split(facts.PAIR_SEPARATOR)
            cooccurrence[(first, second)] = figure((facts.PAIR, key))
        safety = {kind: figure((SAFETY, kind)) for kind in SAFETY_KINDS}
    return GroupSummary(
        period_start=group[0],
        team=group[1],
        too_small=too_small,
        reflections=total,
        themes=themes,
        cooccurrence=cooccurrence,
        checkin={band: figure((facts.CHECKIN, band)) for band in facts.CHECKIN_BANDS},
        supervision=supervision,
        safety=safety,
    )
