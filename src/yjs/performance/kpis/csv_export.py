"""The return as CSV: one row per service, KPI, order type and measure."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from yjs.performance.kpis.cells import return_cells
from yjs.performance.kpis.quarterly_return import KpiRow
from yjs.performance.periods import Quarter

COLUMNS = (
    "service",
    "quarter",
    "kpi",
    "kpi_name",
    "order_type",
    "measure",
    "measurement_point",
    "numerator",
    "denominator",
    "percentage",
    "rate_per_10000",
    "status",
    "note",
)


def write_return(
    out: TextIO, quarter: Quarter, returns: Iterable[tuple[str, list[KpiRow]]], *, aggregates_only: bool = False
) -> None:
    """Write `returns` ((service code, rows) pairs) to `out`; board members' copies suppress small counts."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for service, rows in returns:
        for row, shown in return_cells(rows, aggregates_only=aggregates_only):
            writer.writerow(
                [
                    service,
                    str(quarter),
                    row.kpi,
                    row.kpi_name,
                    row.order_type,
                    row.measure,
                    row.measurement_point,
                    shown.numerator,
                    shown.denominator,
                    shown.percentage,
                    shown.rate_per_10000,
                    row.status,
                    row.note,
                ]
            )
