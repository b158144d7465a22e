"""The report's headline summary: three rates, each with the change on the year before and the national figure.

The rates are read from the dashboard's sections, which have suppressed them already (a rate made from a
withheld count is withheld), so the summary cannot show what the sections hide; a change made from a
withheld rate is withheld too, since it and the other year's rate would give the rate back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yjs.lib.suppression import WITHHELD
from yjs.performance.panels import Section, comparators, figure
from yjs.performance.periods import Quarter

YEAR = 4  # quarters back to the same quarter a year before


@dataclass(frozen=True)
class SummaryRow:
    label: str
    rate: str
    year_before: str
    change: str
    national: str
    national_name: str


@dataclass(frozen=True)
class Measure:
    section: str
    measure: str
    label: str | Promise
    suffix: str = ""


MEASURES = (
    Measure(
        "first-time-entrants", "fte.rate_per_100k", gettext_lazy("First-time entrants per 100,000 children aged 10 to 17")
    ),
    Measure(
        "reoffending", "reoffending.binary_rate", gettext_lazy("Proven reoffending rate (children who reoffended)"), "%"
    ),
    Measure("custody", "custody.rate_per_1000", gettext_lazy("Custodial sentences per 1,000 children aged 10 to 17")),
)


def summary(sections: Sequence[Section], quarters: Sequence[Quarter], region_code: str) -> list[SummaryRow]:
    """`quarters` are the trend's, oldest first; the last is the report's."""
    by_slug = {section.slug: section for section in sections}
    rows = []
    for measure in MEASURES:
        series = by_slug[measure.section].series
        now, before = series[-1], series[-1 - YEAR] if len(series) > YEAR else (None, False)
        national = next((line for line in comparators(measure.measure, quarters[-1:], region_code) if line.national), None)
        rows.append(
            SummaryRow(
                label=str(measure.label),
                rate=figure(now[0], suffix=measure.suffix, withheld=now[1]),
                year_before=figure(before[0], suffix=measure.suffix, withheld=before[1]),
                change=_change(now, before, measure.suffix),
                national=figure(national.values[-1] if national else None, suffix=measure.suffix),
                national_name=national.name if national else "",
            )
        )
    return rows


def _change(now: tuple[float | None, bool], before: tuple[float | None, bool], suffix: str) -> str:
    if now[1] or before[1]:
        return WITHHELD
    if now[0] is None or before[0] is None:
        return _("No data")
    difference = round(now[0], 1) - round(before[0], 1)
    unit = _(" points") if suffix == "%" else ""
    if abs(difference) < 0.05:
        return _("No change")
    return f"{difference:+,.1f}{unit}"
