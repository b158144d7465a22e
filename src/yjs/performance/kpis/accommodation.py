"""KPI 1: accommodation suitable at the start and at the end of the order.

YJB KPI 1 (DOMAIN.md section 4): the child's accommodation is suitable on a day when every accommodation
record open that day is suitable; "not known" counts as unsuitable, and so does a day with no record open
(the same rule as resettlement/accommodation_rules.py, written here as two EXISTS subqueries on the order's
child and its start or end date, so the return stays one grouped query for every service).
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from yjs.performance.kpis.measure import AT_ORDER_END, Measure
from yjs.resettlement.models import AccommodationRecord
from yjs.resettlement.vocabularies import Suitability

AT_ORDER_START = _("Order start")


def open_on(day_field: str) -> Q:
    """The live records of the order's child open on the order's `day_field` (start_date or end_date)."""
    day = OuterRef(day_field)
    return Q(child_id=OuterRef("child_id"), archived_at__isnull=True, start_date__lte=day) & (
        Q(end_date__isnull=True) | Q(end_date__gte=day)
    )


def suitable_on(day_field: str) -> Q:
    records = AccommodationRecord.objects.filter(open_on(day_field))
    return Q(Exists(records)) & ~Q(Exists(records.exclude(suitability=Suitability.SUITABLE)))


MEASURES: tuple[Measure, ...] = (
    Measure(
        1,
        "accommodation_suitable_start",
        _("Children in suitable accommodation at the start of the order"),
        AT_ORDER_START,
        suitable_on("start_date"),
    ),
    Measure(
        1,
        "accommodation_suitable_end",
        _("Children in suitable accommodation at the end of the order"),
        AT_ORDER_END,
        suitable_on("end_date"),
    ),
)
