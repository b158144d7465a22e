"""The KPIs that count children with an order ending: each a numerator over a denominator, by order type.

Every measure is a condition on the order and the child's records, worked out once for every order and kept as a
bit (kept_orders.py), so the whole set for every service is a single grouped count of bits over the unit. The
child's SEND status, needs and care status are as recorded now, not as they were on the day the order ended: yjs
keeps the history of a child's record but the return, like the case manager's view, reads the current record
(docs/indicators.md says so).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import NamedTuple

from django.db.models import Count, F, Q, Sum
from django.utils.translation import gettext_lazy as _

from yjs.casework.vocabularies import InterventionEnding
from yjs.children.vocabularies import CareStatus, SendStatus
from yjs.performance import period_counts
from yjs.performance.kpis import accommodation, education_training_employment, health_interventions, kept_orders
from yjs.performance.kpis.measure import AT_ORDER_END, Measure
from yjs.performance.kpis.order_types import OUT_OF_COURT, OrderType
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
    """A measure's count for one order type."""

    numerator: int
    denominator: int


# {unit id: {measure code: {order type value: Tally}}}
MeasureCounts = dict[int | None, dict[str, dict[str, Tally]]]


def _den(measure: Measure) -> str:
    return f"{measure.code}__den" if measure.denominator is not None else "children"


def _orders_with(bits: str, i: int) -> Sum:
    """How many of the kept orders have bit i of `bits` (the i-th measure's numerator or denominator) set."""
    return Sum(F(bits).bitrightshift(i).bitand(1))


def _layout() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The order types, then each measure's order types, in the order the kept counts list them."""
    order_types = tuple(sorted(t.value for t in OrderType))
    return order_types, tuple((measure.code, t.value) for measure in MEASURES for t in measure.order_types)


ORDER_TYPES, MEASURE_ORDER_TYPES = _layout()


def _positions() -> dict[str, list[tuple[str, int]]]:
    """Where each measure's numerator for each order type is in the kept list (its denominator is next)."""
    positions: dict[str, list[tuple[str, int]]] = {}
    for i, (code, order_type) in enumerate(MEASURE_ORDER_TYPES):
        positions.setdefault(code, []).append((order_type, len(ORDER_TYPES) + 2 * i))
    return positions


POSITIONS = _positions()
LENGTH = len(ORDER_TYPES) + 2 * len(MEASURE_ORDER_TYPES)
# The kept counts are a flat list of numbers in this layout (decoding a list of numbers is several times quicker
# than decoding nested objects); its digest is in the calculation's name, so a change of measures is never read
# from counts kept in another layout.
KEPT_AS = "kpi_children." + hashlib.sha256(repr((ORDER_TYPES, MEASURE_ORDER_TYPES)).encode()).hexdigest()[:12]


def children_lists(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int | None, list[int]]:
    """Per service (or local authority) with children, a flat list of numbers: the children of each order type
    (ORDER_TYPES), then the numerator and denominator of each measure and order type, where POSITIONS says. Kept
    per service and local authority for a period of whole quarters (period_counts.py)."""
    kept_orders.mark_all_if_the_measures_changed()
    [kept] = period_counts.kept_counts(KEPT_AS, [window], services, _children_counts)
    return period_counts.folded(kept, by, period_counts.added)


def children_counts(window: Window, *, by: str = "service", services: Iterable[int] | None = None) -> MeasureCounts:
    """Numerator and denominator of every measure, per service (or local authority) and order type, for each
    order type with children in the unit (children_lists, by measure)."""
    return {unit: by_measure(counts) for unit, counts in children_lists(window, by=by, services=services).items()}


def by_measure(counts: list[int]) -> dict[str, dict[str, Tally]]:
    """A unit's flat list as {measure code: {order type: Tally}}, for the order types with children."""
    present = {order_type for order_type, children in zip(ORDER_TYPES, counts, strict=False) if children}
    measures: dict[str, dict[str, Tally]] = {}
    for code, positions in POSITIONS.items():
        tallies = {order_type: Tally(counts[at], counts[at + 1]) for order_type, at in positions if order_type in present}
        if tallies:
            measures[code] = tallies
    return measures


def _places_of_order_types() -> dict[str, tuple[int, list[tuple[int, str, str]]]]:
    """For each order type, where its children are in the kept list, and each of its measures' place there
    (POSITIONS) with the names of the columns its numerator and denominator are counted in."""
    places: dict[str, tuple[int, list[tuple[int, str, str]]]] = {
        order_type: (i, []) for i, order_type in enumerate(ORDER_TYPES)
    }
    for measure in MEASURES:
        for order_type, at in POSITIONS[measure.code]:
            places[order_type][1].append((at, f"{measure.code}__num", _den(measure)))
    return places


# Looked up once per row of the grouped count, not worked out for each.
PLACES = _places_of_order_types()


def _children_counts(window: Window, services: list[int] | None) -> period_counts.Counts:
    """Per service and local authority, a flat list: the children of each order type (ORDER_TYPES), then the
    numerator and denominator of each measure and order type (MEASURE_ORDER_TYPES). Each child is in one service
    and one local authority, so the counts of children add up over either."""
    aggregates = {"children": Count("pk")}
    for i, measure in enumerate(MEASURES):
        aggregates[f"{measure.code}__num"] = _orders_with("numerators", i)
        if measure.denominator is not None:
            aggregates[f"{measure.code}__den"] = _orders_with("denominators", i)
    rows = (
        kpi_unit(window, services=services)
        .values("service_id", "local_authority_id", "order_type")
        .annotate(**aggregates)
    )
    parts: dict[tuple[int, int | None], list[int]] = {}
    for row in rows:
        flat = parts.setdefault((row["service_id"], row["local_authority_id"]), [0] * LENGTH)
        children_at, measures = PLACES[row["order_type"]]
        flat[children_at] = row["children"]
        for at, numerator, denominator in measures:
            flat[at], flat[at + 1] = row[numerator] or 0, row[denominator] or 0
    return period_counts.nested((service, authority, flat) for (service, authority), flat in parts.items())
