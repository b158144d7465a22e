"""The YJB KPIs in the report: each recorded measure's "all order types" figure, and what is not recorded.

The figures are the KPI page's as a board member sees it (`kpis.cells.return_cells` with aggregates
only): each measure suppressed as one table of order types, and only its total row shown here. Showing
a total the KPI page withholds would let a reader subtract the page's rows from it, so the report takes
the page's suppression as it is rather than suppressing the totals on their own.
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from yjs.performance.kpis.cells import return_cells
from yjs.performance.kpis.order_types import ALL_ORDERS
from yjs.performance.kpis.quarterly_return import NOT_RECORDED_STATUS, KpiRow, kpi_return, return_rows
from yjs.performance.panels import Table
from yjs.performance.periods import Quarter


def kpi_rows(service_id: int, quarter: Quarter, today: date) -> list[KpiRow]:
    found = kpi_return(quarter.window, services=[service_id], today=today).get(service_id)
    return found or return_rows(None, {}, None, with_board=True)


def kpi_table(rows: list[KpiRow], quarter: Quarter) -> tuple[Table, list[str]]:
    """The recorded measures' totals as a table, and the measures not recorded, as sentences."""
    table_rows, missing = [], []
    for row, cells in return_cells(rows, aggregates_only=True):
        if row.status == NOT_RECORDED_STATUS:
            missing.append(
                _("KPI %(kpi)s %(name)s: %(label)s. %(reason)s")
                % {"kpi": row.kpi, "name": row.kpi_name, "label": row.label, "reason": row.note}
            )
            continue
        if row.order_type != ALL_ORDERS:
            continue
        if row.kpi == 9:
            value = cells.rate_per_10000 and _("%(rate)s per 10,000") % {"rate": cells.rate_per_10000}
        else:
            value = cells.percentage and f"{cells.percentage}%"
        table_rows.append(
            (
                _("KPI %(kpi)s: %(name)s") % {"kpi": row.kpi, "name": row.kpi_name},
                row.label,
                cells.numerator or "–",
                cells.denominator or "–",
                value or "–",
            )
        )
    table = Table(
        caption=_("YJB key performance indicators, quarter %(label)s, all order types")
        % {"label": quarter.financial_year_label()},
        head=(_("Indicator"), _("Measure"), _("Numerator"), _("Denominator"), _("Percentage or rate")),
        rows=tuple(table_rows),
        numeric_from=2,
    )
    return table, missing
