"""Small-number suppression for the supervisor aggregates.

Primary: a cell backed by fewer than `min_group_size` distinct workers is hidden, and a group (a period, or a
period and a team) with fewer workers than that hides every cell and shows only that fact.

Secondary: published numbers are tied by equations, and an attacker may read every report at once:
- check-in bands, and supervision answers, each add up to the group's reflections;
- the weeks of a month add up to the month (a week belongs to the month of its Monday);
- the teams of a month add up to the whole service.
A hidden cell must not be computable from published ones by any combination of these equations. For every
group of linked cells we solve exactly that question (is the hidden cell's unit vector in the row space of
the equations over the unknowns?) and, while the answer is yes, hide the smallest published neighbour.

Reports are decided in a fixed order - month, then week, then month by team - and a report only ever hides
its own cells, never those of a report decided before it. So the monthly summary depends on nothing else,
every report is the same whichever is asked for first, and all of them can be read together. Zero cells are
shown as zero and treated as known. (Bounds attacks - a hidden count is at least 0 - are out of scope, as in
the usual cell-suppression practice.)
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

import numpy as np

from peer_reflect.storage import facts


class Level(NamedTuple):
    period: str  # "week" | "month"
    by_team: bool


MONTH = Level("month", False)
WEEK = Level("week", False)
MONTH_BY_TEAM = Level("month", True)
# Decision order; each level is decided knowing every level before it.
LEVELS: tuple[Level, ...] = (MONTH, WEEK, MONTH_BY_TEAM)
PARENT = {WEEK: MONTH, MONTH_BY_TEAM: MONTH}

GroupKey = tuple[date, "str | None"]  # (period start, team); team None = no team, or the whole service
CellKey = tuple[str, str]  # (metric, key), e.g. ("theme", "boundaries")
CellRef = tuple[Level, date, "str | None", str, str]

GROUP_TOTAL: CellKey = (facts.REFLECTIONS, facts.ALL_KEY)
PARTITIONED_METRICS = (facts.CHECKIN, facts.SUPERVISION)  # each adds up to the group's reflections


@dataclass(frozen=True)
class Cell:
    count: int
    workers: int


RawTable = dict[GroupKey, dict[CellKey, Cell]]


@dataclass
class Decision:
    """Which groups and cells of one level are hidden."""

    too_small: set[GroupKey] = field(default_factory=set)
    hidden: set[tuple[GroupKey, CellKey]] = field(default_factory=set)

    def is_hidden(self, group: GroupKey, key: CellKey) -> bool:
        return group in self.too_small or (group, key) in self.hidden


def levels_needed(target: Level) -> list[Level]:
    """The target level and every level decided before it."""
    if target not in LEVELS:
        raise ValueError(f"no report for {target}; team breakdowns are monthly")
    return list(LEVELS[: LEVELS.index(target) + 1])


def decide(tables: dict[Level, RawTable], min_group_size: int) -> dict[Level, Decision]:
    """Suppression decisions for the given levels, which must be a prefix of LEVELS."""
    levels = [level for level in LEVELS if level in tables]
    if tuple(levels) != LEVELS[: len(levels)]:
        raise ValueError("levels must be decided in order: month, week, month by team")
    cells: dict[CellRef, Cell] = {}
    for level in levels:
        for (start, team), group_cells in tables[level].items():
            for (metric, key), cell in group_cells.items():
                if cell.count > 0:
                    cells[(level, start, team, metric, key)] = cell
    hidden: set[CellRef] = set()
    equations: list[list[tuple[CellRef, int]]] = []
    decisions: dict[Level, Decision] = {}
    for level in levels:
        decision = _primary(tables[level], min_group_size)
        hidden |= {(level, start, team, metric, key) for (start, team), (metric, key) in decision.hidden}
        hidden |= {ref for ref in cells if ref[0] == level and (ref[1], ref[2]) in decision.too_small}
        new_equations = list(_equations(level, tables))
        equations += new_equations
        _protect(level, cells, equations, new_equations, hidden)
        decision.hidden = {((ref[1], ref[2]), (ref[3], ref[4])) for ref in hidden if ref[0] == level}
        decisions[level] = decision
    return decisions


def _primary(table: RawTable, min_group_size: int) -> Decision:
    too_small = {
        group for group, cells in table.items() if cells.get(GROUP_TOTAL, Cell(0, 0)).workers < min_group_size
    }
    hidden = {
        (group, key)
        for group, cells in table.items()
        for key, cell in cells.items()
        if group in too_small or cell.workers < min_group_size
    }
    return Decision(too_small=too_small, hidden=hidden)


def _equations(level: Level, tables: dict[Level, RawTable]) -> Iterable[list[tuple[CellRef, int]]]:
    """Equations (cell, coefficient) summing to zero that first involve `level` cells."""
    for (start, team), group_cells in tables[level].items():
        total = (level, start, team, *GROUP_TOTAL)
        for metric in PARTITIONED_METRICS:
            parts = [(level, start, team, metric, key) for (m, key) in group_cells if m == metric]
            yield [(total, 1)] + [(part, -1) for part in parts]
    parent = PARENT.get(level)
    if parent is None:
        return
    children: dict[CellRef, list[CellRef]] = defaultdict(list)
    for (start, team), group_cells in tables[level].items():
        parent_start, parent_team = _parent_group(level, start, team)
        for metric, key in group_cells:
            children[(parent, parent_start, parent_team, metric, key)].append((level, start, team, metric, key))
    for total, parts in children.items():
        yield [(total, 1)] + [(part, -1) for part in parts]


def _parent_group(level: Level, start: date, team: str | None) -> GroupKey:
    if level == WEEK:
        return (facts.month_of_week(start), None)
    return (start, None)  # MONTH_BY_TEAM -> the whole service that month


def _protect(
    level: Level,
    cells: dict[CellRef, Cell],
    equations: list[list[tuple[CellRef, int]]],
    new_equations: list[list[tuple[CellRef, int]]],
    hidden: set[CellRef],
) -> None:
    """Hide `level` cells until no hidden cell can be computed from the published ones."""
    for component in _components(equations, new_equations, cells):
        _protect_component(level, cells, component, hidden)


def _components(
    equations: list[list[tuple[CellRef, int]]],
    new_equations: list[list[tuple[CellRef, int]]],
    cells: dict[CellRef, Cell],
) -> Iterable[list[list[tuple[CellRef, int]]]]:
    """Groups of equations linked by shared non-zero cells, among those touched by the new equations."""
    parent: dict[CellRef, CellRef] = {}

    def find(ref: CellRef) -> CellRef:
        while parent.setdefault(ref, ref) != ref:
            parent[ref] = parent[parent[ref]]
            ref = parent[ref]
        return ref

    live = [[(ref, sign) for ref, sign in equation if ref in cells] for equation in equations]
    live = [equation for equation in live if equation]
    for equation in live:
        first = find(equation[0][0])
        for ref, _ in equation[1:]:
            parent[find(ref)] = first
    touched = {find(ref) for equation in new_equations for ref, _ in equation if ref in cells}
    grouped: dict[CellRef, list[list[tuple[CellRef, int]]]] = defaultdict(list)
    for equation in live:
        root = find(equation[0][0])
        if root in touched:
            grouped[root].append(equation)
    return grouped.values()


def _protect_component(
    level: Level, cells: dict[CellRef, Cell], equations: list[list[tuple[CellRef, int]]], hidden: set[CellRef]
) -> None:
    while True:
        exposed = _exposed(equations, hidden)
        if not exposed:
            return
        victim = _choose_victim(level, cells, equations, hidden, exposed)
        if victim is None:
            # Cannot happen while earlier levels are safe on their own; hide the whole level here rather
            # than publish a computable cell.
            hidden.update(ref for equation in equations for ref, _ in equation if ref[0] == level)
            return
        hidden.add(victim)


def _exposed(equations: Sequence[list[tuple[CellRef, int]]], hidden: set[CellRef]) -> list[CellRef]:
    """Hidden cells whose value follows from the equations and the published cells."""
    unknowns = sorted({ref for equation in equations for ref, _ in equation if ref in hidden}, key=_order)
    if not unknowns:
        return []
    if len(equations) == 1:
        return unknowns if len(unknowns) == 1 else []
    column = {ref: index for index, ref in enumerate(unknowns)}
    matrix = np.zeros((len(equations), len(unknowns)))
    for row, equation in enumerate(equations):
        for ref, sign in equation:
            if ref in column:
                matrix[row, column[ref]] = sign
    # A cell is determined iff its unit vector lies in the row space: its row of the null-space basis is 0.
    _, singular, vt = np.linalg.svd(matrix)
    rank = int((singular > 1e-9).sum())
    null_basis = vt[rank:]
    if null_basis.shape[0] == 0:
        return unknowns
    determined = np.abs(null_basis).max(axis=0) < 1e-9
    return [ref for ref, flag in zip(unknowns, determined) if flag]


def _choose_victim(
    level: Level,
    cells: dict[CellRef, Cell],
    equations: list[list[tuple[CellRef, int]]],
    hidden: set[CellRef],
    exposed: list[CellRef],
) -> CellRef | None:
    """The smallest published cell of this level sharing an equation with an exposed cell, preferring one
    that stays hidden itself once hidden."""
    target = set(exposed)
    near = {ref for equation in equations if any(r in target for r, _ in equation) for ref, _ in equation}
    anywhere = {ref for equation in equations for ref, _ in equation}
    for pool in (near, anywhere):
        candidates = sorted(
            (ref for ref in pool if ref[0] == level and ref not in hidden),
            key=lambda ref: (cells[ref].count, cells[ref].workers, _order(ref)),
        )
        for candidate in candidates:
            hidden.add(candidate)  # trial in place: copying the whole hidden set per trial is slow
            stays_hidden = candidate not in _exposed(equations, hidden)
            hidden.discard(candidate)
            if stays_hidden:
                return candidate
        if candidates:
            return candidates[0]
    return None


def _order(ref: CellRef) -> tuple:
    level, start, team, metric, key = ref
    return (LEVELS.index(level), start, team or "", metric, key)
