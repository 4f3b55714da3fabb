"""Theme trends over periods, and an export of every aggregate to CSV/JSON files.

Everything here is computed from a `Summary` - the published, already suppressed figures - and never from
the database, so nothing it prints can carry more than the summary itself: a suppressed cell stays
suppressed, a period with too few workers stays empty, and a share is only shown where the summary shows it
(its count and its period's total are both published).

    trends(summary) -> Trends
    render_trends_table / render_trends_json / render_trends_csv
    export_aggregates(store, out_dir, ...) -> list[Path]     summary + trends for every report level
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peer_reflect.review.aggregates import Figure, GroupSummary, Summary, summary
from peer_reflect.review.csvsafe import SafeWriter
from peer_reflect.review.render import NO_TEAM, SUPPRESSED, period_label, render_csv, render_json

# A theme's share moving by at least this much (first to last published period) counts as a change.
CHANGE_THRESHOLD = 0.05
RISING, FALLING, STEADY, UNKNOWN = "rising", "falling", "steady", "not enough data"
TREND_CSV_COLUMNS = ("team", "theme", "period_start", "period", "count", "workers", "share", "suppressed", "note")
# What an export writes: one file per report level and format (all three are safe to read together).
EXPORT_REPORTS = (("month", "month", False), ("week", "week", False), ("month-by-team", "month", True))


@dataclass(frozen=True)
class TrendPoint:
    period_start: date
    label: str
    too_small: bool  # the whole period (or team-period) has too few workers: nothing is shown
    figure: Figure  # suppressed when hidden or too small

    @property
    def suppressed(self) -> bool:
        return self.too_small or self.figure.suppressed

    @property
    def share(self) -> float | None:
        return None if self.suppressed else self.figure.share


@dataclass(frozen=True)
class ThemeTrend:
    team: str | None
    theme: str
    points: list[TrendPoint]

    @property
    def published_shares(self) -> list[tuple[date, float]]:
        return [(p.period_start, p.share) for p in self.points if p.share is not None]

    @property
    def change(self) -> float | None:
        """Last published share minus the first (a fraction; None with fewer than two)."""
        shares = self.published_shares
        if len(shares) < 2:
            return None
        return shares[-1][1] - shares[0][1]

    @property
    def direction(self) -> str:
        change = self.change
        if change is None:
            return UNKNOWN
        if change >= CHANGE_THRESHOLD:
            return RISING
        if change <= -CHANGE_THRESHOLD:
            return FALLING
        return STEADY


@dataclass(frozen=True)
class Trends:
    period: str
    by_team: bool
    min_group_size: int
    since: date | None
    until: date | None
    teams: list[str | None]
    periods: dict[str | None, list[TrendPoint]]  # by team: each period's reflections figure
    series: list[ThemeTrend]


def trends(report: Summary) -> Trends:
    """One series per theme (and per team in a team report), one point per period of the summary."""
    teams = sorted({group.team for group in report.groups}, key=lambda team: (team is not None, team or ""))
    periods: dict[str | None, list[TrendPoint]] = {}
    series: list[ThemeTrend] = []
    for team in teams:
        groups = [group for group in report.groups if group.team == team]
        periods[team] = [_point(report, group, group.reflections) for group in groups]
        for theme in report.theme_ids:
            points = [_point(report, group, group.themes.get(theme, Figure(0, 0, 0.0))) for group in groups]
            series.append(ThemeTrend(team, theme, points))
    return Trends(report.period, report.by_team, report.min_group_size, report.since, report.until, teams,
                  periods, series)


def _point(report: Summary, group: GroupSummary, figure: Figure) -> TrendPoint:
    hidden = group.too_small or figure.suppressed
    return TrendPoint(group.period_start, period_label(group.period_start, report.period), group.too_small,
                      Figure(None, None) if hidden else figure)


def _note(trends_: Trends) -> str:
    return (f"Share of each period's reflections coding the theme. Cells backed by fewer than "
            f"{trends_.min_group_size} distinct workers, and cells that would let one be worked out, are "
            f"suppressed; the change compares the first and last published periods only.")


# -- JSON -------------------------------------------------------------------------------------------------


def trends_to_dict(trends_: Trends) -> dict:
    def point(p: TrendPoint) -> dict:
        head = {"period_start": p.period_start.isoformat(), "period": p.label}
        if p.too_small:
            return {**head, "too_small": True, "suppressed": True}
        if p.figure.suppressed:
            return {**head, "suppressed": True}
        body = {"count": p.figure.count, "workers": p.figure.workers}
        if p.figure.share is not None:
            body["share"] = round(p.figure.share, 4)
        return {**head, **body}

    return {
        "period": trends_.period,
        "by_team": trends_.by_team,
        "min_group_size": trends_.min_group_size,
        "since": trends_.since.isoformat() if trends_.since else None,
        "until": trends_.until.isoformat() if trends_.until else None,
        "note": _note(trends_),
        "reflections": [
            {"team": team, "points": [point(p) for p in trends_.periods[team]]} for team in trends_.teams
        ],
        "themes": [
            {
                "team": s.team,
                "theme": s.theme,
                "direction": s.direction,
                "change": None if s.change is None else round(s.change, 4),
                "points": [point(p) for p in s.points],
            }
            for s in trends_.series
        ],
    }


def render_trends_json(trends_: Trends) -> str:
    return json.dumps(trends_to_dict(trends_), indent=2)


# -- CSV (long format) --------------------------------------------------------------------------------------


def render_trends_csv(trends_: Trends) -> str:
    buffer = io.StringIO()
    writer = SafeWriter(buffer)
    writer.writerow(TREND_CSV_COLUMNS)
    too_small = f"fewer than {trends_.min_group_size} workers"
    rows = [(team, "(all reflections)", trends_.periods[team]) for team in trends_.teams]
    rows += [(s.team, s.theme, s.points) for s in trends_.series]
    for team, theme, points in rows:
        for p in points:
            hidden = p.suppressed
            share = "" if hidden or p.figure.share is None else f"{p.figure.share:.4f}"
            writer.writerow([
                team or "", theme, p.period_start.isoformat(), p.label,
                "" if hidden else p.figure.count, "" if hidden else p.figure.workers, share,
                str(hidden).lower(), too_small if p.too_small else "",
            ])
    return buffer.getvalue()


# -- readable table -------------------------------------------------------------------------------------


def render_trends_table(trends_: Trends) -> str:
    scope = "by team" if trends_.by_team else "whole service"
    lines = [
        f"Peer Reflect theme trends: share of reflections by {trends_.period}, {scope}",
        f'"{SUPPRESSED}" = suppressed (fewer than {trends_.min_group_size} workers, or it would let such a number '
        f'be worked out); "-" = the period has fewer than {trends_.min_group_size} workers. The change compares '
        "the first and last published periods.",
    ]
    if not trends_.teams:
        return "\n".join(lines + ["", "No reflections in this period."]) + "\n"
    for team in trends_.teams:
        points = trends_.periods[team]
        if trends_.by_team:
            lines += ["", f"Team: {team if team is not None else NO_TEAM}"]
        rows: list[tuple[str, list[str], str]] = [("", [p.label for p in points], "change")]
        rows.append(("Reflections", [_count_cell(p) for p in points], ""))
        for s in (s for s in trends_.series if s.team == team):
            change = "" if s.change is None else f"{round(s.change * 100):+d} pts {s.direction}"
            rows.append((f"  {s.theme}", [_share_cell(p) for p in s.points], change or s.direction))
        width = max(len(label) for label, _, _ in rows) + 2
        column = max(len(value) for _, values, _ in rows for value in values) + 2
        lines.append("")
        for label, values, change in rows:
            lines.append((label.ljust(width) + "".join(v.rjust(column) for v in values) + "  " + change).rstrip())
    return "\n".join(lines) + "\n"


def _count_cell(p: TrendPoint) -> str:
    if p.too_small:
        return "-"
    return SUPPRESSED if p.figure.suppressed else str(p.figure.count)


def _share_cell(p: TrendPoint) -> str:
    if p.too_small:
        return "-"
    if p.figure.suppressed:
        return SUPPRESSED
    if p.figure.share is None:  # the period's total is suppressed: a share would reveal it
        return f"{p.figure.count}"
    return f"{p.figure.share:.0%}"


# -- export ----------------------------------------------------------------------------------------------


def export_aggregates(
    store,  # noqa: ANN001 - a peer_reflect.storage.Store
    out_dir: str | Path,
    *,
    formats: tuple[str, ...] = ("csv", "json"),
    since: date | None = None,
    until: date | None = None,
    min_group_size: int | None = None,
) -> list[Path]:
    """Write the summary and the trends of every report level (month, week, month by team) as files.

    The three levels are suppressed together (each knows the ones before it), so the files may be read
    side by side without a hidden number following from them. Returns the paths written.
    """
    unknown = set(formats) - {"csv", "json"}
    if unknown or not formats:
        raise ValueError(f"formats must be csv and/or json, got {sorted(formats)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    k = None
    for name, period, by_team in EXPORT_REPORTS:
        report = summary(store, period, by_team=by_team, since=since, until=until, min_group_size=min_group_size)
        k = report.min_group_size
        trend = trends(report)
        outputs = {
            "csv": {f"summary-{name}.csv": render_csv(report), f"trends-{name}.csv": render_trends_csv(trend)},
            "json": {f"summary-{name}.json": render_json(report) + "\n",
                     f"trends-{name}.json": render_trends_json(trend) + "\n"},
        }
        for fmt in formats:
            for filename, text in outputs[fmt].items():
                path = out / filename
                path.write_text(text, encoding="utf-8")
                written.append(path)
    readme = out / "README.txt"
    readme.write_text(
        "Peer Reflect aggregates export\n\n"
        f"summary-*: reflections, themes, co-occurrence, check-in, supervision and safety counts by period.\n"
        f"trends-*: each theme's share of reflections by period.\n"
        f"Levels: month and week (whole service), month-by-team.\n\n"
        f"Small-number suppression: any cell backed by fewer than {k} distinct workers is suppressed "
        "(empty count, suppressed=true), and so is any cell that would let such a number be worked out from "
        "totals, across all files of this export. A period with too few workers shows only that fact.\n",
        encoding="utf-8",
    )
    written.append(readme)
    return written
