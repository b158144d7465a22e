"""The reoffending page of one service: the live tracker of recent cohorts, and reoffending after
out-of-court disposals by disposal and by each part of the children's profile.

For a reader who sees aggregates only: a tracker point is a share of its cohort (those who reoffended
so far and those who did not), withheld when either part is from 1 to 4, and the cohort's size with it
when that could give the share back. Each out-of-court dimension is a table of reoffenders and others
by value with its totals, suppressed as one; the whole cohort is the same total in every dimension, so
a total withheld in any dimension is withheld in all of them. Rates made from a withheld count are too.
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from yjs.core.models import Service
from yjs.justice.models import OutcomeType
from yjs.lib.formats import long_date
from yjs.lib.suppression import Count, Reason, ratio_shown, suppress_share, suppress_table
from yjs.performance import charts
from yjs.performance.disposals import DIMENSIONS, VALUE_LABELS, OutOfCourtReoffending, out_of_court_reoffending, value_label
from yjs.performance.figures import Reoffending
from yjs.performance.page_parts import PageSection, Part, alone
from yjs.performance.panels import Headline, Table, count, figure
from yjs.performance.periods import Quarter, quarters_ending, year_ending
from yjs.performance.reoffending import TRACKER_MONTHS, TrackedCohort, live_tracker

TRACKED_QUARTERS = 4
INSPECTION = _(
    "This answers the inspection recommendation to analyse the reoffending of children subject to out-of-court "
    "disposals and monitor the effectiveness of the disposals given."
)


def reoffending_page(service: Service, quarter: Quarter, *, today: date, protect: bool) -> list[PageSection]:
    return [tracker_section(service, quarter, today=today, protect=protect), out_of_court_section(service, quarter, protect)]


def cohort_label(quarter: Quarter) -> str:
    return f"{quarter.start:%b} to {quarter.end:%b %Y}"


def _tracker_counts(cohort: TrackedCohort, protect: bool) -> tuple[Count, list[tuple[Count, Count]]]:
    """The cohort's size as shown, and each point's reoffenders and cohort as shown."""
    size = alone(cohort.cohort, protect)
    points = []
    for point in cohort.points:
        if protect:
            reoffenders, total = suppress_share(point.figure.reoffenders, point.figure.cohort)
            if total.withheld and not size.withheld:
                size = Count(size.value, Reason.COMPLEMENTARY)
        else:
            reoffenders, total = Count(point.figure.reoffenders), Count(point.figure.cohort)
        points.append((reoffenders, total))
    return size, points


def tracker_section(service: Service, quarter: Quarter, *, today: date, protect: bool) -> PageSection:
    heading = _("Live tracker: reoffending so far")
    summary = _(
        "The children who entered the reoffending cohort in each quarter of the period (a caution, a court "
        "outcome or a release from custody), followed as time passes: the share who have reoffended 3, 6, 9 "
        "and 12 months after their index date, counting offences proven so far. These figures are provisional "
        "until 18 months after the cohort's last day, when the 12-month figure becomes the official one."
    )
    quarters = quarters_ending(quarter, TRACKED_QUARTERS)
    tracked = live_tracker(quarters, today=today, services=[service.pk]).get(service.pk, [])
    if not any(cohort.cohort for cohort in tracked):
        return PageSection("tracker", heading, summary, empty=_("No child entered a reoffending cohort in these quarters."))
    rows, series = [], []
    for position, cohort in enumerate(tracked):
        size, shown = _tracker_counts(cohort, protect)
        provisional = any(point.provisional for point in cohort.points) or not cohort.points
        name = cohort_label(cohort.quarter)
        if provisional:
            name = _("%(cohort)s (provisional)") % {"cohort": name}
        values: list[float | None] = [None] * len(TRACKER_MONTHS)
        if not cohort.points:
            rows.append((name, count(size), _("Not yet followed for 3 months"), "", ""))
        for point, (reoffenders, total) in zip(cohort.points, shown, strict=True):
            rate = ratio_shown(point.figure.binary_rate, reoffenders, total, size)
            withheld = rate is None and point.figure.binary_rate is not None
            values[TRACKER_MONTHS.index(point.months)] = rate
            status = _("Provisional") if point.provisional else _("Final")
            label = _("%(cohort)s, %(months)s months") % {"cohort": cohort_label(cohort.quarter), "months": point.months}
            rows.append((label, count(size), count(reoffenders), figure(rate, suffix="%", withheld=withheld), status))
        style = charts.SERVICE_STYLE if position == 0 else charts.AREA_STYLES[(position - 1) % len(charts.AREA_STYLES)]
        series.append(charts.Series(name, values, style))
    table = Table(
        caption=_("Reoffending so far of each recent cohort, by months since the index date"),
        head=(_("Cohort and months followed"), _("Children in the cohort"), _("Reoffended so far"),
              _("Reoffending rate so far"), _("Figures")),
        rows=tuple(rows),
        numeric_from=1,
    )  # fmt: skip
    svg = None
    if any(value is not None for line in series for value in line.values):
        categories = [_("%(months)s months") % {"months": months} for months in TRACKER_MONTHS]
        svg = charts.line_chart(
            chart_id="tracker",
            title=table.caption,
            description=_(
                "A line chart of the share of each recent cohort who have reoffended so far, at 3, 6, 9 and 12 "
                "months, one line per cohort, labelled provisional until final. The table below gives the figures."
            ),
            categories=categories,
            series=series,
            unit=_("Reoffending rate (%)"),
        )
    return PageSection("tracker", heading, summary, parts=(Part(table, svg),))


def _ordered(dimension: str, values: list[str]) -> list[str]:
    known = [value for value in VALUE_LABELS.get(dimension, {}) if value in values]
    return known + sorted(value for value in values if value not in known)


def _dimension_counts(split: dict[str, Reoffending], protect: bool):  # type: ignore[no-untyped-def]
    rows = {value: {"yes": found.reoffenders, "no": found.cohort - found.reoffenders} for value, found in split.items()}
    if protect:
        return suppress_table(rows, ["yes", "no"])
    return None


def out_of_court_section(service: Service, quarter: Quarter, protect: bool) -> PageSection:
    heading = _("Reoffending after out-of-court disposals")
    summary = _(
        "Children given an out-of-court disposal in the 12 months to %(end)s (a community resolution, outcome 22, outcome "
        "20/21, a youth caution or a youth conditional caution), each counted once at their first, and followed "
        "for 12 months for offences proven within a further 6 months. The figures for the latest disposals can "
        "still rise. %(inspection)s"
    ) % {"end": long_date(quarter.end), "inspection": INSPECTION}
    window = year_ending(quarter)
    found = out_of_court_reoffending(window, services=[service.pk]).get(service.pk)
    if found is None or not found.total.cohort:
        return PageSection(
            "out-of-court", heading, summary, empty=_("No child had an out-of-court disposal in this period.")
        )
    tables = {dimension: _dimension_counts(found.by.get(dimension, {}), protect) for dimension in DIMENSIONS}
    # The whole cohort is every dimension's total: withheld in one, withheld in all.
    total = _shared_total(found, tables, "total")
    reoffenders = _shared_total(found, tables, "yes")
    others = _shared_total(found, tables, "no")
    total_rate = ratio_shown(found.total.binary_rate, total, reoffenders, others)
    total_text = figure(total_rate, suffix="%", withheld=total_rate is None and found.total.binary_rate is not None)
    parts = tuple(
        _dimension_part(dimension, found, tables[dimension], (count(total), count(reoffenders), total_text))
        for dimension in DIMENSIONS
    )
    headlines = (
        Headline(_("Children given an out-of-court disposal"), count(total)),
        Headline(_("Reoffended within 12 months"), count(reoffenders)),
        Headline(_("Reoffending rate"), total_text),
    )
    return PageSection("out-of-court", heading, summary, headlines=headlines, parts=parts)


def _shared_total(found: OutOfCourtReoffending, tables, which: str) -> Count:  # type: ignore[no-untyped-def]
    value = {"total": found.total.cohort, "yes": found.total.reoffenders, "no": found.total.cohort - found.total.reoffenders}
    reasons = [
        (table.total if which == "total" else table.column_totals[which]).withheld
        for table in tables.values()
        if table is not None
    ]
    reason = next((r for r in reasons if r), None)
    return Count(value[which], reason)


def _dimension_part(dimension: str, found: OutOfCourtReoffending, table, total_row: tuple[str, str, str]) -> Part:  # type: ignore[no-untyped-def]
    split = found.by.get(dimension, {})
    names = (
        dict(OutcomeType.objects.filter(pk__in=list(split)).values_list("code", "name")) if dimension == "disposal" else {}
    )
    rows, bars = [], []
    for value in _ordered(dimension, list(split)):
        figures = split[value]
        if table is None:
            cohort, reoffenders, others = Count(figures.cohort), Count(figures.reoffenders), Count(0)
        else:
            cohort, reoffenders, others = table.row_totals[value], table.cells[(value, "yes")], table.cells[(value, "no")]
        rate = ratio_shown(figures.binary_rate, cohort, reoffenders, others)
        text = figure(rate, suffix="%", withheld=rate is None and figures.binary_rate is not None)
        label = f"{names[value]} ({value})" if value in names else value_label(dimension, value)
        rows.append((label, count(cohort), count(reoffenders), text))
        bars.append(charts.Bar(label, rate, text))
    rows.append((_("All children given an out-of-court disposal"), *total_row))
    heading = DIMENSIONS[dimension]
    caption = _("Reoffending after out-of-court disposals by %(dimension)s") % {"dimension": str(heading).lower()}
    data = Table(
        caption=caption,
        head=(str(heading), _("Children in the cohort"), _("Reoffended within 12 months"), _("Reoffending rate")),
        rows=tuple(rows),
    )
    svg = None
    if any(bar.value is not None for bar in bars):
        svg = charts.bar_chart(
            chart_id=f"out-of-court-{dimension.replace('_', '-')}",
            title=caption,
            description=_("A bar chart of the reoffending rate for each %(dimension)s. The table below gives the figures.")
            % {"dimension": str(heading).lower()},
            bars=bars,
        )
    return Part(data, svg)
