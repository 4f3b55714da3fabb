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
from collections.abc import Iterable
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


class Cell(NamedTuple):  # a tuple: tens of thousands are built per summary
    count: int
    workers: int


RawTable = dict[GroupKey, dict[CellKey, Cell]]
Equation = list[tuple[CellRef, int]]  # cells with coefficients +1/-1 that sum to zero


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
    components: dict[tuple, list[Equation]] = defaultdict(list)
    decisions: dict[Level, Decision] = {}
    for level in levels:
        decision = _primary(tables[level], min_group_size)
        hidden.update((level, *group, *key) for group, key in decision.hidden)
        touched = set()
        for equation in _equations(level, tables):
            live = [(ref, sign) for ref, sign in equation if ref in cells]  # zero cells are known: zero
            if live:
                component = _component_of(live[0][0])
                components[component].append(live)
                touched.add(component)
        for component in sorted(touched, key=str):
            equations = components[component]
            if any(ref in hidden for equation in equations for ref, _ in equation):
                for victim in _protect_component(level, cells, _System(equations), hidden):
                    decision.hidden.add(((victim[1], victim[2]), (victim[3], victim[4])))
        decisions[level] = decision
    return decisions


def _component_of(ref: CellRef) -> tuple:
    """Cells that can share an equation: every equation stays within one month, and links either the
    reflections, check-in bands and supervision answers (the partitions) or one theme, pair or safety key
    across groups. Solving a larger block than strictly needed is still exact."""
    level, start, _, metric, key = ref
    month = facts.month_of_week(start) if level.period == "week" else start
    return (month, "groups" if metric in (GROUP_TOTAL[0], *PARTITIONED_METRICS) else (metric, key))


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


def _equations(level: Level, tables: dict[Level, RawTable]) -> Iterable[Equation]:
    """Equations (cell, coefficient) summing to zero that first involve `level` cells."""
    for (start, team), group_cells in tables[level].items():
        total = (level, start, team, *GROUP_TOTAL)
        parts: dict[str, list[CellRef]] = {metric: [] for metric in PARTITIONED_METRICS}
        for metric, key in group_cells:
            if metric in parts:
                parts[metric].append((level, start, team, metric, key))
        for refs in parts.values():
            yield [(total, 1)] + [(part, -1) for part in refs]
    parent = PARENT.get(level)
    if parent is None:
        return
    children: dict[CellRef, list[CellRef]] = defaultdict(list)
    for (start, team), group_cells in tables[level].items():
        parent_start, parent_team = _parent_group(level, start, team)
        for metric, key in group_cells:
            children[(parent, parent_start, parent_team, metric, key)].append((level, start, team, metric, key))
    for total, refs in children.items():
        yield [(total, 1)] + [(part, -1) for part in refs]


def _parent_group(level: Level, start: date, team: str | None) -> GroupKey:
    if level == WEEK:
        return (facts.month_of_week(start), None)
    return (start, None)  # MONTH_BY_TEAM -> the whole service that month


class _System:
    """The equations of one component, indexed for the disclosure checks."""

    def __init__(self, equations: list[Equation]) -> None:
        self.equations = equations
        self.members = [tuple(ref for ref, _ in equation) for equation in equations]
        self.refs = sorted({ref for equation in equations for ref, _ in equation}, key=_order)
        self.equations_of: dict[CellRef, list[int]] = defaultdict(list)
        for index, equation in enumerate(equations):
            for ref, _ in equation:
                self.equations_of[ref].append(index)
        # A star (equations sharing one cell, otherwise disjoint: a total and its breakdowns) is solved
        # exactly by peeling; anything else also gets the linear-algebra check.
        shared = [ref for ref, found in self.equations_of.items() if len(found) > 1]
        self.peeling_is_exact = len(equations) == 1 or (
            len(shared) == 1 and len(self.equations_of[shared[0]]) == len(equations)
        )

    def exposed(self, hidden: set[CellRef]) -> list[CellRef]:
        """Hidden cells whose value follows from the equations and the published cells."""
        found = self.peel(hidden)
        if found or self.peeling_is_exact:
            return found
        return self.solve(hidden)

    def peel(self, hidden: set[CellRef]) -> list[CellRef]:
        """Cells found by repeatedly solving an equation with a single unknown (subtraction)."""
        unknown_left = [len(hidden.intersection(members)) for members in self.members]
        known: set[CellRef] = set()
        queue = [index for index, left in enumerate(unknown_left) if left == 1]
        found = []
        while queue:
            index = queue.pop()
            if unknown_left[index] != 1:
                continue
            ref = next(ref for ref, _ in self.equations[index] if ref in hidden and ref not in known)
            known.add(ref)
            found.append(ref)
            for other in self.equations_of[ref]:
                unknown_left[other] -= 1
                if unknown_left[other] == 1:
                    queue.append(other)
        return found

    def solve(self, hidden: set[CellRef]) -> list[CellRef]:
        """Exact check: a cell is determined iff its unit vector lies in the row space of the equations
        restricted to the unknowns, i.e. its row of a null-space basis is zero."""
        unknowns = [ref for ref in self.refs if ref in hidden]
        if not unknowns:
            return []
        column = {ref: index for index, ref in enumerate(unknowns)}
        matrix = np.zeros((len(self.equations), len(unknowns)))
        for row, equation in enumerate(self.equations):
            for ref, sign in equation:
                if ref in column:
                    matrix[row, column[ref]] = sign
        _, singular, vt = np.linalg.svd(matrix)
        rank = int((singular > 1e-9).sum())
        null_basis = vt[rank:]
        if null_basis.shape[0] == 0:
            return unknowns
        determined = np.abs(null_basis).max(axis=0) < 1e-9
        return [ref for ref, flag in zip(unknowns, determined) if flag]


def _protect_component(
    level: Level, cells: dict[CellRef, Cell], system: _System, hidden: set[CellRef]
) -> list[CellRef]:
    """Hide `level` cells of one component until no hidden cell follows from the rest; returns them."""
    victims: list[CellRef] = []
    while True:
        exposed = system.exposed(hidden)
        if not exposed:
            return victims
        victim = _choose_victim(level, cells, system, hidden, exposed)
        if victim is None:
            # Cannot happen while earlier levels are safe on their own; hide the whole level here rather
            # than publish a computable cell.
            rest = [ref for ref in system.refs if ref[0] == level and ref not in hidden]
            hidden.update(rest)
            return victims + rest
        hidden.add(victim)
        victims.append(victim)


def _choose_victim(
    level: Level, cells: dict[CellRef, Cell], system: _System, hidden: set[CellRef], exposed: list[CellRef]
) -> CellRef | None:
    """The smallest published cell of this level sharing an equation with an exposed cell, preferring one
    that subtraction cannot recover once hidden (the caller's loop re-checks exactly)."""
    near = {ref for cell in exposed for index in system.equations_of[cell] for ref, _ in system.equations[index]}
    for pool in (near, system.refs):
        candidates = sorted(
            (ref for ref in pool if ref[0] == level and ref not in hidden),
            key=lambda ref: (cells[ref].count, cells[ref].workers, _order(ref)),
        )
        for candidate in candidates:
            hidden.add(candidate)  # trial in place: copying the whole hidden set per trial is slow
            stays_hidden = candidate not in system.peel(hidden)
            hidden.discard(candidate)
            if stays_hidden:
                return candidate
        if candidates:
            return candidates[0]
    return None


def _order(ref: CellRef) -> tuple:
    level, start, team, metric, key = ref
    return (LEVELS.index(level), start, team or "", metric, key)
