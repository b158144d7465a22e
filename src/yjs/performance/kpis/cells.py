"""A return row's figures as text, for a reader who may see every count or for a board member.

A board member sees aggregates only: a count of 1 to 4 is shown as "<5", and a percentage or rate is
left blank wherever a count it is made from is hidden, since with the other count shown it would give
the hidden one back. (This is the plain rule; the order-type totals are not yet protected against
recovering a hidden cell by subtracting the others from the "all order types" row.)
"""

from __future__ import annotations

from dataclasses import dataclass

from yjs.performance.kpis.quarterly_return import KpiRow

FEWER_THAN_5 = "<5"


def is_small(count: int | None) -> bool:
    return count is not None and 1 <= count <= 4


@dataclass(frozen=True)
class Cells:
    numerator: str
    denominator: str
    percentage: str
    rate_per_10000: str
    suppressed: bool = False


def _count(count: int | None, hide: bool) -> str:
    if count is None:
        return ""
    return FEWER_THAN_5 if hide and is_small(count) else str(count)


def _figure(value: float | None, places: int) -> str:
    return "" if value is None else f"{value:.{places}f}"


def cells(row: KpiRow, *, aggregates_only: bool) -> Cells:
    # KPI 9's denominator is the published population estimate, never a count of children in the service.
    counts = [row.numerator] if row.kpi == 9 else [row.numerator, row.denominator]
    hidden = aggregates_only and any(is_small(count) for count in counts)
    return Cells(
        _count(row.numerator, aggregates_only),
        _count(row.denominator, aggregates_only and row.kpi != 9),
        "" if hidden else _figure(row.percentage, 1),
        "" if hidden else _figure(row.rate_per_10000, 2),
        hidden,
    )
