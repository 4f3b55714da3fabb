"""Chart data and PNG charts (matplotlib, Agg) of the supervisor aggregates.

The data functions take a `Summary` - published, already suppressed figures - and nothing else, so a chart
can only ever draw what the tables publish. Every PNG comes with `charts-data.json`, the exact numbers it
plots, so the charts can be checked (and read by a screen reader user) without looking at pixels.

    trend_data(summary)          theme share of reflections by period (None where suppressed)
    cooccurrence_data(summary)   themes coded together over the summary's periods (whole service only)
    checkin_data(summary)        check-in bands by period
    write_charts(summary, out_dir) -> list[Path]
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from peer_reflect.review.aggregates import Summary
from peer_reflect.review.render import period_label

CHECKIN_BANDS = (("low", "low (0-3)"), ("middle", "middle (4-6)"), ("high", "high (7-10)"), ("none", "not answered"))
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
SUPPRESSED_FILL = "#d9d9d9"


def theme_names() -> dict[str, str]:
    """Theme id -> the codebook's readable name (ids when the codebook cannot be read).

    Only the names are needed, so the YAML is read without compiling the matching rules, and the result
    is kept until the file changes.
    """
    from peer_reflect.settings import get_settings
    from peer_reflect.themes.codebook import PACKAGED_CODEBOOK

    path = get_settings().codebook_path or PACKAGED_CODEBOOK
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return dict(_theme_names(str(path), stamp))


@lru_cache(maxsize=4)
def _theme_names(path: str, _stamp: int) -> tuple[tuple[str, str], ...]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
        return tuple((str(t["id"]), str(t["name"])) for t in data["themes"] if t.get("id") and t.get("name"))
    except Exception:  # noqa: BLE001 - a broken codebook must not stop a report; ids are still meaningful
        return ()


def trend_data(report: Summary, themes: list[str] | None = None) -> dict:
    """{"periods", "period_starts", "teams", "series": [{"team", "theme", "shares", "counts", "suppressed"}]}.

    A share is None where the summary publishes none (the cell is suppressed, the period too small, or the
    period's total suppressed); `suppressed` says which of those points are hidden cells.
    """
    teams = sorted({g.team for g in report.groups}, key=lambda team: (team is not None, team or ""))
    wanted = report.theme_ids if themes is None else [t for t in themes if t in report.theme_ids]
    first_team = teams[0] if teams else None
    groups_of = {team: [g for g in report.groups if g.team == team] for team in teams}
    base = groups_of.get(first_team, [])
    data = {
        "period": report.period,
        "min_group_size": report.min_group_size,
        "periods": [period_label(g.period_start, report.period) for g in base],
        "period_starts": [g.period_start.isoformat() for g in base],
        "teams": teams,
        "too_small": {team or "": [g.too_small for g in groups_of[team]] for team in teams},
        "reflections": {team or "": [None if g.too_small or g.reflections.suppressed else g.reflections.count
                                     for g in groups_of[team]] for team in teams},
        "series": [],
    }
    for team in teams:
        groups = groups_of[team]
        for theme in wanted:
            figures = [None if g.too_small else g.themes.get(theme) for g in groups]
            data["series"].append({
                "team": team,
                "theme": theme,
                "period_starts": [g.period_start.isoformat() for g in groups],
                "shares": [None if f is None or f.suppressed or f.share is None else round(f.share, 4)
                           for f in figures],
                "counts": [None if f is None or f.suppressed else f.count for f in figures],
                "suppressed": [f is None or f.suppressed for f in figures],
            })
    return data


def cooccurrence_data(report: Summary) -> dict:
    """Reflections coding both themes, summed over the summary's periods, from published cells only.

    A sum is shown only when every period's cell is published; if any is suppressed the sum is suppressed
    too (a partial sum would hint at the hidden part). Periods with too few workers publish nothing and are
    left out (listed in "excluded"). The diagonal is each theme's own count. Team reports carry no
    co-occurrence (it is published for the whole service only): "available" is False.
    """
    themes = list(report.theme_ids)
    included = [g for g in report.groups if not g.too_small]
    data = {
        "available": not report.by_team,
        "themes": themes,
        "included": [period_label(g.period_start, report.period) for g in included],
        "included_starts": [g.period_start.isoformat() for g in included],
        "excluded": [period_label(g.period_start, report.period) for g in report.groups if g.too_small],
        "counts": [],
        "suppressed": [],
    }
    if report.by_team:
        return data
    for row in themes:
        counts, hidden = [], []
        for column in themes:
            total, suppressed = 0, False
            for group in included:
                if row == column:
                    figure = group.themes.get(row)
                else:
                    figure = group.cooccurrence.get(tuple(sorted((row, column))))  # type: ignore[arg-type]
                if figure is None:  # never coded together in this period: a published zero
                    continue
                if figure.suppressed:
                    suppressed = True
                    break
                total += figure.count
            counts.append(None if suppressed or not included else total)
            hidden.append(suppressed)
        data["counts"].append(counts)
        data["suppressed"].append(hidden)
    return data


def checkin_data(report: Summary) -> dict:
    """Check-in bands by period (whole service, or the first team of a team report's rows)."""
    groups = report.groups
    return {
        "periods": [period_label(g.period_start, report.period) + (f" {g.team or '(no team)'}" if report.by_team
                    and len(set(x.team for x in groups)) > 1 else "") for g in groups],
        "teams": [g.team for g in groups],
        "too_small": [g.too_small for g in groups],
        "bands": {
            band: [None if g.too_small or g.checkin[band].suppressed else g.checkin[band].count for g in groups]
            for band, _ in CHECKIN_BANDS
        },
    }


# -- PNG files ---------------------------------------------------------------------------------------------


def _figure(width: float, height: float):  # noqa: ANN202 - a matplotlib Figure
    # The object-oriented API with an Agg canvas: no pyplot global state, no display, safe in threads.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=110)
    FigureCanvasAgg(figure)
    return figure


def render_trend_png(data: dict, path: Path, names: dict[str, str] | None = None) -> Path:
    """Small multiples: one panel per theme (whole service / first team), the same y scale, suppressed
    periods shaded and marked "supp."."""
    names = names or {}
    team = data["teams"][0] if data["teams"] else None
    series = [s for s in data["series"] if s["team"] == team]
    columns = 3
    rows = max(1, math.ceil(len(series) / columns))
    figure = _figure(11, 2.3 * rows + 0.8)
    periods = data["periods"]
    top = max([v for s in series for v in s["shares"] if v is not None] + [0.1])
    title = f"Theme share of reflections by {data['period']}" + (f", team {team}" if team is not None else "")
    figure.suptitle(title + f"\nshaded = suppressed (fewer than {data['min_group_size']} workers, or it would "
                    "let such a number be worked out); the line breaks there", fontsize=10)
    x = list(range(len(periods)))
    for index, item in enumerate(series):
        axes = figure.add_subplot(rows, columns, index + 1)
        shares = [None if v is None else v * 100 for v in item["shares"]]
        axes.plot(x, [math.nan if v is None else v for v in shares], color=PALETTE[0], marker="o", markersize=3,
                  linewidth=1.6)
        for position, hidden in enumerate(item["suppressed"]):
            if hidden:
                axes.axvspan(position - 0.45, position + 0.45, color=SUPPRESSED_FILL, hatch="///", alpha=0.6,
                             linewidth=0)
        axes.set_title(names.get(item["theme"], item["theme"]), fontsize=9)
        axes.set_ylim(0, top * 100 * 1.15)
        axes.set_xticks(x)
        axes.set_xticklabels(periods if len(periods) <= 8 else [p if i % 2 == 0 else "" for i, p in enumerate(periods)],
                             fontsize=7, rotation=45 if len(periods) > 6 else 0)
        axes.tick_params(axis="y", labelsize=7)
        axes.set_ylabel("%", fontsize=7)
        axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    figure.tight_layout(rect=(0, 0, 1, 0.95))
    figure.savefig(path, format="png")
    return path


def render_heatmap_png(data: dict, path: Path, names: dict[str, str] | None = None) -> Path:
    """Lower-triangle heatmap of reflections coding both themes; suppressed cells hatched grey."""
    import numpy as np

    names = names or {}
    themes = data["themes"]
    n = max(1, len(themes))
    figure = _figure(max(6, 0.55 * n + 3), max(5, 0.5 * n + 2))
    axes = figure.add_subplot(1, 1, 1)
    values = np.full((n, n), np.nan)
    top = max([c for row in data["counts"] for c in row if c is not None] + [1])
    for i in range(len(themes)):
        for j in range(i + 1):
            count = data["counts"][i][j]
            if data["suppressed"][i][j]:
                axes.add_patch(_hatched_cell(j, i))
                axes.text(j, i, "supp.", ha="center", va="center", fontsize=6, color="#222222")
            elif count is not None:
                values[i, j] = count
                axes.text(j, i, str(count), ha="center", va="center", fontsize=7,
                          color="#ffffff" if count / top > 0.55 else "#111111")
    axes.imshow(np.ma.masked_invalid(values), cmap="Blues", vmin=0, vmax=top * 1.05)
    labels = [names.get(t, t) for t in themes]
    axes.set_xticks(range(len(themes)))
    axes.set_xticklabels(labels, rotation=60, ha="right", fontsize=7)
    axes.set_yticks(range(len(themes)))
    axes.set_yticklabels(labels, fontsize=7)
    axes.set_xlim(-0.5, n - 0.5)
    axes.set_ylim(n - 0.5, -0.5)
    span = ", ".join(data["included"][:1] + data["included"][-1:]) if data["included"] else "no periods"
    axes.set_title(f"Themes coded together (reflections), {span.replace(', ', ' to ')}\n"
                   f"hatched = suppressed; diagonal = the theme itself", fontsize=9)
    figure.tight_layout()
    figure.savefig(path, format="png")
    return path


def _hatched_cell(column: int, row: int):  # noqa: ANN202 - a matplotlib Rectangle
    from matplotlib.patches import Rectangle

    return Rectangle((column - 0.5, row - 0.5), 1, 1, facecolor=SUPPRESSED_FILL, edgecolor="#999999",
                     hatch="///", linewidth=0.3)


def render_checkin_png(data: dict, path: Path) -> Path:
    """Stacked bars of check-in bands per period; suppressed bands left out and the bar marked."""
    figure = _figure(10, 4)
    axes = figure.add_subplot(1, 1, 1)
    x = list(range(len(data["periods"])))
    bottoms = [0] * len(x)
    for index, (band, label) in enumerate(CHECKIN_BANDS):
        values = [v or 0 for v in data["bands"][band]]
        axes.bar(x, values, bottom=bottoms, color=PALETTE[index], label=label, width=0.7)
        bottoms = [b + v for b, v in zip(bottoms, values)]
    for position in x:
        if data["too_small"][position]:
            axes.text(position, 0, "too few\nworkers", ha="center", va="bottom", fontsize=7)
        elif any(data["bands"][band][position] is None for band, _ in CHECKIN_BANDS):
            axes.text(position, bottoms[position], "supp.", ha="center", va="bottom", fontsize=7)
    axes.set_xticks(x)
    axes.set_xticklabels(data["periods"], rotation=45 if len(x) > 8 else 0, fontsize=7)
    axes.set_ylabel("reflections")
    axes.set_title("Check-in at the start of reflections (suppressed bands are left out)", fontsize=10)
    axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1, 1))
    figure.tight_layout()
    figure.savefig(path, format="png")
    return path


def write_charts(report: Summary, out_dir: str | Path) -> list[Path]:
    """trends.png, cooccurrence.png (whole-service reports), checkin.png and charts-data.json."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = theme_names()
    data = {
        "note": (f"Published figures only: cells backed by fewer than {report.min_group_size} distinct workers, "
                 "or that would let one be worked out, are null."),
        "trends": trend_data(report),
        "cooccurrence": cooccurrence_data(report),
        "checkin": checkin_data(report),
    }
    written = [render_trend_png(data["trends"], out / "trends.png", names)]
    if data["cooccurrence"]["available"]:
        written.append(render_heatmap_png(data["cooccurrence"], out / "cooccurrence.png", names))
    written.append(render_checkin_png(data["checkin"], out / "checkin.png"))
    data_path = out / "charts-data.json"
    data_path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    written.append(data_path)
    return written
