"""Summary output for people (a table) and machines (JSON, CSV). Suppressed cells carry no number.

All three render the same published figures; a suppressed cell is marked the same way whatever the reason,
so the marker itself says nothing about how small the hidden number is.
"""
from __future__ import annotations

import io
import json
from datetime import date

from peer_reflect.review.aggregates import Figure, GroupSummary, Summary
from peer_reflect.review.csvsafe import SafeWriter

SUPPRESSED = "supp."
CHECKIN_LABELS = {"low": "low (0-3)", "middle": "middle (4-6)", "high": "high (7-10)", "none": "not answered"}
CSV_COLUMNS = ("period_start", "team", "metric", "key", "count", "workers", "share", "suppressed", "note")
NO_TEAM = "(no team)"


def period_label(start: date, period: str) -> str:
    if period == "month":
        return start.strftime("%Y-%m")
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}"


def too_small_note(summary: Summary) -> str:
    return f"fewer than {summary.min_group_size} workers"


# -- JSON ---------------------------------------------------------------------------------------------


def summary_to_dict(summary: Summary) -> dict:
    return {
        "period": summary.period,
        "by_team": summary.by_team,
        "min_group_size": summary.min_group_size,
        "since": summary.since.isoformat() if summary.since else None,
        "until": summary.until.isoformat() if summary.until else None,
        "note": (
            f"Cells backed by fewer than {summary.min_group_size} distinct workers, and cells that would let "
            "one be worked out from totals, are suppressed."
        ),
        "groups": [_group_dict(summary, group) for group in summary.groups],
    }


def _figure_dict(figure: Figure) -> dict:
    if figure.suppressed:
        return {"suppressed": True}
    result = {"count": figure.count, "workers": figure.workers}
    if figure.share is not None:
        result["share"] = round(figure.share, 4)
    return result


def _group_dict(summary: Summary, group: GroupSummary) -> dict:
    head = {
        "period_start": group.period_start.isoformat(),
        "period": period_label(group.period_start, summary.period),
        "team": group.team,
        "too_small": group.too_small,
    }
    if group.too_small:
        return {**head, "note": too_small_note(summary)}
    body = {
        "reflections": _figure_dict(group.reflections),
        "themes": {theme: _figure_dict(figure) for theme, figure in group.themes.items()},
        "checkin": {band: _figure_dict(figure) for band, figure in group.checkin.items()},
        "supervision": {answer: _figure_dict(figure) for answer, figure in group.supervision.items()},
    }
    if not summary.by_team:
        body["cooccurrence"] = [
            {"themes": list(pair), **_figure_dict(figure)} for pair, figure in group.cooccurrence.items()
        ]
        body["safety"] = {kind: _figure_dict(figure) for kind, figure in group.safety.items()}
    return {**head, **body}


def render_json(summary: Summary) -> str:
    return json.dumps(summary_to_dict(summary), indent=2)


# -- CSV (long format: one published or suppressed cell per row) ---------------------------------------


def render_csv(summary: Summary) -> str:
    buffer = io.StringIO()
    writer = SafeWriter(buffer)
    writer.writerow(CSV_COLUMNS)
    for group in summary.groups:
        start, team = group.period_start.isoformat(), group.team or ""
        if group.too_small:
            writer.writerow([start, team, "reflections", "all", "", "", "", "true", too_small_note(summary)])
            continue
        for metric, key, figure in _cells(group):
            share = "" if figure.share is None else f"{figure.share:.4f}"
            count = "" if figure.suppressed else figure.count
            workers = "" if figure.suppressed else figure.workers
            writer.writerow([start, team, metric, key, count, workers, share, str(figure.suppressed).lower(), ""])
    return buffer.getvalue()


def _cells(group: GroupSummary) -> list[tuple[str, str, Figure]]:
    rows = [("reflections", "all", group.reflections)]
    rows += [("theme", theme, figure) for theme, figure in group.themes.items()]
    rows += [("checkin", band, figure) for band, figure in group.checkin.items()]
    rows += [("supervision", answer, figure) for answer, figure in group.supervision.items()]
    rows += [("cooccurrence", f"{a}+{b}", figure) for (a, b), figure in group.cooccurrence.items()]
    rows += [("safety", kind, figure) for kind, figure in group.safety.items()]
    return rows


# -- readable table (periods as columns, one block per team) --------------------------------------------


def render_table(summary: Summary) -> str:
    scope = "by team" if summary.by_team else "whole service"
    lines = [
        f"Peer Reflect review: by {summary.period}, {scope}",
        f'"{SUPPRESSED}" = suppressed: fewer than {summary.min_group_size} workers, or it would let such a '
        f'number be worked out. "<{summary.min_group_size} workers": nothing is shown for that period. '
        "Cells show count (workers).",
    ]
    if not summary.groups:
        return "\n".join(lines + ["", "No reflections in this period."]) + "\n"
    teams = sorted({group.team for group in summary.groups}, key=lambda team: (team is not None, team or ""))
    for team in teams:
        groups = [group for group in summary.groups if group.team == team]
        if summary.by_team:
            lines += ["", f"Team: {team if team is not None else NO_TEAM}"]
        lines += [""] + _block(summary, groups)
    return "\n".join(lines) + "\n"


def _block(summary: Summary, groups: list[GroupSummary]) -> list[str]:
    labels = [period_label(group.period_start, summary.period) for group in groups]
    rows: list[tuple[str, list[str]]] = [("", labels)]

    def add(label: str, pick) -> None:  # noqa: ANN001 - GroupSummary -> str
        rows.append((label, ["" if group.too_small else pick(group) for group in groups]))

    too_few = f"<{summary.min_group_size} workers"  # the whole period (or team) is too small to show
    rows.append(("Reflections", [too_few if group.too_small else _count(group.reflections) for group in groups]))
    rows.append(("Themes (% of reflections)", [""] * len(groups)))
    for theme in summary.theme_ids:
        add(f"  {theme}", lambda group, theme=theme: _share(group.themes.get(theme)))
    rows.append(("Check-in", [""] * len(groups)))
    for band, label in CHECKIN_LABELS.items():
        add(f"  {label}", lambda group, band=band: _count(group.checkin[band]))
    add("Asking for supervision", lambda group: _supervision(group.supervision))
    if not summary.by_team:
        rows.append(("Safety events", [""] * len(groups)))
        for kind in ("self", "service_user", "others"):
            add(f"  {kind}", lambda group, kind=kind: _count(group.safety[kind]))
        pairs = sorted(
            pair
            for group in groups
            if not group.too_small
            for pair, figure in group.cooccurrence.items()
            if not figure.suppressed and figure.count
        )
        if pairs:
            rows.append(("Themes together (reflections)", [""] * len(groups)))
            for pair in pairs:
                add(f"  {pair[0]} + {pair[1]}", lambda group, pair=pair: _count(group.cooccurrence.get(pair)))
    width = max(len(label) for label, _ in rows) + 2
    column = max(len(value) for _, values in rows for value in values) + 2
    return [
        (label.ljust(width) + "".join(value.rjust(column) for value in values)).rstrip() for label, values in rows
    ]


def _count(figure: Figure | None) -> str:
    if figure is None:
        return "0"
    if figure.suppressed:
        return SUPPRESSED
    return f"{figure.count} ({figure.workers})"


def _share(figure: Figure | None) -> str:
    if figure is None or (not figure.suppressed and figure.count == 0):
        return "0%"
    if figure.suppressed:
        return SUPPRESSED
    if figure.share is None:  # the period's total is suppressed, so a share would reveal it
        return f"{figure.count} ({figure.workers})"
    return f"{figure.share:.0%} ({figure.workers})"


def _supervision(answers: dict[str, Figure]) -> str:
    yes, no = answers["yes"], answers["no"]
    if yes.suppressed or no.suppressed:
        return SUPPRESSED
    if yes.share is None:
        return "n/a"  # nobody answered the question
    return f"{yes.share:.0%} ({yes.workers})"
