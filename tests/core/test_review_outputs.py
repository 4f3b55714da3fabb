"""No output of the supervisor review reveals a cell below the suppression threshold, directly or by
subtraction: the `review summary` table/CSV/JSON, `review trends`, the `review export` files, the chart
data written beside the PNG charts, and the dashboard's pages and CSV downloads - read all together.

1,000 reflections from 40 pseudonymous workers over six months (the last month has only three workers),
with themes carried by only one to four workers. Every number any output shows is collected as a claim
about a report cell (or, for the heatmap, about a sum of cells over periods); then:
- every claim is true, and rests on at least K workers (or is a zero);
- no claim concerns a rare theme with anything but zero;
- against every additive relation between cells (bands and answers add up to the reflections, weeks add
  up to their month, teams to the whole service, period sums to their periods) no hidden cell is the only
  unknown in a relation, and no hidden cell is determined by all of them together (exact linear algebra);
- no output contains a pseudonymous id or anything else identifying a worker.
"""
from __future__ import annotations

import csv
import io
import json
import random
import re
from collections import defaultdict
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from peer_reflect.review.aggregates import fetch_level
from peer_reflect.review.suppression import MONTH, MONTH_BY_TEAM, WEEK
from peer_reflect.settings import get_settings
from peer_reflect.storage import ReflectionRecord, Store
from peer_reflect.storage.db import dispose_engine

K = 5
WORKERS = 40
COMMON = ["boundaries", "connection", "emotional_load", "hope_recovery", "role_clarity", "self_disclosure",
          "staff_relations", "support", "peer_drift", "lifeworld"]
RARE = {"power_coercion": 1, "expert_by_experience": 2, "discretion": 3, "interdisciplinary_professional": 4}
RARE_PHRASE = "rare-evidence-phrase"
FIRST_DAY, BUSY_DAYS = date(2024, 1, 1), 150  # January to May
QUIET_MONTH = date(2024, 6, 1)  # June: three workers only
TEAMS = ("north", "south", "east")
SENDER_IDS = [f"sender-{index}@chat" for index in range(WORKERS)]
LEVEL_OF = {("month", False): MONTH, ("week", False): WEEK, ("month", True): MONTH_BY_TEAM}


def worker(index: int) -> str:
    return f"{index * 7919:064x}"


def seeded_records() -> list[ReflectionRecord]:
    rnd = random.Random(2024)
    team_of = {i: TEAMS[0] if i < 14 else TEAMS[1] if i < 27 else TEAMS[2] if i < 36 else None for i in range(WORKERS)}
    carriers = {theme: set(rnd.sample(range(WORKERS), count)) for theme, count in RARE.items()}
    records = []
    for index in range(994):
        who = rnd.randrange(WORKERS)
        themes = {theme: [f"{theme} phrase"] for theme in rnd.sample(COMMON, rnd.choice([0, 1, 2, 2, 3]))}
        if "boundaries" in themes and rnd.random() < 0.6:
            themes["connection"] = ["we sat together"]
        for theme, who_carries in carriers.items():
            if who in who_carries and rnd.random() < 0.35:
                themes[theme] = [RARE_PHRASE]
        records.append(ReflectionRecord(
            session_key=f"s-{index}", worker_id=worker(who),
            period_start=FIRST_DAY + timedelta(days=rnd.randrange(BUSY_DAYS)),
            answers={"moment": f"[PERSON_1] asked again ({SENDER_IDS[who]})"}, themes=sorted(themes.items()),
            checkin_score=rnd.choice([None, *range(11)]), wants_supervision=rnd.choice([None, True, False, False]),
            team=team_of[who],
        ))
    for index in range(6):
        records.append(ReflectionRecord(
            # From Monday 3 June: a week belongs to the month of its Monday.
            session_key=f"quiet-{index}", worker_id=worker(index % 3),
            period_start=QUIET_MONTH + timedelta(days=2 + index * 3),
            answers={}, themes=[("support", ["quiet phrase"])], checkin_score=5, team="north",
        ))
    return records


# -- the outputs -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs")
    url = f"sqlite:///{folder / 'review.db'}"
    store = Store(url, folder / "outbox")
    store.migrate()
    store.save_many(seeded_records())
    rnd = random.Random(8)
    for _ in range(40):
        store.record_safety_event(worker(rnd.randrange(WORKERS)), rnd.choice(["self", "service_user", "others"]),
                                  FIRST_DAY + timedelta(days=rnd.randrange(BUSY_DAYS)))
    yield store, folder
    dispose_engine(url)


@pytest.fixture(scope="module")
def outputs(seeded, tmp_path_factory) -> dict:
    """Every output, produced the way a supervisor or operator gets it."""
    store, folder = seeded
    mp = pytest.MonkeyPatch()
    mp.setenv("DATABASE_URL", store.database_url)
    mp.setenv("OUTBOX_DIR", str(folder / "outbox"))
    mp.setenv("MIN_GROUP_SIZE", str(K))
    get_settings.cache_clear()
    try:
        return _collect(store, folder)
    finally:
        mp.undo()
        get_settings.cache_clear()


def _capture(main, argv: list[str]) -> str:  # noqa: ANN001 - a main(argv) -> int
    import contextlib

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")  # peer-reflect reconfigures stdout, so a real text stream
    with contextlib.redirect_stdout(stream):
        assert main(argv) == 0, argv
    stream.flush()
    return raw.getvalue().decode("utf-8")


SCOPES = [  # (period, by_team, team, since, until)
    ("month", False, None, None, None),
    ("week", False, None, None, None),
    ("month", True, None, None, None),
    ("month", False, "north", None, None),
    ("week", False, None, "2024-02-10", "2024-04-20"),
    ("month", True, None, "2024-03-01", "2024-06-30"),
]


def _args(period: str, by_team: bool, team, since, until) -> list[str]:  # noqa: ANN001
    args = ["--period", period] + (["--by-team"] if by_team else []) + (["--team", team] if team else [])
    return args + (["--since", since] if since else []) + (["--until", until] if until else [])


def _collect(store: Store, folder: Path) -> dict:
    from peer_reflect.cli import main as peer_reflect
    from peer_reflect.dashboard.cli import main as dashboard_cli

    out: dict = defaultdict(list)
    for scope in SCOPES:
        level = LEVEL_OF[(scope[0], scope[1] or scope[2] is not None)]
        args = _args(*scope)
        for fmt in ("", "--json", "--csv"):
            text = _capture(peer_reflect, ["review", "summary", *args, *([fmt] if fmt else [])])
            out["summary"].append((level, fmt or "table", text))
            text = _capture(dashboard_cli, ["review", "trends", *args, *([fmt] if fmt else [])])
            out["trends"].append((level, fmt or "table", text))
    export_dir = folder / "export"
    _capture(dashboard_cli, ["review", "export", "--out", str(export_dir)])
    for path in sorted(export_dir.iterdir()):
        out["export"].append((path.name, path.read_text(encoding="utf-8")))
    for name, scope in (("month", SCOPES[0]), ("week", SCOPES[1]), ("north", SCOPES[3])):
        chart_dir = folder / f"charts-{name}"
        args = [a for a in _args(*scope) if a != "--by-team"]
        _capture(dashboard_cli, ["review", "charts", "--out", str(chart_dir), *args])
        level = LEVEL_OF[(scope[0], scope[2] is not None)]
        assert {p.name for p in chart_dir.glob("*.png")} >= {"trends.png", "checkin.png"}
        out["charts"].append((level, scope[2], json.loads((chart_dir / "charts-data.json").read_text())))
    out.update(_dashboard_outputs(store))
    return dict(out)


def _dashboard_outputs(store: Store) -> dict:
    from peer_reflect.dashboard.app import Dashboard, DashboardConfig
    from peer_reflect.dashboard.auth import Accounts

    Accounts(store.engine).create("supervisor", "a long enough passphrase")
    app = Dashboard(Store(store.database_url), DashboardConfig(min_group_size=K, show_excerpts=True))
    client = _Client(app)
    client.login("supervisor", "a long enough passphrase")
    pages, downloads = [], []
    views = [{}, {"period": "week"}, *({"team": team} for team in TEAMS),
             {"period": "week", "since": "2024-02-10", "until": "2024-04-20"},
             {"since": "2024-02-01", "until": "2024-06-30"}, {"period": "week", "team": "south"}]
    for query in views:
        page = client.get("/", query)
        assert page.status == 200
        level = MONTH_BY_TEAM if query.get("team") else LEVEL_OF[(query.get("period", "month"), False)]
        pages.append((level, query.get("team"), page.body.decode()))
        download = client.get("/download.csv", query)
        assert download.status == 200
        downloads.append((level, download.body.decode()))
    return {"pages": pages, "downloads": downloads}


class _Client:
    def __init__(self, app) -> None:  # noqa: ANN001
        self.app, self.cookies = app, {}

    def _send(self, method: str, path: str, query: dict, body: bytes = b"", form: bool = False):
        from peer_reflect.dashboard.app import Request

        headers = {"host": "127.0.0.1:8050", "cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if form:
            headers["content-type"] = "application/x-www-form-urlencoded"
        response = self.app.handle(Request(method, path, query, headers, body, "127.0.0.1"))
        for cookie in response.cookies:
            name, _, rest = cookie.partition("=")
            self.cookies[name] = rest.split(";")[0]
        return response

    def get(self, path: str, query: dict):
        return self._send("GET", path, query)

    def login(self, name: str, password: str) -> None:
        from urllib.parse import urlencode

        page = self.get("/login", {}).body.decode()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        response = self._send("POST", "/login", {}, urlencode({"csrf": csrf, "name": name, "password": password})
                              .encode(), form=True)
        assert response.status == 303


# -- reading claims back out of the outputs ---------------------------------------------------------------

Cell = tuple  # (level, period_start, team, metric, key)


class Claims:
    """Numbers the outputs show: cell -> count, shares, and sums over several periods."""

    def __init__(self) -> None:
        self.counts: dict[Cell, set[int]] = defaultdict(set)
        self.workers: dict[Cell, set[int]] = defaultdict(set)
        self.shares: list[tuple[Cell, float, float]] = []  # (cell, share, tolerance)
        self.hidden: set[Cell] = set()  # shown as suppressed
        self.too_small: set[tuple] = set()  # (level, start, team)
        self.sums: list[tuple[Cell, list[Cell], int]] = []  # (pseudo cell, parts, value)
        self.hidden_sums = 0

    def count(self, cell: Cell, value, workers=None) -> None:  # noqa: ANN001
        self.counts[cell].add(int(value))
        if workers not in (None, ""):
            self.workers[cell].add(int(workers))


def period_start(label: str) -> date:
    if "-W" in label:
        year, week = label.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    return date.fromisoformat(label + "-01")


def read_summary_json(claims: Claims, level, text: str) -> None:  # noqa: ANN001
    for group in json.loads(text)["groups"]:
        start, team = date.fromisoformat(group["period_start"]), group["team"]
        if group["too_small"]:
            assert set(group) == {"period_start", "period", "team", "too_small", "note"}
            claims.too_small.add((level, start, team))
            continue
        figures = [(("reflections", "all"), group["reflections"])]
        figures += [(("theme", t), f) for t, f in group["themes"].items()]
        figures += [(("checkin", b), f) for b, f in group["checkin"].items()]
        figures += [(("supervision", a), f) for a, f in group["supervision"].items()]
        figures += [(("pair", "|".join(item["themes"])), item) for item in group.get("cooccurrence", [])]
        figures += [(("safety", k), f) for k, f in group.get("safety", {}).items()]
        for (metric, key), figure in figures:
            cell = (level, start, team, metric, key)
            if figure.get("suppressed"):
                assert set(figure) - {"themes"} == {"suppressed"}
                claims.hidden.add(cell)
            else:
                claims.count(cell, figure["count"], figure["workers"])
                if "share" in figure:
                    whole = (level, start, team, "reflections", "all") if metric == "theme" else None
                    if whole is not None:
                        claims.shares.append((cell, figure["share"], 0.00006))


def read_summary_csv(claims: Claims, level, text: str) -> None:  # noqa: ANN001
    for row in csv.DictReader(io.StringIO(text)):
        start, team = date.fromisoformat(row["period_start"]), row["team"] or None
        if row["note"]:
            claims.too_small.add((level, start, team))
            assert row["count"] == row["workers"] == "" and row["suppressed"] == "true"
            continue
        metric = {"cooccurrence": "pair"}.get(row["metric"], row["metric"])
        key = row["key"].replace("+", "|") if metric == "pair" else row["key"]
        cell = (level, start, team, metric, key)
        if row["suppressed"] == "true":
            assert row["count"] == row["workers"] == row["share"] == ""
            claims.hidden.add(cell)
        else:
            claims.count(cell, row["count"], row["workers"])
            if row["share"] and metric == "theme":
                claims.shares.append((cell, float(row["share"]), 0.00006))


TABLE_ROWS = {"Reflections": ("reflections", "all"), "low (0-3)": ("checkin", "low"),
              "middle (4-6)": ("checkin", "middle"), "high (7-10)": ("checkin", "high"),
              "not answered": ("checkin", "none"), "self": ("safety", "self"),
              "service_user": ("safety", "service_user"), "others": ("safety", "others")}
VALUE = re.compile(r"(supp\.|<\d+ workers|-|\d+% \(\d+\)|\d+ \(\d+\)|\d+%|\d+)")


def read_table(claims: Claims, level, text: str, *, trends: bool = False) -> None:  # noqa: ANN001
    """The readable tables: periods as columns, one block per team."""
    team = None
    starts: list[date] = []
    section = ""
    for line in text.splitlines():
        if line.startswith("Team: "):
            team = None if line[6:] == "(no team)" else line[6:]
            continue
        tokens = line.split()
        if tokens and all(re.fullmatch(r"\d{4}-(W\d\d|\d\d)", t) for t in tokens[: len(tokens) - (1 if trends else 0)]) \
                and re.fullmatch(r"\d{4}-(W\d\d|\d\d)", tokens[0]):
            starts = [period_start(t) for t in tokens if t != "change"]
            continue
        if not starts or not line.strip():
            continue
        label = line.strip()
        name = label.split("  ")[0].strip()
        if not line.startswith("  "):
            section = name
        values = VALUE.findall(line[len(line) - len(line.lstrip()) + len(name):])
        if trends:
            values = values[: len(starts)]
        if len(values) != len(starts):
            continue  # a section heading
        if name in TABLE_ROWS and not (name == "not answered" and section.startswith("Asking")):
            metric, key = TABLE_ROWS[name]
        elif " + " in name:
            metric, key = "pair", "|".join(sorted(name.split(" + ")))
        elif name.startswith("Asking for supervision"):
            metric, key = "supervision", "yes"
        elif re.fullmatch(r"[a-z_]+", name):
            metric, key = "theme", name
        else:
            raise AssertionError(f"unexpected table row {label!r}")
        for start, value in zip(starts, values):
            cell = (level, start, team, metric, key)
            if value == "supp.":
                claims.hidden.add(cell)
            elif value.startswith("<") or value == "-":
                claims.too_small.add((level, start, team))
            elif metric == "supervision":
                share, workers = re.fullmatch(r"(\d+)% \((\d+)\)", value).groups()
                claims.workers[cell].add(int(workers))
            elif re.fullmatch(r"\d+% \(\d+\)", value):  # share (workers)
                share, workers = re.fullmatch(r"(\d+)% \((\d+)\)", value).groups()
                claims.workers[cell].add(int(workers))
                claims.shares.append((cell, int(share) / 100, 0.0051))
            elif re.fullmatch(r"\d+%", value):
                if value == "0%":
                    claims.count(cell, 0)
                else:
                    claims.shares.append((cell, int(value[:-1]) / 100, 0.0051))
            elif re.fullmatch(r"\d+ \(\d+\)", value):
                count, workers = re.fullmatch(r"(\d+) \((\d+)\)", value).groups()
                claims.count(cell, count, workers)
            else:
                claims.count(cell, value)


def read_trends_json(claims: Claims, level, text: str) -> None:  # noqa: ANN001
    data = json.loads(text)
    for item in data["reflections"] + data["themes"]:
        metric, key = ("theme", item["theme"]) if "theme" in item else ("reflections", "all")
        for point in item["points"]:
            cell = (level, date.fromisoformat(point["period_start"]), item["team"], metric, key)
            if point.get("too_small"):
                claims.too_small.add(cell[:3])
            elif point.get("suppressed"):
                claims.hidden.add(cell)
            else:
                claims.count(cell, point["count"], point["workers"])
                if "share" in point:
                    claims.shares.append((cell, point["share"], 0.00006))


def read_trends_csv(claims: Claims, level, text: str) -> None:  # noqa: ANN001
    for row in csv.DictReader(io.StringIO(text)):
        metric, key = ("reflections", "all") if row["theme"] == "(all reflections)" else ("theme", row["theme"])
        cell = (level, date.fromisoformat(row["period_start"]), row["team"] or None, metric, key)
        if row["note"]:
            claims.too_small.add(cell[:3])
        elif row["suppressed"] == "true":
            assert row["count"] == row["workers"] == row["share"] == ""
            claims.hidden.add(cell)
        else:
            claims.count(cell, row["count"], row["workers"])
            if row["share"]:
                claims.shares.append((cell, float(row["share"]), 0.00006))


def read_chart_data(claims: Claims, level, team, data: dict) -> None:  # noqa: ANN001
    trends = data["trends"]
    for series in trends["series"]:
        for start, share, count, hidden in zip(series["period_starts"], series["shares"], series["counts"],
                                               series["suppressed"]):
            cell = (level, date.fromisoformat(start), series["team"], "theme", series["theme"])
            if hidden:
                assert share is None and count is None
                claims.hidden.add(cell)
                continue
            claims.count(cell, count)
            if share is not None:
                claims.shares.append((cell, share, 0.00006))
    for team_key, values in trends["reflections"].items():
        for start, value in zip(trends["period_starts"], values):
            if value is not None:
                claims.count((level, date.fromisoformat(start), team_key or team, "reflections", "all"), value)
    checkin = data["checkin"]
    starts = trends["period_starts"]
    for band, values in checkin["bands"].items():
        for start, value, group_team in zip(starts, values, checkin["teams"]):
            if value is not None:
                claims.count((level, date.fromisoformat(start), group_team, "checkin", band), value)
    read_cooccurrence(claims, level, data["cooccurrence"])


def read_cooccurrence(claims: Claims, level, heat: dict) -> None:  # noqa: ANN001
    if not heat["available"]:
        return
    starts = [date.fromisoformat(start) for start in heat["included_starts"]]
    assert [period_start(label) for label in heat["included"]] == starts
    themes = heat["themes"]
    for i, row in enumerate(themes):
        for j, column in enumerate(themes[: i + 1]):
            value, hidden = heat["counts"][i][j], heat["suppressed"][i][j]
            metric, key = ("theme", row) if i == j else ("pair", "|".join(sorted((row, column))))
            if hidden or value is None:
                claims.hidden_sums += 1
                continue
            parts = [(level, start, None, metric, key) for start in starts]
            claims.sums.append((("sum", level, tuple(starts), metric, key), parts, value))


class PageCells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[dict] = []
        self.texts: list[str] = []
        self._cell: dict | None = None

    def handle_starttag(self, tag, attrs) -> None:  # noqa: ANN001
        a = dict(attrs)
        if tag == "td" and "data-cell" in a:
            self._cell = {**a, "text": ""}
            self.found.append(self._cell)
        elif tag in ("g", "circle") and ("data-key" in a or "data-share" in a):
            self.found.append({"tag": tag, **a})

    def handle_endtag(self, tag) -> None:  # noqa: ANN001
        if tag == "td":
            self._cell = None

    def handle_data(self, data) -> None:  # noqa: ANN001
        if self._cell is not None:
            self._cell["text"] += data


def read_page(claims: Claims, level, team, html: str) -> None:  # noqa: ANN001
    parser = PageCells()
    parser.feed(html)
    heat_cells: dict[str, dict] = {}
    included = re.search(r'id="cooccurrence-chart"[^>]*data-included="([^"]*)"', html)
    for item in parser.found:
        if item.get("tag") == "g":
            heat_cells[item["data-key"]] = item
            continue
        if item.get("tag") == "circle":
            continue  # trend points: read with their chart's theme below
        spec = item["data-cell"]
        if spec.startswith("pairsum:"):
            continue  # the same sums as the heatmap, checked there
        metric, key = spec.split(":", 1)
        start = date.fromisoformat(item["data-period"])
        cell = (level, start, team, metric, key)
        if "too-small" in item.get("class", ""):
            claims.too_small.add(cell[:3])
        elif "supp" in item.get("class", ""):
            assert not re.search(r"\d", item["text"])
            claims.hidden.add(cell)
        else:
            claims.count(cell, item["data-count"])
            share = re.fullmatch(r"(\d+)% \((\d+)\)", item["text"].strip())
            if share:
                assert int(share.group(2)) == int(item["data-count"])
                claims.shares.append((cell, int(share.group(1)) / 100, 0.0051))
    # Trend points: one svg per theme, in page order of its data-theme attribute.
    for svg_match in re.finditer(r'<svg id="trend-\d+"[^>]*data-theme="([a-z_]+)">(.*?)</svg>', html, re.S):
        theme = svg_match.group(1)
        for start, share in re.findall(r'data-period="([\d-]+)" data-share="([\d.]+)"', svg_match.group(2)):
            claims.shares.append(((level, date.fromisoformat(start), team, "theme", theme), float(share), 0.00006))
    if heat_cells:
        assert included, "the heatmap says which periods it sums"
        starts = [date.fromisoformat(start) for start in included.group(1).split(",")]
        for key, item in heat_cells.items():
            metric = "pair" if "|" in key else "theme"
            if "data-count" not in item:
                claims.hidden_sums += 1
                continue
            parts = [(level, start, None, metric, key) for start in starts]
            claims.sums.append((("sum", level, tuple(starts), metric, key), parts, int(item["data-count"])))


# -- what is true -----------------------------------------------------------------------------------------


def truth(store: Store) -> tuple[dict[Cell, int], dict[Cell, int], dict[tuple, int]]:
    """Real counts and distinct workers of every non-empty cell, and every group's workers."""
    counts, workers, groups = {}, {}, {}
    for level in (MONTH, WEEK, MONTH_BY_TEAM):
        for (start, team), cells in fetch_level(store.engine, level, None, None).items():
            groups[(level, start, team)] = cells[("reflections", "all")].workers
            for (metric, key), cell in cells.items():
                counts[(level, start, team, metric, key)] = cell.count
                workers[(level, start, team, metric, key)] = cell.workers
    return counts, workers, groups


def equations(values: dict[Cell, int]) -> list[list[tuple[Cell, int]]]:
    """Every additive relation between report cells, from the definitions (as in test_review.py)."""
    groups: dict[tuple, set[tuple]] = defaultdict(set)
    for level, start, team, metric, key in values:
        groups[(level, start, team)].add((metric, key))
    result = []
    for (level, start, team), keys in groups.items():
        for metric in ("checkin", "supervision"):
            parts = [(level, start, team, metric, key) for m, key in keys if m == metric]
            result.append([((level, start, team, "reflections", "all"), 1)] + [(part, -1) for part in parts])
    sums: dict[Cell, list[Cell]] = defaultdict(list)
    for cell in values:
        level, start, team, metric, key = cell
        if level == WEEK:
            sums[(MONTH, start.replace(day=1), None, metric, key)].append(cell)
        if level == MONTH_BY_TEAM:
            sums[(MONTH, start, None, metric, key)].append(cell)
    for total, parts in sums.items():
        result.append([(total, 1)] + [(part, -1) for part in parts])
    return result


def determined(unknowns: list, system: list[list[tuple]]) -> list:
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


@pytest.fixture(scope="module")
def claims(outputs: dict) -> dict[str, Claims]:
    """Claims per kind of output (so a failure names the output), and "all" of them together."""
    by_output: dict[str, Claims] = defaultdict(Claims)
    readers = {"--json": read_summary_json, "--csv": read_summary_csv, "table": read_table}
    for level, fmt, text in outputs["summary"]:
        readers[fmt](by_output[f"summary {fmt}"], level, text)
    trend_readers = {"--json": read_trends_json, "--csv": read_trends_csv,
                     "table": lambda c, lv, t: read_table(c, lv, t, trends=True)}
    for level, fmt, text in outputs["trends"]:
        trend_readers[fmt](by_output[f"trends {fmt}"], level, text)
    for name, text in outputs["export"]:
        if name == "README.txt":
            continue
        level = {"month": MONTH, "week": WEEK, "month-by-team": MONTH_BY_TEAM}[name.split("-", 1)[1].rsplit(".", 1)[0]]
        reader = {("summary", "json"): read_summary_json, ("summary", "csv"): read_summary_csv,
                  ("trends", "json"): read_trends_json, ("trends", "csv"): read_trends_csv}[
            (name.split("-")[0], name.rsplit(".", 1)[1])]
        reader(by_output["export files"], level, text)
    for level, team, data in outputs["charts"]:
        read_chart_data(by_output["chart data"], level, team, data)
    for level, team, html in outputs["pages"]:
        read_page(by_output["dashboard pages"], level, team, html)
    for level, text in outputs["downloads"]:
        read_summary_csv(by_output["dashboard CSV"], level, text)
    together = Claims()
    for name, part in by_output.items():
        for cell, values in part.counts.items():
            together.counts[cell] |= values
        for cell, values in part.workers.items():
            together.workers[cell] |= values
        together.shares += part.shares
        together.hidden |= part.hidden
        together.too_small |= part.too_small
        together.sums += part.sums
        together.hidden_sums += part.hidden_sums
    return {**by_output, "all": together}


# -- the tests --------------------------------------------------------------------------------------------


def test_the_seed_has_what_the_test_needs(seeded):
    store, _ = seeded
    counts, workers, groups = truth(store)
    assert store.count_reflections() == 1000
    assert len({r.worker_id for r in seeded_records()}) == WORKERS
    for theme, carriers in RARE.items():
        cells = [c for c in counts if c[3] == "theme" and c[4] == theme and c[0] == MONTH]
        assert cells and max(workers[c] for c in cells) <= carriers <= 4
    assert groups[(MONTH, QUIET_MONTH, None)] == 3


def test_every_output_was_read(claims: dict):
    for name in ("summary --json", "summary --csv", "summary table", "trends --json", "trends --csv",
                 "trends table", "export files", "chart data", "dashboard pages", "dashboard CSV"):
        part = claims[name]
        assert len(part.counts) > 100 and part.hidden, name
        assert (MONTH, QUIET_MONTH, None) in part.too_small or name in ("chart data",), name
    assert claims["dashboard pages"].sums and claims["chart data"].sums
    assert claims["dashboard pages"].shares and claims["trends --json"].shares


def test_every_number_shown_is_true_and_rests_on_enough_workers(claims: dict, seeded):
    store, _ = seeded
    counts, workers, groups = truth(store)
    for name, part in claims.items():
        for cell, values in part.counts.items():
            assert values == {counts.get(cell, 0)}, f"{name}: {cell} shown as {values}, is {counts.get(cell, 0)}"
            assert counts.get(cell, 0) == 0 or workers[cell] >= K, f"{name}: {cell} rests on {workers[cell]} workers"
            assert groups.get(cell[:3], 0) >= K, f"{name}: {cell} is in a group of {groups.get(cell[:3], 0)} workers"
            assert cell not in part.hidden, f"{name}: {cell} both shown and suppressed"
        for cell, values in part.workers.items():
            assert values == {workers.get(cell, 0)}, f"{name}: {cell} workers shown as {values}"
            assert workers.get(cell, 0) >= K or counts.get(cell, 0) == 0
        for cell, share, tolerance in part.shares:
            whole = cell[:3] + ("reflections", "all")
            assert abs(share - counts.get(cell, 0) / counts[whole]) <= tolerance, f"{name}: share of {cell}"
            # A share reveals the count given the total: both must be published somewhere.
            assert counts.get(cell, 0) == 0 or workers[cell] >= K
            assert whole in claims["all"].counts, f"{name}: share of {cell} shown but its total is not"
        for pseudo, parts, value in part.sums:
            assert value == sum(counts.get(p, 0) for p in parts), f"{name}: sum {pseudo}"
            for p in parts:
                assert counts.get(p, 0) == 0 or p in claims["all"].counts, f"{name}: sum {pseudo} uses hidden {p}"
        for group in part.too_small:
            assert groups[group] < K, f"{name}: {group} marked too small"


def test_rare_themes_never_show_a_number(claims: dict, outputs: dict):
    for name, part in claims.items():
        for cell, values in part.counts.items():
            if any(theme in cell[4].split("|") for theme in RARE):
                assert values == {0}, f"{name}: {cell} shown as {values}"
        for pseudo, _, value in part.sums:
            if any(theme in pseudo[4].split("|") for theme in RARE):
                assert value == 0, f"{name}: sum {pseudo}"
    for _, _, html in outputs["pages"]:
        assert RARE_PHRASE not in html  # excerpts are on, but never for a theme of fewer than K workers
        assert "quiet phrase" not in html  # nor from a month with too few workers


def test_no_hidden_cell_can_be_worked_out_from_all_outputs_together(claims: dict, seeded):
    store, _ = seeded
    counts, _, _ = truth(store)
    everything = claims["all"]
    published = {cell: next(iter(values)) for cell, values in everything.counts.items()}
    hidden = sorted((cell for cell in counts if cell not in published), key=str)
    assert len(hidden) > 200 and everything.hidden_sums > 0  # the seed exercises suppression heavily
    system = equations(counts)
    for pseudo, parts, _ in everything.sums:  # a published sum over periods is one more relation
        system.append([(pseudo, 1)] + [(part, -1) for part in parts if part in counts])
    for equation in system:
        unknown = [cell for cell, _ in equation if cell in counts and cell not in published]
        assert len(unknown) != 1, f"{unknown[0]} = total minus the published parts of {equation[0][0]}"
    assert determined(hidden, system) == []


def test_no_output_names_a_worker(outputs: dict):
    texts = [text for _, _, text in outputs["summary"] + outputs["trends"] + outputs["pages"]]
    texts += [text for _, text in outputs["export"] + outputs["downloads"]]
    texts += [json.dumps(data) for _, _, data in outputs["charts"]]
    ids = {worker(index) for index in range(WORKERS)}
    for text in texts:
        assert not re.search(r"\b[0-9a-f]{64}\b", text)
        assert not any(sender in text for sender in SENDER_IDS)
        assert not ids & set(re.findall(r"[0-9a-f]{16,}", text))
