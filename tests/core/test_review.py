"""Supervisor aggregates: small groups are suppressed everywhere, and no output - table, JSON or CSV, alone
or read together with the other reports - lets a suppressed number be worked out by subtraction."""
from __future__ import annotations

import csv
import io
import json
import random
from collections import defaultdict
from datetime import date, timedelta

import numpy as np
import pytest

from peer_reflect.review import render_csv, render_json, render_table, summary
from peer_reflect.review.aggregates import TEAM_METRICS, fetch_level
from peer_reflect.review.suppression import MONTH, MONTH_BY_TEAM, WEEK, Cell, decide
from peer_reflect.storage import ReflectionRecord, Store, facts

K = 5
COMMON = ["boundaries", "connection", "emotional_load", "hope_recovery", "role_clarity", "self_disclosure",
          "staff_relations", "support"]
# Themes only one to four workers ever raise: every cell they are in is below the threshold.
RARE = {"power_coercion": 1, "expert_by_experience": 3, "interdisciplinary_professional": 4}
FIRST_DAY, DAYS = date(2024, 1, 1), 182  # six months
QUIET_MONTH = date(2024, 7, 1)  # only three workers reflect: the month shows nothing but that fact
REPORTS = {MONTH: ("month", False), WEEK: ("week", False), MONTH_BY_TEAM: ("month", True)}


def worker(index: int) -> str:
    return f"{index:064x}"


def seeded_records(n: int = 1000, workers: int = 40, seed: int = 11) -> list[ReflectionRecord]:
    rnd = random.Random(seed)
    team_of = {index: ("north" if index < 15 else "south" if index < 30 else "east" if index < 36 else None)
               for index in range(workers)}
    rare_workers = {theme: set(rnd.sample(range(workers), count)) for theme, count in RARE.items()}
    records = []
    for index in range(n):
        who = rnd.randrange(workers)
        themes = {theme: ["phrase"] for theme in rnd.sample(COMMON, rnd.choice([0, 1, 1, 2, 2, 3]))}
        for theme, carriers in rare_workers.items():
            if who in carriers and rnd.random() < 0.3:
                themes[theme] = ["phrase"]
        records.append(ReflectionRecord(
            session_key=f"s-{index}", worker_id=worker(who),
            period_start=FIRST_DAY + timedelta(days=rnd.randrange(DAYS)),
            answers={"moment": "[PERSON_1] asked for my number"}, themes=sorted(themes.items()),
            checkin_score=rnd.choice([None, *range(11)]), wants_supervision=rnd.choice([None, True, False, False]),
            team=team_of[who],
        ))
    for index in range(6):  # the quiet month
        records.append(ReflectionRecord(
            session_key=f"quiet-{index}", worker_id=worker(index % 3),
            period_start=QUIET_MONTH + timedelta(days=index),
            answers={}, themes=[("support", [])], checkin_score=5, team="north",
        ))
    return records


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Store:
    folder = tmp_path_factory.mktemp("review")
    store = Store(f"sqlite:///{folder / 'review.db'}", folder / "outbox")
    store.migrate()
    store.save_many(seeded_records())
    rnd = random.Random(3)
    for _ in range(12):
        store.record_safety_event(worker(rnd.randrange(40)), rnd.choice(["self", "service_user", "others"]),
                                  FIRST_DAY + timedelta(days=rnd.randrange(DAYS)))
    return store


@pytest.fixture(scope="module")
def outputs(seeded: Store) -> dict:
    result = {}
    for level, (period, by_team) in REPORTS.items():
        report = summary(seeded, period, by_team=by_team, min_group_size=K)
        result[level] = {"json": render_json(report), "csv": render_csv(report), "table": render_table(report)}
    return result


# -- what the outputs publish ----------------------------------------------------------------------------

CellId = tuple  # (level, period_start, team, metric, key)


def published_from_json(level, text: str) -> tuple[dict[CellId, int], set[tuple]]:
    """Every number a reader gets from one JSON report, by cell, and the groups shown as too small."""
    values: dict[CellId, int] = {}
    too_small = set()
    for group in json.loads(text)["groups"]:
        start, team = date.fromisoformat(group["period_start"]), group["team"]
        if group["too_small"]:
            assert set(group) == {"period_start", "period", "team", "too_small", "note"}
            too_small.add((start, team))
            continue
        figures = [(("reflections", "all"), group["reflections"])]
        figures += [(("theme", theme), figure) for theme, figure in group["themes"].items()]
        figures += [(("checkin", band), figure) for band, figure in group["checkin"].items()]
        figures += [(("supervision", answer), figure) for answer, figure in group["supervision"].items()]
        figures += [(("pair", "|".join(item["themes"])), item) for item in group.get("cooccurrence", [])]
        figures += [(("safety", kind), figure) for kind, figure in group.get("safety", {}).items()]
        for (metric, key), figure in figures:
            if not figure.get("suppressed"):
                values[(level, start, team, metric, key)] = figure["count"]
                assert figure["count"] == 0 or figure["workers"] >= K
    return values, too_small


def published_from_csv(text: str) -> dict[tuple, tuple[str, str]]:
    cells = {}
    for row in csv.DictReader(io.StringIO(text)):
        metric = {"cooccurrence": "pair"}.get(row["metric"], row["metric"])
        key = row["key"].replace("+", "|") if metric == "pair" else row["key"]
        cells[(date.fromisoformat(row["period_start"]), row["team"] or None, metric, key)] = (
            row["count"], row["workers"])
        if row["suppressed"] == "false":
            assert int(row["count"]) == 0 or int(row["workers"]) >= K
        else:
            assert row["count"] == row["workers"] == ""
    return cells


def truth(store: Store) -> dict[CellId, int]:
    """The real non-zero counts behind every report cell (what an attacker wants)."""
    values = {}
    for level in REPORTS:
        for (start, team), cells in fetch_level(store.engine, level, None, None).items():
            for (metric, key), cell in cells.items():
                values[(level, start, team, metric, key)] = cell.count
    return values


def equations(values: dict[CellId, int]) -> list[list[tuple[CellId, int]]]:
    """Every additive relation between report cells, written from the definitions, not from the code."""
    groups: dict[tuple, set[tuple]] = defaultdict(set)
    for level, start, team, metric, key in values:
        groups[(level, start, team)].add((metric, key))
    result = []
    for (level, start, team), keys in groups.items():
        for metric in ("checkin", "supervision"):  # bands and answers add up to the reflections
            parts = [(level, start, team, metric, key) for m, key in keys if m == metric]
            result.append([((level, start, team, "reflections", "all"), 1)] + [(part, -1) for part in parts])
    sums: dict[CellId, list[CellId]] = defaultdict(list)
    for cell in values:
        level, start, team, metric, key = cell
        if level == WEEK:  # weeks add up to the month of their Monday
            sums[(MONTH, start.replace(day=1), None, metric, key)].append(cell)
        if level == MONTH_BY_TEAM:  # teams add up to the whole service
            sums[(MONTH, start, None, metric, key)].append(cell)
    for total, parts in sums.items():
        result.append([(total, 1)] + [(part, -1) for part in parts])
    return result


def determined(unknowns: list[CellId], system: list[list[tuple[CellId, int]]]) -> list[CellId]:
    """Unknowns whose value follows from the equations (unit vector in the row space of the system)."""
    column = {cell: index for index, cell in enumerate(unknowns)}
    rows = [equation for equation in system if any(cell in column for cell, _ in equation)]
    matrix = np.zeros((len(rows), len(unknowns)))
    for row, equation in enumerate(rows):
        for cell, sign in equation:
            if cell in column:
                matrix[row, column[cell]] = sign
    _, singular, vt = np.linalg.svd(matrix)
    null_basis = vt[int((singular > 1e-9).sum()):]
    if null_basis.shape[0] == 0:
        return list(unknowns)
    return [cell for cell, flag in zip(unknowns, np.abs(null_basis).max(axis=0) < 1e-9) if flag]


# -- the tests ------------------------------------------------------------------------------------------


def test_the_seed_has_what_the_test_needs(seeded: Store):
    real = truth(seeded)
    assert seeded.count_reflections() == 1006
    for theme, carriers in RARE.items():
        assert any(cell[3:] == ("theme", theme) for cell in real)  # present, but carried by 1-4 workers
    assert fetch_level(seeded.engine, MONTH, None, None)[(QUIET_MONTH, None)][("reflections", "all")] == Cell(6, 3)


def test_no_published_cell_rests_on_fewer_than_k_workers(outputs: dict):
    for level, output in outputs.items():
        published_from_json(level, output["json"])  # asserts workers >= K on every published figure
        published_from_csv(output["csv"])


def test_rare_themes_never_show_a_number_anywhere(outputs: dict, seeded: Store):
    real = truth(seeded)
    for level, output in outputs.items():
        values, _ = published_from_json(level, output["json"])
        for (lvl, start, team, metric, key), count in values.items():
            if any(theme in key.split("|") for theme in RARE):
                assert count == 0, f"{metric} {key} published in {lvl}"
        for line in output["table"].splitlines():
            if any(theme in line for theme in RARE):
                assert set(line.split()[1:]) <= {"supp.", "0%"}, line
    assert sum(1 for cell in real if any(theme in cell[4] for theme in RARE)) > 10


def test_a_period_with_too_few_workers_shows_only_that_fact(outputs: dict):
    _, too_small = published_from_json(MONTH, outputs[MONTH]["json"])
    assert (QUIET_MONTH, None) in too_small
    quiet_rows = [row for row in csv.DictReader(io.StringIO(outputs[MONTH]["csv"]))
                  if row["period_start"] == QUIET_MONTH.isoformat()]
    assert quiet_rows == [{"period_start": "2024-07-01", "team": "", "metric": "reflections", "key": "all",
                           "count": "", "workers": "", "share": "", "suppressed": "true",
                           "note": f"fewer than {K} workers"}]
    reflections_row = next(line for line in outputs[MONTH]["table"].splitlines() if line.startswith("Reflections"))
    assert reflections_row.endswith(f"<{K} workers")  # July, the last column


def test_json_csv_and_table_publish_the_same_cells(outputs: dict):
    for level, output in outputs.items():
        from_json, _ = published_from_json(level, output["json"])
        from_csv = {cell: int(count) for cell, (count, _) in published_from_csv(output["csv"]).items() if count}
        assert {cell[1:]: value for cell, value in from_json.items()} == from_csv


def test_no_suppressed_cell_can_be_worked_out_from_all_reports_together(outputs: dict, seeded: Store):
    real = truth(seeded)
    published: dict[CellId, int] = {}
    for level, output in outputs.items():
        published.update(published_from_json(level, output["json"])[0])
    for cell, value in published.items():
        assert value == real.get(cell, 0)  # what is shown is true
    hidden = sorted((cell for cell in real if cell not in published), key=str)
    assert len(hidden) > 100  # the seed exercises suppression heavily
    system = equations(real)

    # Subtraction: no row, column or grand total leaves exactly one hidden non-zero cell.
    for equation in system:
        unknown = [cell for cell, _ in equation if cell in real and cell not in published]
        assert len(unknown) != 1, f"{unknown[0]} = total minus the published cells of {equation[0][0]}"
    # Any combination of totals: each hidden cell keeps at least one degree of freedom.
    assert determined(hidden, system) == []


def test_secondary_suppression_happens_and_totals_are_still_published(outputs: dict, seeded: Store):
    raw = fetch_level(seeded.engine, MONTH_BY_TEAM, None, None)
    values, _ = published_from_json(MONTH_BY_TEAM, outputs[MONTH_BY_TEAM]["json"])
    hidden_but_large = [
        (group, key) for group, cells in raw.items() for key, cell in cells.items()
        if cell.workers >= K and (MONTH_BY_TEAM, *group, *key) not in values
        and raw[group][("reflections", "all")].workers >= K
    ]
    assert hidden_but_large  # some cells are hidden only to protect another
    month_values, _ = published_from_json(MONTH, outputs[MONTH]["json"])
    assert month_values[(MONTH, date(2024, 3, 1), None, "reflections", "all")] > 100


# -- suppression rules on small hand-made tables ---------------------------------------------------------


def group_cells(**counts: tuple[int, int]) -> dict:
    """Cells from keyword names like reflections_all=(count, workers), checkin_low=..."""
    return {tuple(name.split("_", 1)): Cell(*value) for name, value in counts.items()}


def test_one_small_band_takes_the_smallest_other_band_with_it():
    month = date(2024, 3, 1)
    table = {(month, None): group_cells(
        reflections_all=(20, 10), checkin_low=(2, 2), checkin_middle=(8, 6), checkin_high=(10, 7),
        supervision_none=(20, 10),
    )}
    decision = decide({MONTH: table}, K)[MONTH]
    assert {key for _, key in decision.hidden} == {("checkin", "low"), ("checkin", "middle")}


def test_one_small_week_hides_another_week_of_the_same_month():
    weeks = [date(2024, 3, 4), date(2024, 3, 11), date(2024, 3, 18)]
    sizes = {weeks[0]: (3, 3), weeks[1]: (12, 9), weeks[2]: (30, 20)}
    week_table = {(week, None): group_cells(reflections_all=size, checkin_none=size, supervision_none=size)
                  for week, size in sizes.items()}
    month_table = {(date(2024, 3, 1), None): group_cells(
        reflections_all=(45, 25), checkin_none=(45, 25), supervision_none=(45, 25))}
    decisions = decide({MONTH: month_table, WEEK: week_table}, K)
    assert decisions[WEEK].too_small == {(weeks[0], None)}
    assert ((weeks[1], None), ("reflections", "all")) in decisions[WEEK].hidden  # the smaller of the others
    assert not decisions[MONTH].hidden  # the monthly report is untouched


def test_earlier_reports_are_decided_the_same_whoever_asks(seeded: Store):
    tables = {level: fetch_level(seeded.engine, level, None, None) for level in REPORTS}
    alone = decide({MONTH: tables[MONTH]}, K)[MONTH]
    together = decide(tables, K)
    assert together[MONTH].hidden == alone.hidden
    assert decide({MONTH: tables[MONTH], WEEK: tables[WEEK]}, K)[WEEK].hidden == together[WEEK].hidden
    # The team report reads its context levels without co-occurrence and safety cells: same decisions.
    slim = {level: fetch_level(seeded.engine, level, None, None, metrics=TEAM_METRICS) for level in REPORTS}
    assert decide(slim, K)[MONTH_BY_TEAM] == together[MONTH_BY_TEAM]


def test_narrower_ranges_and_team_filters_never_change_a_number(seeded: Store):
    full = {(g.period_start, g.team): g for g in summary(seeded, "week", min_group_size=K).groups}
    narrow = summary(seeded, "week", since=date(2024, 2, 14), until=date(2024, 3, 20), min_group_size=K)
    assert [narrow.groups[0].period_start, narrow.groups[-1].period_start] == [date(2024, 2, 12), date(2024, 3, 18)]
    for group in narrow.groups:
        same = full[(group.period_start, group.team)]
        assert (group.too_small, group.reflections, group.checkin, group.supervision, group.safety) == (
            same.too_small, same.reflections, same.checkin, same.supervision, same.safety)
        for mine, theirs in ((group.themes, same.themes), (group.cooccurrence, same.cooccurrence)):
            # The narrower report lists only keys seen in its range; every other key is a zero there.
            assert all(theirs[key] == figure for key, figure in mine.items())
            assert all(figure.count == 0 or group.too_small for key, figure in theirs.items() if key not in mine)
    teams = summary(seeded, "month", by_team=True, min_group_size=K)
    by_team = {(group.period_start, group.team): group for group in teams.groups}
    # A Saturday whose week began in the month before still brings that week along.
    assert summary(seeded, "week", since=date(2024, 3, 2), min_group_size=K).groups[0].period_start == \
        date(2024, 2, 26)
    north = summary(seeded, "month", team="north", min_group_size=K).groups
    assert north and all(group == by_team[(group.period_start, "north")] for group in north)


def test_weekly_team_breakdowns_are_refused(seeded: Store):
    with pytest.raises(ValueError, match="monthly"):
        summary(seeded, "week", by_team=True)


@pytest.mark.postgres
def test_postgresql_gives_the_same_summary_as_sqlite(postgres_url: str, sqlite_url: str, tmp_path):
    records = seeded_records(n=150, workers=12, seed=4)
    results = []
    for url in (sqlite_url, postgres_url):
        store = Store(url, tmp_path / "outbox")
        store.migrate()
        store.save_many(records)
        results.append([render_json(summary(store, period, by_team=by_team, min_group_size=3))
                        for period, by_team in REPORTS.values()])
    assert results[0] == results[1]
    assert facts.week_start(date(2024, 3, 17)) == date(2024, 3, 11)
