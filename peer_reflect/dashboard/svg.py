"""Server-rendered SVG charts for the dashboard, drawn from `peer_reflect.review.charts` data.

No script and no inline style attributes (the page's Content-Security-Policy forbids both): colours are
SVG presentation attributes. Every chart is an image with a title and a description that reads out its
numbers, and each mark carries a <title> tooltip. Suppressed cells are hatched (`#supp-hatch`, defined
once per page by `defs()`), never drawn as a number. Text colours are chosen for at least 4.5:1 contrast.
"""
from __future__ import annotations

from markupsafe import Markup, escape

LINE = "#0057a3"  # 7.0:1 on white
TEXT = "#1f1f1f"
MUTED = "#4d4d4d"  # 8.5:1 on white
GRID = "#d0d0d0"
HATCH_ID = "supp-hatch"


def relative_luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (one of them is always at least 4.58:1)."""
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#ffffff") else "#ffffff"


def blues(fraction: float) -> str:
    """A sequential light-to-dark blue for 0..1."""
    low, high = (0xEF, 0xF5, 0xFB), (0x08, 0x30, 0x6B)
    fraction = min(max(fraction, 0.0), 1.0)
    return "#" + "".join(f"{round(a + (b - a) * fraction):02x}" for a, b in zip(low, high))


def defs() -> Markup:
    """The hatch pattern every chart on the page refers to (a hidden SVG, once per page)."""
    return Markup(
        '<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>'
        f'<pattern id="{HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f2f2f2"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="2"/></pattern></defs></svg>'
    )


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def trend_svg(name: str, series: dict, periods: list[str], too_small: list[bool], top: float, dom_id: str) -> Markup:
    """One small-multiple line chart: a theme's share of reflections by period.

    `series` is one entry of trend_data()["series"]; `top` the shared y maximum (a fraction).
    """
    width, height = 320, 150
    left, right, top_pad, bottom = 40, 10, 12, 30
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    n = len(periods)
    step = plot_w / max(n, 1)
    top = top or 0.1

    def x(i: int) -> float:
        return left + step * (i + 0.5)

    def y(value: float) -> float:
        return top_pad + plot_h * (1 - value / top)

    parts: list[str] = []
    read_out: list[str] = []
    for i, label in enumerate(periods):
        hidden = series["suppressed"][i]
        share = series["shares"][i]
        if too_small[i]:
            read_out.append(f"{label}: too few workers")
        elif hidden:
            read_out.append(f"{label}: suppressed")
        elif share is None:
            read_out.append(f"{label}: {series['counts'][i]} reflections (share not published)")
        else:
            read_out.append(f"{label}: {_pct(share)}")
        if hidden:
            parts.append(
                f'<rect class="supp" x="{x(i) - step * 0.45:.1f}" y="{top_pad}" width="{step * 0.9:.1f}" '
                f'height="{plot_h}" fill="url(#{HATCH_ID})"><title>{escape(read_out[-1])}</title></rect>'
            )
    # axes and grid
    for fraction in (0.0, 0.5, 1.0):
        gy = y(top * fraction)
        parts.append(f'<line x1="{left}" y1="{gy:.1f}" x2="{width - right}" y2="{gy:.1f}" stroke="{GRID}" '
                     'stroke-width="1"/>')
        parts.append(f'<text x="{left - 4}" y="{gy + 4:.1f}" text-anchor="end" font-size="11" '
                     f'fill="{MUTED}">{_pct(top * fraction)}</text>')
    if n:
        ticks = sorted({0, n - 1} | ({(n - 1) // 2} if n > 4 else set()))
        for i in ticks:
            parts.append(f'<text x="{x(i):.1f}" y="{height - 10}" text-anchor="middle" font-size="11" '
                         f'fill="{MUTED}">{escape(periods[i])}</text>')
    # the line, broken wherever a share is not published
    segment: list[str] = []
    paths: list[str] = []
    for i, share in enumerate(series["shares"]):
        if share is None:
            if len(segment) > 1:
                paths.append(" ".join(segment))
            segment = []
            continue
        segment.append(f"{'M' if not segment else 'L'}{x(i):.1f},{y(share):.1f}")
    if len(segment) > 1:
        paths.append(" ".join(segment))
    for d in paths:
        parts.append(f'<path d="{d}" fill="none" stroke="{LINE}" stroke-width="2.2"/>')
    for i, share in enumerate(series["shares"]):
        if share is not None:
            parts.append(
                f'<circle class="point" cx="{x(i):.1f}" cy="{y(share):.1f}" r="3.2" fill="{LINE}" '
                f'data-period="{escape(series["period_starts"][i])}" data-share="{share:.4f}">'
                f'<title>{escape(read_out[i])}</title></circle>'
            )
    title = f"{name}: share of reflections by period"
    return Markup(
        f'<svg id="{dom_id}" class="chart trend" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{dom_id}-t {dom_id}-d" data-theme="{escape(series["theme"])}">'
        f'<title id="{dom_id}-t">{escape(title)}</title><desc id="{dom_id}-d">{escape("; ".join(read_out))}</desc>'
        + "".join(parts) + "</svg>"
    )


def heatmap_svg(data: dict, names: dict[str, str], dom_id: str = "cooccurrence-chart") -> Markup:
    """Lower-triangle heatmap of reflections coding both themes; columns numbered like the rows."""
    themes = data["themes"]
    n = len(themes)
    cell, label_w, head = 34, 200, 26
    width, height = label_w + cell * n + 8, head + cell * n + 8
    top = max([c for row in data["counts"] for c in row if c is not None] + [1])
    parts: list[str] = []
    for j in range(n):
        parts.append(f'<text x="{label_w + cell * j + cell / 2:.1f}" y="{head - 8}" text-anchor="middle" '
                     f'font-size="12" fill="{TEXT}">{j + 1}</text>')
    for i, row in enumerate(themes):
        label = f"{i + 1}. {names.get(row, row)}"
        if len(label) > 30:
            label = label[:29] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{head + cell * i + cell / 2 + 4:.1f}" text-anchor="end" '
                     f'font-size="12" fill="{TEXT}">{escape(label)}</text>')
        for j in range(i + 1):
            column = themes[j]
            count = data["counts"][i][j]
            hidden = data["suppressed"][i][j]
            what = names.get(row, row) if i == j else f"{names.get(row, row)} + {names.get(column, column)}"
            cx, cy = label_w + cell * j, head + cell * i
            key = row if i == j else "|".join(sorted((row, column)))
            if hidden or count is None:
                tip = f"{what}: suppressed"
                parts.append(
                    f'<g class="cell supp" data-key="{escape(key)}"><title>{escape(tip)}</title>'
                    f'<rect x="{cx}" y="{cy}" width="{cell - 2}" height="{cell - 2}" fill="url(#{HATCH_ID})" '
                    f'stroke="#9a9a9a" stroke-width="0.5"/>'
                    f'<text x="{cx + (cell - 2) / 2:.1f}" y="{cy + cell / 2 + 2:.1f}" text-anchor="middle" '
                    f'font-size="9" fill="{TEXT}">supp.</text></g>'
                )
                continue
            fill = blues(count / top)
            tip = f"{what}: {count} reflection{'s' if count != 1 else ''}"
            parts.append(
                f'<g class="cell" data-key="{escape(key)}" data-count="{count}"><title>{escape(tip)}</title>'
                f'<rect x="{cx}" y="{cy}" width="{cell - 2}" height="{cell - 2}" fill="{fill}"/>'
                f'<text x="{cx + (cell - 2) / 2:.1f}" y="{cy + cell / 2 + 3:.1f}" text-anchor="middle" '
                f'font-size="11" fill="{text_on(fill)}">{count}</text></g>'
            )
    span = (f"{data['included'][0]} to {data['included'][-1]}" if data["included"] else "no periods")
    title = f"Themes coded together, reflections, {span}"
    desc = ("Lower triangle: each cell counts reflections coding both themes, the diagonal the theme itself; "
            "hatched cells are suppressed. The same figures are in the table below.")
    return Markup(
        f'<svg id="{dom_id}" class="chart heatmap" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-labelledby="{dom_id}-t {dom_id}-d" '
        f'data-included="{escape(",".join(data["included_starts"]))}">'
        f'<title id="{dom_id}-t">{escape(title)}</title><desc id="{dom_id}-d">{escape(desc)}</desc>'
        + "".join(parts) + "</svg>"
    )
