"""Charts drawn on the server as SVG: a trend over quarters, and bars side by side.

A chart is a picture of the data table printed under it, which is the accessible equivalent: the SVG is
one image to assistive technology (role="img", named by its <title> and described by its <desc>). Lines
differ by dash pattern and marker shape as well as by colour (GOV.UK palette, each at least 3:1 against
white), so they can be told apart in greyscale and by readers who do not see colour. A missing value (no
data, or withheld from a board member) is a gap in the line, never a zero.

Every piece of text is escaped here; the result is marked safe for templates only once it is built.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP = 64, 48, 40
FONT = 'font-family="GDS Transport, arial, sans-serif"'


@dataclass(frozen=True)
class Style:
    colour: str
    dash: str  # an SVG stroke-dasharray; "" for a solid line
    marker: str  # circle, square, diamond or triangle


# The service first and strongest; comparators in black and grey; areas in the other GOV.UK colours.
SERVICE_STYLE = Style("#1d70b8", "", "circle")
NATIONAL_STYLE = Style("#0b0c0c", "8 4", "square")
REGIONAL_STYLE = Style("#505a5f", "2 4", "diamond")
AREA_STYLES = (
    Style("#00703c", "12 4 3 4", "triangle"),
    Style("#4c2c92", "4 4", "circle"),
    Style("#d4351c", "10 3 3 3 3 3", "square"),
    Style("#d53880", "1 3", "diamond"),
)


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    style: Style = SERVICE_STYLE


def _text(value: str) -> str:
    return escape(value, quote=True)


def _number(value: float) -> str:
    return f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def nice_scale(largest: float, ticks: int = 5) -> list[float]:
    """Round axis values from 0 past `largest`, steps of 1, 2 or 5 times a power of ten."""
    if largest <= 0:
        return [0.0, 1.0]
    rough = largest / (ticks - 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(multiple * power for multiple in (1, 2, 5, 10) if multiple * power >= rough)
    count = math.ceil(largest / step - 1e-9)
    return [round(step * index, 10) for index in range(count + 1)]


def _marker(style: Style, x: float, y: float) -> str:
    fill = f'fill="{style.colour}"'
    if style.marker == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" {fill}/>'
    if style.marker == "diamond":
        return f'<path d="M{x:.1f} {y - 5:.1f}L{x + 5:.1f} {y:.1f}L{x:.1f} {y + 5:.1f}L{x - 5:.1f} {y:.1f}Z" {fill}/>'
    if style.marker == "triangle":
        return f'<path d="M{x:.1f} {y - 5:.1f}L{x + 5:.1f} {y + 4:.1f}L{x - 5:.1f} {y + 4:.1f}Z" {fill}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" {fill}/>'


def _line_attributes(style: Style, width: int = 3) -> str:
    dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
    return f'fill="none" stroke="{style.colour}" stroke-width="{width}"{dash}'


def _open(chart_id: str, title: str, description: str, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-labelledby="{_text(chart_id)}-title {_text(chart_id)}-desc" {FONT}>',
        f'<title id="{_text(chart_id)}-title">{_text(title)}</title>',
        f'<desc id="{_text(chart_id)}-desc">{_text(description)}</desc>',
    ]


def segments(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The runs of present values, each as (index, value): a None between them breaks the line."""
    runs: list[list[tuple[int, float]]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((index, value))
    return [run for run in runs if run]


def line_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    categories: Sequence[str],
    series: Sequence[Series],
    unit: str = "",
    scale_to: float = 0,
) -> SafeString:
    """A trend: one line per series across `categories` (quarters, oldest first), with a legend below.

    The axis runs past the largest value, or to `scale_to` where that is larger (a score out of 10 runs to 10).
    """
    plot_height = 240
    height = PLOT_TOP + plot_height + 48 + len(series) * 24
    present = [value for line in series for value in line.values if value is not None]
    scale = nice_scale(max([*present, scale_to]))
    top = scale[-1]
    plot_width = WIDTH - PLOT_LEFT - PLOT_RIGHT
    step = plot_width / max(len(categories) - 1, 1)

    def x(index: int) -> float:
        return PLOT_LEFT + index * step if len(categories) > 1 else PLOT_LEFT + plot_width / 2

    def y(value: float) -> float:
        return PLOT_TOP + plot_height - value / top * plot_height

    parts = _open(chart_id, title, description, height)
    for tick in scale:
        parts.append(
            f'<line x1="{PLOT_LEFT}" x2="{WIDTH - PLOT_RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="#b1b4b6" stroke-width="1"/>'
            f'<text x="{PLOT_LEFT - 8}" y="{y(tick) + 5:.1f}" text-anchor="end" font-size="14" fill="#0b0c0c">'
            f"{_text(_number(tick))}</text>"
        )
    if unit:
        parts.append(f'<text x="4" y="16" font-size="14" fill="#0b0c0c">{_text(unit)}</text>')
    for index, category in enumerate(categories):
        parts.append(
            f'<text x="{x(index):.1f}" y="{PLOT_TOP + plot_height + 22}" text-anchor="middle" font-size="14" '
            f'fill="#0b0c0c">{_text(category)}</text>'
        )
    for line in series:
        parts.append(f'<g class="app-chart__series" data-series="{_text(line.name)}">')
        for run in segments(line.values):
            points = " ".join(f"{x(index):.1f},{y(value):.1f}" for index, value in run)
            if len(run) > 1:
                parts.append(f'<polyline points="{points}" {_line_attributes(line.style)}/>')
            parts.extend(_marker(line.style, x(index), y(value)) for index, value in run)
        parts.append("</g>")
    legend_top = PLOT_TOP + plot_height + 44
    # One line each: local authorities' names are long, and two columns would run into each other.
    for index, line in enumerate(series):
        left = PLOT_LEFT
        middle = legend_top + index * 24
        parts.append(
            f'<line x1="{left:.1f}" x2="{left + 36:.1f}" y1="{middle}" y2="{middle}" {_line_attributes(line.style)}/>'
            f"{_marker(line.style, left + 18, middle)}"
            f'<text x="{left + 44:.1f}" y="{middle + 5}" font-size="14" fill="#0b0c0c">{_text(line.name)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above went through escape()


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    text: str  # what is written at the bar's end: the figure, "<5", or "no data"


def bar_chart(*, chart_id: str, title: str, description: str, bars: Sequence[Bar], scale_to: float = 0) -> SafeString:
    """Horizontal bars, one per group, each under its label; a missing value is written, not drawn.

    The scale runs past the largest bar, or to `scale_to` where that is larger.
    """
    bar_height, row_height = 20, 52
    height = 8 + len(bars) * row_height
    largest = max([bar.value for bar in bars if bar.value is not None] + [scale_to])
    top = nice_scale(largest)[-1]
    room = WIDTH - 120
    parts = _open(chart_id, title, description, height)
    for index, bar in enumerate(bars):
        row_top = 8 + index * row_height
        length = 0.0 if bar.value is None else bar.value / top * room
        parts.append(f'<text x="0" y="{row_top + 14}" font-size="14" fill="#0b0c0c">{_text(bar.label)}</text>')
        if length > 0:
            parts.append(
                f'<rect x="0" y="{row_top + 20}" width="{length:.1f}" height="{bar_height}" fill="{SERVICE_STYLE.colour}"/>'
            )
        parts.append(f'<text x="{length + 6:.1f}" y="{row_top + 35}" font-size="14" fill="#0b0c0c">{_text(bar.text)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above went through escape()
