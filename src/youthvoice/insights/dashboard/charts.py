"""Accessible charts drawn on the server as SVG: horizontal bars, one per row of a protected table.

Every chart is ``role="img"`` with a ``<title>`` (the table's title) and a ``<desc>`` (its text summary),
and the page shows the data table beside it, so nothing is only in the picture. No inline styles or
scripts (the Content Security Policy forbids them): colours are SVG presentation attributes. A hidden
figure has no bar, only its ``[c]`` marker.
"""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from youthvoice.insights.dashboard.selectors import Bar, FigureTable

WIDTH = 640
LABEL_HEIGHT = 18
BAR_HEIGHT = 16
ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 12
LEFT, RIGHT = 8, 80  # room for the value written after the bar
BAR_COLOUR = "#1d70b8"
INK = "#0b0c0c"
REFERENCE_COLOUR = "#d4351c"
GRID_COLOUR = "#b1b4b6"


def _domain(bars: tuple[Bar, ...], scale: str) -> tuple[float, float]:
    points = [v for bar in bars for v in (bar.value, bar.low, bar.high) if v is not None]
    if scale == "gap":
        extent = max([abs(v) for v in points] + [0.5])
        return -extent, extent
    if scale == "ratio":
        return 0.0, max(points + [1.25])
    return 0.0, max(points + [1])


def bar_chart(table: FigureTable, *, chart_id: str) -> SafeString:
    """The SVG for a table's bars, or an empty string where it has none."""
    if not table.bars:
        return mark_safe("")  # noqa: S308 - a constant empty string
    low, high = _domain(table.bars, table.scale)
    span = (high - low) or 1.0
    plot = WIDTH - LEFT - RIGHT

    def x(value: float) -> float:
        return round(LEFT + (value - low) / span * plot, 1)

    origin = x(0.0)
    height = len(table.bars) * ROW_HEIGHT + 24
    parts: list[str] = []
    references = {"ratio": [(0.8, REFERENCE_COLOUR, "0.8"), (1.0, INK, "1")], "gap": [(0.0, INK, "0")]}
    for value, colour, label in references.get(table.scale, []):
        parts.append(
            format_html(
                '<line x1="{x}" y1="0" x2="{x}" y2="{y}" stroke="{c}" stroke-width="1" '
                'stroke-dasharray="4 3"/>'
                '<text x="{x}" y="{ty}" font-size="12" fill="{c}" text-anchor="middle">{label}</text>',
                x=x(value),
                y=height - 16,
                ty=height - 4,
                c=colour,
                label=label,
            )
        )
    for index, bar in enumerate(table.bars):
        top = index * ROW_HEIGHT
        parts.append(
            format_html(
                '<text x="{x}" y="{y}" font-size="14" fill="{c}">{label}</text>',
                x=LEFT,
                y=top + LABEL_HEIGHT - 4,
                c=INK,
                label=bar.label,
            )
        )
        bar_top = top + LABEL_HEIGHT
        end = origin
        if bar.value is not None:
            start, stop = sorted((origin, x(bar.value)))
            parts.append(
                format_html(
                    '<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{c}"/>',
                    x=start,
                    y=bar_top,
                    w=max(round(stop - start, 1), 1),
                    h=BAR_HEIGHT,
                    c=BAR_COLOUR,
                )
            )
            end = max(stop, origin)
        if bar.value is not None and bar.low is not None and bar.high is not None:
            middle = bar_top + BAR_HEIGHT / 2
            parts.append(
                format_html(
                    '<line x1="{a}" y1="{m}" x2="{b}" y2="{m}" stroke="{c}" stroke-width="2"/>'
                    '<line x1="{a}" y1="{t}" x2="{a}" y2="{u}" stroke="{c}" stroke-width="2"/>'
                    '<line x1="{b}" y1="{t}" x2="{b}" y2="{u}" stroke="{c}" stroke-width="2"/>',
                    a=x(bar.low),
                    b=x(bar.high),
                    m=middle,
                    t=bar_top + 2,
                    u=bar_top + BAR_HEIGHT - 2,
                    c=INK,
                )
            )
            end = max(end, x(bar.high))
        parts.append(
            format_html(
                '<text x="{x}" y="{y}" font-size="14" fill="{c}">{text}</text>',
                x=round(end + 6, 1),
                y=bar_top + BAR_HEIGHT - 3,
                c=INK,
                text=bar.text,
            )
        )
    body = format_html_join("", "{}", ((mark_safe(part),) for part in parts))  # noqa: S308 - built by format_html
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="yv-chart" role="img" width="100%" '
        'viewBox="0 0 {w} {h}" aria-labelledby="{id}-title {id}-desc" focusable="false">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        w=WIDTH,
        h=height,
        id=chart_id,
        title=table.title,
        desc=table.summary,
        body=body,
    )
