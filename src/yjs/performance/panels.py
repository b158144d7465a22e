"""What a dashboard section is made of: headline figures, charts, and the data table under each chart.

The shapes are plain text and SVG, already suppressed for the reader, so the template only lays them
out. Also the comparators a trend is drawn against, and the way figures are written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from yjs.lib.suppression import WITHHELD, Count
from yjs.performance.models import Comparator
from yjs.performance.periods import Quarter

# ONS codes of the areas a national comparator covers: England and Wales, England, Wales.
NATIONAL_AREAS = ("K04000001", "E92000001", "W92000004")


@dataclass(frozen=True)
class Table:
    caption: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first cell of each row is its header
    numeric_from: int = 1  # the columns from this one on are figures, aligned right


@dataclass(frozen=True)
class Chart:
    svg: SafeString | None  # None when there is nothing to draw; the table still says so
    table: Table


@dataclass(frozen=True)
class Headline:
    label: str
    text: str


@dataclass(frozen=True)
class Section:
    slug: str
    heading: str
    summary: str
    empty: str | None = None  # said plainly instead of the figures when there is nothing to show
    headlines: tuple[Headline, ...] = ()
    charts: tuple[Chart, ...] = field(default_factory=tuple)
    # The service's rate at each quarter of the trend, oldest first, as the reader may see it: (value, withheld).
    # A summary of several sections (the board report's) reads its figures from here, suppressed already.
    series: tuple[tuple[float | None, bool], ...] = ()


@dataclass(frozen=True)
class ComparatorLine:
    name: str
    national: bool
    values: tuple[float | None, ...]


def comparators(measure: str, quarters: Sequence[Quarter], region_code: str = "") -> list[ComparatorLine]:
    """The published figures for `measure` at the end of each quarter: national first, then the region's.

    National is England and Wales (or, where only they are loaded, England or Wales); the regional line
    is the service's own region (Service.region_code), so a chart compares the service with the two
    figures a board asks about rather than with every region loaded.
    """
    ends = {quarter.end: index for index, quarter in enumerate(quarters)}
    loaded = Comparator.objects.filter(measure=measure, period_end__in=list(ends))
    national = NATIONAL_AREAS[:1] if loaded.filter(area_code=NATIONAL_AREAS[0]).exists() else NATIONAL_AREAS[1:]
    rows = loaded.filter(area_code__in=[*national, region_code])
    found: dict[str, tuple[str, list[float | None]]] = {}
    for row in rows.order_by("area_code", "period_end"):
        name, values = found.setdefault(row.area_code, (row.area_name, [None] * len(quarters)))
        values[ends[row.period_end]] = float(row.value)
        found[row.area_code] = (row.area_name, values)
    lines = [ComparatorLine(name, code in NATIONAL_AREAS, tuple(values)) for code, (name, values) in sorted(found.items())]
    return sorted(lines, key=lambda line: (not line.national, line.name))


def figure(value: float | None, *, digits: int = 1, suffix: str = "", withheld: bool = False) -> str:
    """A rate, a percentage or an average as the tables write it."""
    if withheld:
        return WITHHELD
    if value is None:
        return _("No data")
    return f"{value:,.{digits}f}{suffix}"


def count(value: Count | int | None) -> str:
    if value is None:
        return _("No data")
    return value.text if isinstance(value, Count) else f"{value:,}"


def quarter_label(quarter: Quarter) -> str:
    """A chart's axis label: the month the 12 months end."""
    return f"{quarter.end:%b %Y}"


def period_label(quarter: Quarter) -> str:
    return _("12 months to %(end)s") % {"end": f"{quarter.end:%-d %b %Y}"}
