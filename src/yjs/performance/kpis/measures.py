"""The KPIs that count children with an order ending: each a numerator over a denominator, by order type.

Every measure is a condition on the order and the child's records, worked out once for every order and kept as a
bit (kept_orders.py), so the whole set for every service is a single grouped count of bits over the unit. The
child's SEND status, needs and care status are as recorded now, not as they were on the day the order ended: yjs
keeps the history of a child's record but the return, like the case manager's view, reads the current record
(docs/indicators.md says so).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from django.db.models import Count, F, Q, Sum
from django.utils.translation import gettext_lazy as _

from yjs.casework.vocabularies import InterventionEnding
from yjs.children.vocabularies import CareStatus, SendStatus
from yjs.performance.kpis import accommodation, education_training_employment, health_interventions
from yjs.performance.kpis.measure import AT_ORDER_END, Measure
from yjs.performance.kpis.order_types import OUT_OF_COURT
from yjs.performance.kpis.unit import kpi_unit
from yjs.performance.periods import Window

CORE_MEASURES = (
    Measure(
        3,
        "send_formal_plan",
        _("Children with a formal plan (EHCP; IDP in Wales), of those with an identified SEND or ALN need"),
        AT_ORDER_END,
        Q(child__send_status=SendStatus.EHCP),
        Q(child__send_status__in=[SendStatus.SEN_SUPPORT, SendStatus.EHCP]),
    ),
    Measure(
        4,
        "mental_health_need",
        _("Children with an identified mental health or wellbeing need"),
        AT_ORDER_END,
        Q(child__mental_health_concern=True),
    ),
    Measure(
        5,
        "substance_misuse_need",
        _("Children with an identified substance misuse need"),
        AT_ORDER_END,
        Q(child__substance_misuse=True),
    ),
    Measure(
        6,
        "oocd_completed",
        _("Children who completed their out-of-court intervention programme"),
        AT_ORDER_END,
        Q(ending=InterventionEnding.COMPLETED),
        order_types=OUT_OF_COURT,
    ),
    Measure(
        6,
        "oocd_ending_not_recorded",
        _("Programmes closed without recording whether they were completed (counted as not completed)"),
        AT_ORDER_END,
        Q(ending__isnull=True) | Q(ending=""),
        order_types=OUT_OF_COURT,
    ),
    *(
        Measure(7, f"wider_{status.value}", label, AT_ORDER_END, Q(child__care_status=status))
        for status, label in (
            (CareStatus.LOOKED_AFTER, _("Children who are looked after")),
            (CareStatus.CHILD_PROTECTION, _("Children on a child protection plan")),
            (CareStatus.CHILD_IN_NEED, _("Children in need")),
            (CareStatus.EARLY_HELP, _("Children on an early help plan")),
        )
    ),
    Measure(
        7,
        "wider_any",
        _("Children in any of the above"),
        AT_ORDER_END,
        Q(
            child__care_status__in=[
                CareStatus.LOOKED_AFTER,
                CareStatus.CHILD_PROTECTION,
                CareStatus.CHILD_IN_NEED,
                CareStatus.EARLY_HELP,
            ]
        ),
    ),
)


# Each practice area's measures live beside its own records' conditions; the return lists them in KPI order.
MEASURES: tuple[Measure, ...] = (
    *CORE_MEASURES,
    *accommodation.MEASURES,
    *education_training_employment.MEASURES,
    *health_interventions.MEASURES,
)


class Tally(NamedTuple):
    """A measure's count for one order type (a named tuple: the return for every service makes thousands)."""

    numerator: int
    denominator: int


# {unit id: {measure code: {order type value: Tally}}}
MeasureCounts = dict[int, dict[str, dict[str, Tally]]]


def _den(measure: Measure) -> str:
    return f"{measure.code}__den" if measure.denominator is not None else "children"


def _orders_with(bits: str, i: int) -> Sum:
    """How many of the kept orders have bit i of `bits` (the i-th measure's numerator or denominator) set."""
    return Sum(F(bits).bitrightshift(i).bitand(1))


def children_counts(window: Window, *, by: str = "service", services: Iterable[int] | None = None) -> MeasureCounts:
    """Numerator and denominator of every measure, per service (or local authority) and order type."""
    aggregates = {"children": Count("pk")}
    for i, measure in enumerate(MEASURES):
        aggregates[f"{measure.code}__num"] = _orders_with("numerators", i)
        if measure.denominator is not None:
            aggregates[f"{measure.code}__den"] = _orders_with("denominators", i)
    rows = kpi_unit(window, by=by, services=services).values("unit", "order_type").annotate(**aggregates)
    # Each measure's keys and order types worked out once, not once for each of the thousand rows.
    keyed = [
        (measure.code, f"{measure.code}__num", _den(measure), {t.value for t in measure.order_types})
        for measure in MEASURES
    ]
    counts: MeasureCounts = defaultdict(dict)
    for row in rows:
        unit, order_type = counts[row["unit"]], row["order_type"]
        for code, numerator, denominator, order_types in keyed:
            if order_type in order_types:
                unit.setdefault(code, {})[order_type] = Tally(row[numerator], row[denominator])
    return dict(counts)
