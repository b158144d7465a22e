"""The performance dashboard of one service for a year ending a quarter: its sections, ready to show.

Figures come from performance.indicators (every indicator of a 12-month window in a few grouped
queries) for the chosen year and the 7 before it, for the service and for its local authorities, and
from the caseload profile. For a reader who sees aggregates only, every count is suppressed here, once,
with the counts it adds up with (local authorities to the service, court and out of court to the whole
caseload), and every rate made from a withheld count is withheld too; charts then show a gap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _

from yjs.core.models import LocalAuthority, Service
from yjs.lib.suppression import Count, ratio_shown, shown, suppress_line, suppress_table
from yjs.parenting.feedback_figures import feedback_section
from yjs.performance import charts
from yjs.performance.caseload_figures import caseload_section
from yjs.performance.figures import EMPTY_REOFFENDING, Custody, FirstTimeEntrants, Reoffending
from yjs.performance.indicators import IndicatorSet, indicators
from yjs.performance.panels import Chart, Headline, Section, Table, comparators, count, figure, period_label, quarter_label
from yjs.performance.periods import Quarter, quarters_ending, year_ending

TREND_QUARTERS = 8
OTHER = 0  # children of the service living outside its local authorities, or with none recorded


@dataclass(frozen=True)
class Trend:
    quarters: list[Quarter]
    service: list[IndicatorSet]
    areas: list[dict[int, IndicatorSet]]


def gather(service: Service, quarter: Quarter) -> Trend:
    quarters = quarters_ending(quarter, TREND_QUARTERS)
    service_rows, area_rows = [], []
    for each in quarters:
        window = year_ending(each)
        found = indicators(window, services=[service.pk]).get(service.pk)
        service_rows.append(found or _nothing())
        area_rows.append(indicators(window, by="local_authority", services=[service.pk]))
    return Trend(quarters, service_rows, area_rows)


def _nothing() -> IndicatorSet:
    return IndicatorSet(FirstTimeEntrants(0, None), Custody(0, None), EMPTY_REOFFENDING)


def dashboard(service: Service, quarter: Quarter, *, protect: bool) -> list[Section]:
    trend = gather(service, quarter)
    areas = {area.pk: area.name for area in LocalAuthority.objects.filter(service=service).order_by("name")}
    context = _Context(service, trend, areas, protect)
    return [
        _rate_section(context, FTE),
        _reoffending_section(context),
        _rate_section(context, CUSTODY),
        caseload_section(service, protect=protect),
        _feedback_section(service, quarter, protect),
    ]


def _feedback_section(service: Service, quarter: Quarter, protect: bool) -> Section:
    """What children and parents tell us: feedback scores by quarter and by type of intervention (yjs.parenting)."""
    return feedback_section(service, quarter, protect=protect)


@dataclass(frozen=True)
class _Context:
    service: Service
    trend: Trend
    areas: dict[int, str]
    protect: bool

    def split(self, total: int, by_area: Mapping[int, int]) -> tuple[Count, dict[int, Count]]:
        """The service's count and its local authorities' counts, suppressed together."""
        parts = {area: by_area.get(area, 0) for area in self.areas}
        if remainder := total - sum(parts.values()):
            parts[OTHER] = remainder
        if not self.protect:
            return Count(total), shown(parts)
        line = suppress_line(parts, total)
        assert line.total is not None
        return line.total, line.parts

    def area_names(self) -> dict[int, str]:
        return self.areas | {OTHER: _("Elsewhere or not recorded")}


@dataclass(frozen=True)
class RateMeasure:
    slug: str
    heading: str
    summary: str
    measure: str
    pick: Callable[[IndicatorSet], FirstTimeEntrants | Custody]
    rate: Callable[[FirstTimeEntrants | Custody], float | None]
    count_label: str
    rate_label: str
    empty: str


FTE = RateMeasure(
    slug="first-time-entrants",
    heading=_("First-time entrants"),
    summary=_(
        "Children aged 10 to 17 living in the area who received their first youth caution, youth conditional "
        "caution or court conviction, per 100,000 children aged 10 to 17."
    ),
    measure="fte.rate_per_100k",
    pick=lambda found: found.fte,
    rate=lambda figure: figure.rate_per_100k,  # type: ignore[union-attr]
    count_label=_("First-time entrants"),
    rate_label=_("Rate per 100,000"),
    empty=_("No first-time entrants were recorded and there is no population estimate for this period."),
)
CUSTODY = RateMeasure(
    slug="custody",
    heading=_("Use of custody"),
    summary=_("Custodial sentences given to children aged 10 to 17, per 1,000 children aged 10 to 17."),
    measure="custody.rate_per_1000",
    pick=lambda found: found.custody,
    rate=lambda figure: figure.rate_per_1000,  # type: ignore[union-attr]
    count_label=_("Custodial sentences"),
    rate_label=_("Rate per 1,000"),
    empty=_("No custodial sentences were recorded and there is no population estimate for this period."),
)


def _rate_section(context: _Context, measure: RateMeasure) -> Section:
    trend, names = context.trend, context.area_names()
    rows, service_rates, service_series = [], [], []
    area_rates: dict[int, list[tuple[float | None, bool]]] = {area: [] for area in context.areas}
    latest: tuple[Count, dict[int, Count]] | None = None
    for index, quarter in enumerate(trend.quarters):
        mine = measure.pick(trend.service[index])
        theirs = {area: measure.pick(found) for area, found in trend.areas[index].items()}
        total, parts = context.split(mine.count, {area: found.count for area, found in theirs.items()})
        rate = ratio_shown(measure.rate(mine), total)
        service_rates.append(rate)
        service_series.append((rate, total.withheld is not None))
        for area in context.areas:
            found = theirs.get(area)
            value = ratio_shown(measure.rate(found), parts[area]) if found else None
            area_rates[area].append((value, parts[area].withheld is not None))
        rows.append(
            (quarter_label(quarter), count(total), count(mine.population), figure(rate, withheld=total.withheld is not None))
        )
        latest = (total, parts)
    series, columns = _trend_series(context, measure.measure, service_rates, area_rates)
    trend_rows = tuple((*row, *(column[index] for column in columns)) for index, row in enumerate(rows))
    trend_table = Table(
        caption=_("%(heading)s, 12 months to the end of each quarter") % {"heading": measure.heading},
        head=(
            _("12 months to"),
            measure.count_label,
            _("Children aged 10 to 17"),
            measure.rate_label,
            *(_("%(name)s: rate") % {"name": line.name} for line in series[1:]),
        ),
        rows=trend_rows,
    )
    trend_chart = Chart(
        _line_svg(f"{measure.slug}-trend", trend_table.caption, measure.rate_label, trend.quarters, series),
        trend_table,
    )
    chosen = measure.pick(trend.service[-1])
    assert latest is not None
    total, parts = latest
    by_area = {area: measure.pick(found) for area, found in trend.areas[-1].items()}
    area_rows, bars = [], []
    for area, part in parts.items():
        found = by_area.get(area)
        value = ratio_shown(measure.rate(found), part) if found and area != OTHER else None
        population = count(found.population) if found and area != OTHER else _("Not applicable")
        area_rows.append((names[area], count(part), population, figure(value, withheld=part.withheld is not None)))
        if area != OTHER:
            bars.append(charts.Bar(names[area], value, figure(value, withheld=part.withheld is not None)))
    area_rows.append((context.service.name, count(total), count(chosen.population), trend_rows[-1][3]))
    area_table = Table(
        caption=_("%(heading)s by local authority, %(period)s")
        % {"heading": measure.heading, "period": period_label(trend.quarters[-1])},
        head=(_("Local authority"), measure.count_label, _("Children aged 10 to 17"), measure.rate_label),
        rows=tuple(area_rows),
    )
    area_chart = Chart(_bar_svg(f"{measure.slug}-areas", area_table.caption, bars), area_table)
    headlines = (
        Headline(measure.count_label, count(total)),
        Headline(measure.rate_label, _headline_rate(service_rates[-1], total, chosen.population)),
    )
    nothing = chosen.count == 0 and chosen.population is None
    return Section(
        slug=measure.slug,
        heading=measure.heading,
        summary=measure.summary,
        empty=measure.empty if nothing else None,
        headlines=headlines,
        charts=(trend_chart, area_chart),
        series=tuple(service_series),
    )


def _headline_rate(rate: float | None, total: Count, population: int | None) -> str:
    if total.withheld:
        return _("Withheld: the count is too small to show")
    if population is None:
        return _("No population estimate for this period")
    return figure(rate)


def _trend_series(
    context: _Context,
    measure: str,
    service_rates: list[float | None],
    area_rates: Mapping[int, list[tuple[float | None, bool]]],
    suffix: str = "",
) -> tuple[list[charts.Series], list[list[str]]]:
    """The lines of a trend (the service, its comparators, its local authorities) and, for the table,
    the comparators' and local authorities' figures as text, a withheld one as such."""
    series = [charts.Series(context.service.name, service_rates, charts.SERVICE_STYLE)]
    columns = []
    for line in comparators(measure, context.trend.quarters, context.service.region_code):
        style = charts.NATIONAL_STYLE if line.national else charts.REGIONAL_STYLE
        series.append(charts.Series(line.name, list(line.values), style))
        columns.append([figure(value, suffix=suffix) for value in line.values])
    for position, (area, values) in enumerate(area_rates.items()):
        style = charts.AREA_STYLES[position % len(charts.AREA_STYLES)]
        series.append(charts.Series(context.areas[area], [value for value, _withheld in values], style))
        columns.append([figure(value, suffix=suffix, withheld=withheld) for value, withheld in values])
    return series, columns


def _line_svg(chart_id: str, title: str, unit: str, quarters: list[Quarter], series: list[charts.Series]):  # type: ignore[no-untyped-def]
    if all(value is None for line in series for value in line.values):
        return None
    names = ", ".join(line.name for line in series)
    description = _(
        "A line chart of %(title)s, from %(first)s to %(last)s, for %(names)s. The table below gives the figures."
    ) % {"title": title, "first": quarter_label(quarters[0]), "last": quarter_label(quarters[-1]), "names": names}
    return charts.line_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        categories=[quarter_label(quarter) for quarter in quarters],
        series=series,
        unit=unit,
    )


def _bar_svg(chart_id: str, title: str, bars: list[charts.Bar]):  # type: ignore[no-untyped-def]
    if all(bar.value is None for bar in bars):
        return None
    description = _("A bar chart of %(title)s. The table below gives the figures.") % {"title": title}
    return charts.bar_chart(chart_id=chart_id, title=title, description=description, bars=bars)


def _reoffending_counts(
    context: _Context, mine: Reoffending, theirs: Mapping[int, Reoffending]
) -> tuple[dict[str, Count], dict[int, dict[str, Count]]]:
    """Cohort, reoffenders, those who did not, and reoffences, for the service and each area, suppressed."""
    areas = {area: theirs.get(area, EMPTY_REOFFENDING) for area in context.areas}
    other = _other_reoffending(mine, theirs, context.areas)
    if other.cohort:
        areas[OTHER] = other
    rows = {area: {"yes": found.reoffenders, "no": found.cohort - found.reoffenders} for area, found in areas.items()}
    offences = {area: found.reoffences for area, found in areas.items()}
    if context.protect:
        table = suppress_table(rows, columns=["yes", "no"])
        line = suppress_line(offences, mine.reoffences)
        service = {
            "cohort": table.total,
            "reoffenders": table.column_totals["yes"],
            "others": table.column_totals["no"],
            "reoffences": line.total,
        }
        by_area = {
            area: {
                "cohort": table.row_totals[area],
                "reoffenders": table.cells[(area, "yes")],
                "others": table.cells[(area, "no")],
                "reoffences": line.parts[area],
            }
            for area in areas
        }
        return service, by_area  # type: ignore[return-value]
    plain = {area: _plain_reoffending(found) for area, found in areas.items()}
    return _plain_reoffending(mine), plain


def _other_reoffending(mine: Reoffending, theirs: Mapping[int, Reoffending], areas: Mapping[int, str]) -> Reoffending:
    """The service's children who live outside its local authorities, or have none recorded."""
    inside = [theirs.get(area, EMPTY_REOFFENDING) for area in areas]
    return Reoffending(
        mine.cohort - sum(found.cohort for found in inside),
        mine.reoffenders - sum(found.reoffenders for found in inside),
        mine.reoffences - sum(found.reoffences for found in inside),
    )


def _plain_reoffending(found: Reoffending) -> dict[str, Count]:
    return {
        "cohort": Count(found.cohort),
        "reoffenders": Count(found.reoffenders),
        "others": Count(found.cohort - found.reoffenders),
        "reoffences": Count(found.reoffences),
    }


def _reoffending_values(found: Reoffending, counts: Mapping[str, Count]) -> dict[str, tuple[float | None, bool]]:
    """Each rate, and whether it is withheld because a count it is made from is."""

    def made_from(value: float | None, *names: str) -> tuple[float | None, bool]:
        withheld = any(counts[name].withheld for name in names)
        return (None if withheld else value), withheld

    return {
        "binary": made_from(found.binary_rate, "reoffenders", "others", "cohort"),
        "per_reoffender": made_from(found.per_reoffender, "reoffences", "reoffenders"),
        "per_child": made_from(found.per_child, "reoffences", "cohort"),
    }


def _reoffending_row(
    label: str, counts: Mapping[str, Count], values: Mapping[str, tuple[float | None, bool]]
) -> tuple[str, ...]:
    return (
        label,
        count(counts["cohort"]),
        count(counts["reoffenders"]),
        figure(values["binary"][0], suffix="%", withheld=values["binary"][1]),
        count(counts["reoffences"]),
        figure(values["per_reoffender"][0], digits=2, withheld=values["per_reoffender"][1]),
        figure(values["per_child"][0], digits=2, withheld=values["per_child"][1]),
    )


REOFFENDING_HEAD = (
    _("Children in the cohort"),
    _("Reoffenders"),
    _("Reoffending rate"),
    _("Reoffences"),
    _("Reoffences per reoffender"),
    _("Reoffences per child"),
)


def _reoffending_section(context: _Context) -> Section:
    trend, names = context.trend, context.area_names()
    rows, service_rates, service_series = [], [], []
    area_rates: dict[int, list[tuple[float | None, bool]]] = {area: [] for area in context.areas}
    for index, quarter in enumerate(trend.quarters):
        mine = trend.service[index].reoffending
        theirs = {area: found.reoffending for area, found in trend.areas[index].items()}
        service, by_area = _reoffending_counts(context, mine, theirs)
        values = _reoffending_values(mine, service)
        service_rates.append(values["binary"][0])
        service_series.append(values["binary"])
        for area in context.areas:
            found = theirs.get(area, EMPTY_REOFFENDING)
            area_rates[area].append(_reoffending_values(found, by_area[area])["binary"])
        rows.append(_reoffending_row(quarter_label(quarter), service, values))
    series, columns = _trend_series(context, "reoffending.binary_rate", service_rates, area_rates, suffix="%")
    trend_table = Table(
        caption=_("Proven reoffending of the children who entered the cohort in the 12 months to each quarter"),
        head=(_("12 months to"), *REOFFENDING_HEAD, *(_("%(name)s: rate") % {"name": line.name} for line in series[1:])),
        rows=tuple((*row, *(column[index] for column in columns)) for index, row in enumerate(rows)),
    )
    trend_chart = Chart(
        _line_svg("reoffending-trend", trend_table.caption, _("Reoffending rate (%)"), trend.quarters, series),
        trend_table,
    )
    mine = trend.service[-1].reoffending
    theirs = {area: found.reoffending for area, found in trend.areas[-1].items()}
    service, by_area = _reoffending_counts(context, mine, theirs)
    area_rows, bars = [], []
    for area, counts in by_area.items():
        found = theirs.get(area, EMPTY_REOFFENDING)
        if area == OTHER:
            found = _other_reoffending(mine, theirs, context.areas)
        values = _reoffending_values(found, counts)
        area_rows.append(_reoffending_row(names[area], counts, values))
        if area != OTHER:
            bars.append(charts.Bar(names[area], values["binary"][0], area_rows[-1][3]))
    area_rows.append(_reoffending_row(context.service.name, service, _reoffending_values(mine, service)))
    area_table = Table(
        caption=_("Proven reoffending by local authority, %(period)s") % {"period": period_label(trend.quarters[-1])},
        head=(_("Local authority"), *REOFFENDING_HEAD),
        rows=tuple(area_rows),
    )
    area_chart = Chart(_bar_svg("reoffending-areas", area_table.caption, bars), area_table)
    latest = rows[-1]
    headlines = tuple(Headline(label, text) for label, text in zip(REOFFENDING_HEAD, latest[1:], strict=True))
    return Section(
        slug="reoffending",
        heading=_("Proven reoffending"),
        summary=_(
            "Children aged 10 to 17 with a caution, a court outcome or a release from custody in the period, "
            "followed for 12 months for offences proven within a further 6 months. Figures for the latest "
            "periods can still rise until those 18 months have passed."
        ),
        empty=None if mine.cohort else _("No children entered the reoffending cohort in this period, so there is no rate."),
        headlines=headlines,
        charts=(trend_chart, area_chart),
        series=tuple(service_series),
    )
