"""The quarterly KPI return: one row per KPI, order type and measure, as the CSV and the page show it.

Computing it takes three grouped queries for every service at once (children with an order ending, serious
violence offences, and victims of the children with an order ending) plus the population estimates; the
rest is arranging numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache, partial
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from yjs.governance.attendance import PeriodFigure
from yjs.lib.garbage import collecting_less
from yjs.performance.figures import Ratio
from yjs.performance.kpis import serious_violence as sv
from yjs.performance.kpis import victims as kpi_victims
from yjs.performance.kpis.board_attendance import STATUTORY_SECTORS, board_figures, scored, sector_label
from yjs.performance.kpis.measure import Measure
from yjs.performance.kpis.measures import LENGTH, MEASURES, POSITIONS, Tally, children_lists
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


class KpiRow(NamedTuple):
    """One line of the return. A named tuple rather than a frozen dataclass: a return for every service is
    tens of thousands of rows, and a frozen dataclass sets each field through object.__setattr__."""

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


@lru_cache
def _order_types(code: str) -> tuple[str, ...]:
    """A measure's order types and the "all" row, by the measure's code, looked up once. Only KPI 10's rows are
    made this way now: the children's measures' rows follow _children_plan."""
    measure = next(m for m in (*MEASURES, kpi_victims.MEASURE) if m.code == code)
    return (*(t.value for t in measure.order_types), ALL_ORDERS)


def _measure_rows(measure: Measure, tallies: dict[str, Tally], wording: dict[str, str]) -> list[KpiRow]:
    kpi, code = measure.kpi, measure.code
    label, point = wording[f"{code}.label"], wording[f"{code}.point"]
    rows = []
    for order_type in _order_types(code):
        if order_type == ALL_ORDERS:
            numerator = sum(part for part, _whole in tallies.values())
            denominator = sum(whole for _part, whole in tallies.values())
        else:
            numerator, denominator = tallies.get(order_type, _NONE)
        rows.append(KpiRow(kpi, order_type, code, label, point, numerator, denominator, _percentage(numerator, denominator)))
    return rows


_NONE = Tally(0, 0)


def _percentage(numerator: int, denominator: int) -> float | None:
    return numerator / denominator * 100 if denominator else None  # as Ratio(…, 100).value


class _ChildrenPlan(NamedTuple):
    """Where each of the children's measures' rows (each order type's, then the "all" row) takes its numbers from,
    worked out once per language: the rows' fixed columns, and where the numerator and denominator of each row
    are in the unit's kept list of numbers followed by each measure's sums."""

    fixed: tuple[tuple[object, ...], ...]  # kpi, order type, measure, label, measurement point: a column each
    sums: tuple[slice, ...]  # each measure's numerators, then its denominators, in the kept list
    numerators: itemgetter
    denominators: itemgetter


@lru_cache
def _children_plan(language: str | None) -> _ChildrenPlan:
    wording = _wording(language)
    rows, sums, numerators, denominators = [], [], [], []
    for measure in MEASURES:
        code = measure.code
        label, point = wording[f"{code}.label"], wording[f"{code}.point"]
        positions = POSITIONS[code]
        for order_type, at in positions:
            rows.append((measure.kpi, order_type, code, label, point))
            numerators.append(at)
            denominators.append(at + 1)
        # A measure's order types are next to each other in the kept list: numerator, denominator, numerator, …
        first, last = positions[0][1], positions[-1][1]
        sums += [slice(first, last + 1, 2), slice(first + 1, last + 2, 2)]
        rows.append((measure.kpi, ALL_ORDERS, code, label, point))
        numerators.append(LENGTH + len(sums) - 2)
        denominators.append(LENGTH + len(sums) - 1)
    return _ChildrenPlan(tuple(zip(*rows, strict=True)), tuple(sums), itemgetter(*numerators), itemgetter(*denominators))


def _children_rows(counts: list[int] | None, language: str | None) -> list[KpiRow]:
    """The children's measures' rows, each order type's then the "all" row, from the unit's kept list of numbers.

    This is the return's busiest part (some 40,000 rows for 150 services), so the numbers are picked out and the
    rows made by the interpreter's own loops (itemgetter, zip, map) rather than a Python loop over each row."""
    if counts is None:
        return list(_no_children_rows(language))
    plan = _children_plan(language)
    numbers = counts + [sum(counts[part]) for part in plan.sums]
    numerators, denominators = plan.numerators(numbers), plan.denominators(numbers)
    percentages = [n / d * 100 if d else None for n, d in zip(numerators, denominators, strict=True)]  # as _percentage
    columns = zip(*plan.fixed, numerators, denominators, percentages, repeat(None), repeat(RECORDED), repeat(""))
    return list(map(_as_row, columns))


_as_row = partial(tuple.__new__, KpiRow)  # KpiRow's own constructor, a Python function, takes twice as long


@lru_cache
def _no_children_rows(language: str | None) -> tuple[KpiRow, ...]:
    return tuple(_children_rows([0] * LENGTH, language))


def _serious_violence_rows(offences: dict[str, int], population: int | None, wording: dict[str, str]) -> list[KpiRow]:
    label, point = wording["sv.label"], wording["sv.point"]
    note = wording["sv.population"] if population else wording["sv.no_population"]
    rows = []
    for group in [*sv.GROUPS, ALL_ORDERS]:
        count = sum(offences.values()) if group == ALL_ORDERS else offences.get(group, 0)
        rows.append(
            KpiRow(
                9,
                group,
                SV_MEASURE,
                label,
                point,
                count,
                population,
                rate_per_10000=Ratio(count, population, 10_000).value,
                note=note,
            )
        )
    return rows


def _board_rows(figure: PeriodFigure | None, wording: dict[str, str]) -> list[KpiRow]:
    represented, possible = scored(figure)
    meetings = len(figure.meetings) if figure else 0
    note = "" if meetings else wording["board.no_meeting"]
    point = wording["board.point"]
    rows = [
        KpiRow(
            8,
            ALL_ORDERS,
            BOARD_MEASURE,
            wording["board.label"],
            point,
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
                wording[f"board_{sector}"],
                point,
                count,
                meetings,
                percentage=Ratio(count, meetings, 100).value,
                note=note,
            )
        )
    return rows


@lru_cache
def _not_recorded_in(language: str | None) -> tuple[KpiRow, ...]:
    """The same rows for every unit (a KpiRow cannot be changed, so they are shared), translated once per language."""
    return tuple(
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
    )


@lru_cache
def _wording(language: str | None) -> dict[str, str]:
    """The return's fixed wording, translated once per language: it is the same for all 150 services, and
    translating it afresh for each service took longer than the queries counting them (gettext is slow)."""
    template = _("Meetings at which %(sector)s had a senior partner")
    return {
        **{f"{measure.code}.label": str(measure.label) for measure in (*MEASURES, kpi_victims.MEASURE)},
        **{f"{measure.code}.point": str(measure.measurement_point) for measure in (*MEASURES, kpi_victims.MEASURE)},
        **{f"board_{sector}": template % {"sector": sector_label(sector)} for sector in STATUTORY_SECTORS},
        "sv.label": _("Serious violence offences (drugs, robbery, violence against the person; seriousness 5 to 8)"),
        "sv.point": _("Caution or sentence dated in the quarter"),
        "sv.population": _("The denominator is the 10-17 population estimate."),
        "sv.no_population": _("No population estimate."),
        "board.label": _(
            "Statutory sectors represented by a senior partner, over the quarter's board meetings (5 a meeting)"
        ),
        "board.point": _("Board meetings in the quarter"),
        "board.no_meeting": _("The board did not meet in the quarter."),
    }


def return_rows(
    children: list[int] | None,
    offences: dict[str, int],
    population: int | None,
    board: PeriodFigure | None = None,
    with_board: bool = False,
    victims: dict[str, Tally] | None = None,
    language: str | None = None,
) -> list[KpiRow]:
    """One unit's return, KPIs in order, from its counts (absent counts are zeros).

    `children` is the unit's list of numbers from measures.children_counts (None: no child had an order ending).
    A local authority has no board of its own, so KPI 8 appears only when `with_board` (a service's return).
    `victims` are KPI 10's victims engaged and consented, by order type (kpis/victims.py). `language` is the
    reader's, when the caller already has it (a return for every service asks once, not once a service).
    """
    language = language or get_language()
    wording = _wording(language)
    rows = _children_rows(children, language)
    rows += _serious_violence_rows(offences, population, wording)
    if with_board:
        rows += _board_rows(board, wording)
    rows += _measure_rows(kpi_victims.MEASURE, victims or {}, wording)
    rows += _not_recorded_in(language)
    return sorted(rows, key=_KPI)


_KPI = itemgetter(0)  # KpiRow.kpi


@collecting_less()
def kpi_return(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None, today: date | None = None
) -> dict[int, list[KpiRow]]:
    """The return for every service (or local authority) with anything to report, and every one asked for."""
    services = None if services is None else list(services)
    counts = children_lists(window, by=by, services=services)
    offences = sv.serious_violence(window, by=by, services=services)
    populations = population(window, by=by, services=services)
    by_service = by == "service"
    boards = board_figures(window, today or timezone.localdate(), services) if by_service else {}
    victims = kpi_victims.victims_engaged(window, by=by, services=services)
    units = set(counts) | set(offences) | set(populations) | set(boards) | set(victims)
    if services is not None and by_service:
        units |= set(services)
    language = get_language()
    return {
        unit: return_rows(
            counts.get(unit),
            offences.get(unit, {}),
            populations.get(unit),
            boards.get(unit),
            by_service,
            victims=victims.get(unit),
            language=language,
        )
        for unit in units
    }
