"""A return's figures as text, for a reader who may see every count or for a board member.

A board member sees aggregates only (yjs.lib.suppression). A measure's rows are one table: a row per
order type, with the children who meet the measure and those who do not, and the "all order types" row
as the column totals; so a count of 1 to 4 is hidden as "<5", and whatever would give it back (the other
part of its row, another order type, the total) is withheld as "[c]". KPI 9 counts offences by group
against a published population, so only its counts are a line to suppress; KPI 8 counts board meetings
and partners, never children, so it is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from yjs.lib.suppression import FEWER_THAN_FIVE, Count, ratio_shown, suppress_line, suppress_table
from yjs.performance.kpis.order_types import ALL_ORDERS
from yjs.performance.kpis.quarterly_return import NOT_RECORDED_STATUS, KpiRow

FEWER_THAN_5 = FEWER_THAN_FIVE
UNSUPPRESSED_KPIS = frozenset({8})


@dataclass(frozen=True)
class Cells:
    numerator: str
    denominator: str
    percentage: str
    rate_per_10000: str
    suppressed: bool = False


def _figure(value: float | None, places: int) -> str:
    return "" if value is None else f"{value:.{places}f}"


def _text(count: int | None) -> str:
    return "" if count is None else str(count)


def _shown(row: KpiRow) -> Cells:
    return Cells(
        _text(row.numerator),
        _text(row.denominator),
        _figure(row.percentage, 1),
        _figure(row.rate_per_10000, 2),
    )


def _withheld(row: KpiRow, numerator: Count, denominator: Count | None) -> Cells:
    counts = [numerator] if denominator is None else [numerator, denominator]
    return Cells(
        numerator.text,
        _text(row.denominator) if denominator is None else denominator.text,
        _figure(ratio_shown(row.percentage, *counts), 1),
        _figure(ratio_shown(row.rate_per_10000, *counts), 2),
        any(count.withheld for count in counts),
    )


def _measure_cells(rows: list[KpiRow]) -> list[Cells]:
    parts = [row for row in rows if row.order_type != ALL_ORDERS]
    totals = [row for row in rows if row.order_type == ALL_ORDERS]
    if rows[0].kpi == 9:
        line = suppress_line({row.order_type: row.numerator or 0 for row in parts}, totals[0].numerator if totals else None)
        found = {row.order_type: line.parts[row.order_type] for row in parts}
        if totals and line.total is not None:
            found[ALL_ORDERS] = line.total
        return [_withheld(row, found[row.order_type], None) for row in rows]
    table = suppress_table(
        {
            row.order_type: {"with": row.numerator or 0, "without": (row.denominator or 0) - (row.numerator or 0)}
            for row in parts
        },
        ["with", "without"],
    )
    cells = []
    for row in rows:
        if row.order_type == ALL_ORDERS:
            cells.append(_withheld(row, table.column_totals["with"], table.total))
        else:
            cells.append(_withheld(row, table.cells[(row.order_type, "with")], table.row_totals[row.order_type]))
    return cells


def return_cells(rows: Iterable[KpiRow], *, aggregates_only: bool) -> list[tuple[KpiRow, Cells]]:
    """Each row with its figures as the reader may see them, in the rows' order."""
    shown: list[tuple[KpiRow, Cells]] = []
    for _measure, grouped in groupby(rows, key=lambda row: (row.kpi, row.measure)):
        measure_rows = list(grouped)
        plain = (
            not aggregates_only or measure_rows[0].status == NOT_RECORDED_STATUS or measure_rows[0].kpi in UNSUPPRESSED_KPIS
        )
        cells = [_shown(row) for row in measure_rows] if plain else _measure_cells(measure_rows)
        shown.extend(zip(measure_rows, cells, strict=True))
    return shown
