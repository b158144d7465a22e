"""The KPIs' unit: one row per child with an order ending in the quarter.

An order is an intervention (casework.Intervention) supervising an outcome of one of the return's
order types, whose end date falls in the window, for a child aged 10 to 17 on its start date. A child
with several orders ending in the quarter is one row: the most serious outcome (the registry's
severity_rank, higher is more serious), then the order that ended last, then the one recorded last.
One query for every service over the kept orders (kept_orders.py), ranked by a window function over each
child's orders; a service or a local authority is a filter on it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F, QuerySet, Window
from django.db.models.functions import RowNumber

from yjs.casework.models import Intervention
from yjs.performance import follow_ups
from yjs.performance.grouping import kept_field
from yjs.performance.kpis import kept_orders
from yjs.performance.kpis.order_types import order_type_expression
from yjs.performance.models import KpiOrder
from yjs.performance.periods import Window as Period
from yjs.performance.sql import MonthKey, months


def qualifying_orders() -> QuerySet[Intervention]:
    """Every live order of one of the return's types, for a live child aged 10 to 17 on its start date."""
    orders = Intervention.objects.filter(
        archived_at__isnull=True,
        outcome__archived_at__isnull=True,
        child__archived_at__isnull=True,
    ).alias(
        started=MonthKey(F("start_date")),
        born=MonthKey(F("child__date_of_birth")),
        kind=order_type_expression("outcome__outcome_type"),
    )
    return orders.filter(started__gte=F("born") + months(120), started__lt=F("born") + months(216), kind__isnull=False)


def orders_ending(window: Period, *, services: Iterable[int] | None = None) -> QuerySet[Intervention]:
    """Every qualifying order ending in the window, before keeping one per child, read from the records."""
    orders = qualifying_orders().filter(end_date__gte=window.start, end_date__lte=window.end)
    if services is not None:
        orders = orders.filter(service_id__in=list(services))
    return orders


def kpi_unit(window: Period, *, by: str = "service", services: Iterable[int] | None = None) -> QuerySet[KpiOrder]:
    """The kept order of each child (models.KpiOrder, whose pk is the intervention's), annotated with `unit`
    (service or local authority id).

    Aggregate it with .values("unit", "order_type").annotate(...): each row is one child.
    """
    kept_orders.mark_all_if_the_measures_changed()
    follow_ups.recount_marked()
    orders = KpiOrder.objects.filter(end_date__gte=window.start, end_date__lte=window.end)
    if services is not None:
        orders = orders.filter(service_id__in=list(services))
    ranked = (
        orders.annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("child_id")],
                order_by=[F("severity_rank").desc(), F("end_date").desc(), F("pk").desc()],
            )
        )
        .filter(rank=1)
        .order_by()
    )
    # Django groups an aggregate over a window-filtered query inside the ranking subquery, per order;
    # selecting the kept orders by id first lets the caller's grouping count children.
    return KpiOrder.objects.filter(pk__in=ranked.values("pk")).annotate(unit=F(kept_field(by))).order_by()
