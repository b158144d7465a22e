"""Each child's ended orders with every KPI measure's conditions worked out, kept, and worked out again whenever
the child's records change.

A quarter's KPI return counts children with an order ending in the quarter (unit.py), each measure a condition
on the order, the child's record and the child's accommodation, education and health records around the order's
dates (measures.py). None of those conditions depends on the quarter: only which orders end in it, and which of a
child's orders is kept, do. So every order the return could count is kept once (models.KpiOrder) with one bit
per measure, worked out by the measures' own SQL conditions, and a quarter's return is a grouped count of those
bits over a date range of one narrow table, not a search of four record types for every order
(docs/decisions/0038-kpi-orders-are-kept.md).

Every save or deletion of a child, an intervention, an outcome, an accommodation record, an education placement
or a health intervention marks the child (performance/signals.py), and the marked children are worked out again,
with their reoffending follow-ups, before figures are next read (follow_ups.recount_marked).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import BooleanField, ExpressionWrapper, F

from yjs.performance.kpis import measures, unit
from yjs.performance.kpis.order_types import order_type_expression
from yjs.performance.models import ChildToRecount, KpiOrder, KpiOrderLayout


def layout() -> str:
    """The measures in bit order, as KpiOrderLayout keeps them."""
    return " ".join(measure.code for measure in measures.MEASURES)


def work_out(child_ids: list[int]) -> list[KpiOrder]:
    """The children's kept orders (unsaved), each measure's numerator and denominator worked out in SQL."""
    as_flag = {"output_field": BooleanField()}
    flags = {}
    for i, measure in enumerate(measures.MEASURES):
        flags[f"n{i}"] = ExpressionWrapper(measure.numerator, **as_flag)
        if measure.denominator is not None:
            flags[f"d{i}"] = ExpressionWrapper(measure.denominator, **as_flag)
    rows = (
        unit.qualifying_orders()
        .filter(child_id__in=child_ids, end_date__isnull=False)
        .annotate(
            kind=order_type_expression("outcome__outcome_type"),
            severity=F("outcome__outcome_type__severity_rank"),
            authority=F("child__local_authority_id"),
            **flags,
        )
        .values("pk", "child_id", "service_id", "authority", "end_date", "kind", "severity", *flags)
    )
    kept = []
    for row in rows:
        numerators = denominators = 0
        for i, measure in enumerate(measures.MEASURES):
            if row[f"n{i}"]:
                numerators |= 1 << i
            if measure.denominator is None or row[f"d{i}"]:
                denominators |= 1 << i
        kept.append(
            KpiOrder(
                intervention_id=row["pk"],
                child_id=row["child_id"],
                service_id=row["service_id"],
                local_authority_id=row["authority"],
                end_date=row["end_date"],
                order_type=row["kind"],
                severity_rank=row["severity"],
                numerators=numerators,
                denominators=denominators,
            )
        )
    return kept


def replace(child_ids: list[int]) -> None:
    """Replace these children's kept orders with ones worked out afresh (inside the caller's transaction)."""
    KpiOrder.objects.filter(child_id__in=child_ids).delete()
    KpiOrder.objects.bulk_create(work_out(child_ids))
    if not KpiOrderLayout.objects.exists():
        KpiOrderLayout.objects.create(measures=layout())


def mark_all_if_the_measures_changed() -> None:
    """Kept bits are read by position: when the measures are not those they were worked out for, every child
    with an ended order is marked, to be worked out again with the rest."""
    current = layout()
    kept = KpiOrderLayout.objects.first()
    if kept is None or kept.measures == current:
        return
    children: Iterable[int] = unit.qualifying_orders().filter(end_date__isnull=False).values_list("child_id", flat=True)
    ChildToRecount.objects.bulk_create([ChildToRecount(child_id=pk) for pk in set(children)], batch_size=10_000)
    KpiOrderLayout.objects.filter(pk=kept.pk).update(measures=current)
