"""One KPI measure: a numerator over a denominator, each a condition on the KPI unit (unit.py)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from yjs.performance.kpis.order_types import OrderType

AT_ORDER_END = _("Order end")


@dataclass(frozen=True)
class Measure:
    kpi: int
    code: str
    label: str | Promise
    measurement_point: str | Promise
    numerator: Q
    # None: every child with an order ending (of the measure's order types) is in the denominator.
    denominator: Q | None = None
    order_types: tuple[OrderType, ...] = tuple(OrderType)
