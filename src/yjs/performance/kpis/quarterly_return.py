"""The quarterly KPI return: one row per KPI, order type and measure, as the CSV and the page show it.

Computing it takes two grouped queries for every service at once (children with an order ending, and
serious violence offences) plus the population estimates; the rest is arranging numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yjs.governance.attendance import PeriodFigure
from yjs.performance.figures import Ratio
from yjs.performance.kpis import serious_violence as sv
from yjs.performance.kpis.board_attendance import STATUTORY_SECTORS, board_figures, scored, sector_label
from yjs.performance.kpis.measures import MEASURES, Measure, Tally, children_counts
from yjs.performance.kpis.not_recorded import NOT_RECORDED
from yjs.performance.kpis.order_types import ALL_ORDERS, order_type_label
from yjs.performance.periods import Window
from yjs.performance.population import population

KPI_NAMES = {
    1: gettext_lazy("Accommodation"),
    2: gettext_lazy("Education, training and employment"),
    3: gettext_lazy("Special educational needs and disabilities (SEND) or additional learning needs (ALN)"),
    4: gettext_lazy("Mental health and wellbeing"),
    5: gettext_lazy("Substance misuse"),
    6: gettext_lazy("Out-of-court disposals"),
    7: gettext_lazy("Links to wider services"),
    8: gettext_lazy("Management board attendance"),
    9: gettext_lazy("Serious violence"),
    10: gettext_lazy("Victims"),
}
RECORDED = "recorded"
NOT_RECORDED_STATUS = "not recorded"
SV_MEASURE = "serious_violence_offences"
BOARD_MEASURE = "board_sectors_represented"


@dataclass(frozen=True)
class KpiRow:
    kpi: int
    order_type: str
    measure: str
    label: str
    measurement_point: str
    numerator: int | None
    denominator: int | None
    percentage: float | None = None
    rate_per_10000: float | None = None
    status: str = RECORDED
    note: str = ""

    @property
    def kpi_name(self) -> str:
        return str(KPI_NAMES[self.kpi])

    @property
    def order_type_label(self) -> str:
        if self.kpi == 9 and self.order_type in sv.LABELS:
            return str(sv.LABELS[self.order_type])
        if self.kpi == 8 and self.order_type in STATUTORY_SECTORS:
            return sector_label(self.order_type)
        return order_type_label(self.order_type)


def _measure_rows(measure: Measure, tallies: dict[str, Tally]) -> list[KpiRow]:
    rows = []
    for order_type in [t.value for t in measure.order_types] + [ALL_ORDERS]:
        if order_type == ALL_ORDERS:
            numerator = sum(t.numerator for t in tallies.values())
            denominator = sum(t.denominator for t in tallies.values())
        else:
            tally = tallies.get(order_type, Tally(0, 0))
            numerator, denominator = tally.numerator, tally.denominator
        rows.append(
            KpiRow(
                measure.kpi,
                order_type,
                measure.code,
                str(measure.label),
                str(measure.measurement_point),
                numerator,
                denominator,
                percentage=Ratio(numerator, denominator, 100).value,
            )
        )
    return rows


def _serious_violence_rows(offences: dict[str, int], population: int | None) -> list[KpiRow]:
    rows = []
    for group in [*sv.GROUPS, ALL_ORDERS]:
        count = sum(offences.values()) if group == ALL_ORDERS else offences.get(group, 0)
        rows.append(
            KpiRow(
                9,
                group,
                SV_MEASURE,
                _("Serious violence offences (drugs, robbery, violence against the person; seriousness 5 to 8)"),
                _("Caution or sentence dated in the quarter"),
                count,
                population,
                rate_per_10000=Ratio(count, population, 10_000).value,
                note=_("The denominator is the 10-17 population estimate.") if population else _("No population estimate."),
            )
        )
    return rows


def _board_rows(figure: PeriodFigure | None) -> list[KpiRow]:
    represented, possible = scored(figure)
    meetings = len(figure.meetings) if figure else 0
    note = "" if meetings else _("The board did not meet in the quarter.")
    rows = [
        KpiRow(
            8,
            ALL_ORDERS,
            BOARD_MEASURE,
            _("Statutory sectors represented by a senior partner, over the quarter's board meetings (5 a meeting)"),
            _("Board meetings in the quarter"),
            represented,
            possible,
            percentage=Ratio(represented, possible, 100).value,
            note=note,
        )
    ]
    for sector in STATUTORY_SECTORS:
        count = figure.meetings_represented(sector) if figure else 0
        rows.append(
            KpiRow(
                8,
                sector,
                f"board_{sector}",
                _("Meetings at which %(sector)s had a senior partner") % {"sector": sector_label(sector)},
                _("Board meetings in the quarter"),
                count,
                meetings,
                percentage=Ratio(count, meetings, 100).value,
                note=note,
            )
        )
    return rows


def _not_recorded_rows() -> list[KpiRow]:
    return [
        KpiRow(
            item.kpi,
            ALL_ORDERS,
            item.code,
            str(item.label),
            str(item.measurement_point),
            None,
            None,
            status=NOT_RECORDED_STATUS,
            note=str(item.reason),
        )
        for item in NOT_RECORDED
    ]


def return_rows(
    tallies: dict[str, dict[str, Tally]],
    offences: dict[str, int],
    population: int | None,
    board: PeriodFigure | None = None,
    with_board: bool = False,
) -> list[KpiRow]:
    """One unit's return, KPIs in order, from its grouped counts (absent counts are zeros).

    A local authority has no board of its own, so KPI 8 appears only when `with_board` (a service's return).
    """
    rows = [row for measure in MEASURES for row in _measure_rows(measure, tallies.get(measure.code, {}))]
    rows += _serious_violence_rows(offences, population)
    if with_board:
        rows += _board_rows(board)
    rows += _not_recorded_rows()
    return sorted(rows, key=lambda row: row.kpi)


def kpi_return(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None, today: date | None = None
) -> dict[int, list[KpiRow]]:
    """The return for every service (or local authority) with anything to report, and every one asked for."""
    services = None if services is None else list(services)
    counts = children_counts(window, by=by, services=services)
    offences = sv.serious_violence(window, by=by, services=services)
    populations = population(window, by=by, services=services)
    by_service = by == "service"
    boards = board_figures(window, today or timezone.localdate(), services) if by_service else {}
    units = set(counts) | set(offences) | set(populations) | set(boards)
    if services is not None and by_service:
        units |= set(services)
    return {
        unit: return_rows(counts.get(unit, {}), offences.get(unit, {}), populations.get(unit), boards.get(unit), by_service)
        for unit in units
    }
