"""The kept KPI orders (performance.kpis.kept_orders) follow every change to the records the measures read.

The return reads kept bits; the measures' conditions read the records. On random small histories changed the
way the product changes them (saves and deletions of children, orders, placements, accommodation and health
interventions), the return from the kept orders equals the same measures counted straight from the records.
The quarter is January to March 2025.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.education.factories import PlacementFactory
from tests.factories import LocalAuthorityFactory, ServiceFactory
from tests.health.factories import HealthInterventionFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from tests.resettlement.factories import AccommodationFactory
from yjs.casework.models import Intervention
from yjs.performance.follow_ups import recount
from yjs.performance.kpis.measures import MEASURES, Tally, children_counts
from yjs.performance.kpis.order_types import order_type_expression
from yjs.performance.kpis.unit import orders_ending
from yjs.performance.models import KpiOrder, KpiOrderLayout

pytestmark = pytest.mark.django_db

DAYS = [date(2024, 6, 3), date(2024, 9, 2), date(2024, 12, 31), date(2025, 1, 1), date(2025, 2, 14), date(2025, 3, 31)]
ENDS = [None, date(2024, 12, 31), date(2025, 1, 1), date(2025, 2, 14), date(2025, 3, 31), date(2025, 4, 1)]


def from_the_records(by: str) -> dict[int, dict[str, dict[str, Tally]]]:
    """The measures counted straight from the records: each order ending in the quarter, one per child (the most
    serious, then the latest to end, then the latest recorded), each measure's condition on it in SQL."""
    ranked = (
        orders_ending(QUARTER.window)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("child_id")],
                order_by=[F("outcome__outcome_type__severity_rank").desc(), F("end_date").desc(), F("pk").desc()],
            )
        )
        .filter(rank=1)
        .values("pk")
    )
    unit = {"service": "service_id", "local_authority": "child__local_authority_id"}[by]
    aggregates = {"children": Count("pk")}
    for measure in MEASURES:
        aggregates[f"{measure.code}__num"] = Count("pk", filter=measure.numerator)
        if measure.denominator is not None:
            aggregates[f"{measure.code}__den"] = Count("pk", filter=measure.denominator)
    rows = (
        Intervention.objects.filter(pk__in=ranked)
        .annotate(unit=F(unit), kind=order_type_expression("outcome__outcome_type"))
        .values("unit", "kind")
        .annotate(**aggregates)
        .order_by()
    )
    counts: dict[int, dict[str, dict[str, Tally]]] = defaultdict(dict)
    for row in rows:
        for measure in MEASURES:
            if row["kind"] in measure.order_types:
                denominator = row[f"{measure.code}__den"] if measure.denominator is not None else row["children"]
                counts[row["unit"]].setdefault(measure.code, {})[row["kind"]] = Tally(
                    row[f"{measure.code}__num"], denominator
                )
    return dict(counts)


order_rows = st.tuples(
    st.sampled_from(["RO", "YRO", "YC", "YCC", "CR", "DTO", "NFA"]),
    st.sampled_from(DAYS[:3]),
    st.sampled_from(ENDS),
    st.sampled_from(["completed", "", "breached"]),
)
child_rows = st.fixed_dictionaries(
    {
        "born": st.sampled_from([date(2008, 3, 1), date(2010, 9, 1), date(2014, 6, 1), date(2006, 1, 1)]),
        "send_status": st.sampled_from(["none", "sen_support", "ehcp"]),
        "care_status": st.sampled_from(["none", "looked_after", "child_in_need"]),
        "mental_health_concern": st.booleans(),
        "substance_misuse": st.booleans(),
        "second_authority": st.booleans(),
        "orders": st.lists(order_rows, min_size=1, max_size=3),
        "placements": st.lists(
            st.tuples(st.sampled_from(DAYS), st.sampled_from(ENDS), st.sampled_from(["school", "none"]), st.booleans()),
            max_size=2,
        ),
        "homes": st.lists(st.tuples(st.sampled_from(DAYS), st.sampled_from(["yes", "no"])), max_size=2),
        "health": st.lists(
            st.tuples(st.sampled_from(["mental_health", "substance_misuse"]), st.sampled_from(DAYS)), max_size=2
        ),
    }
)
changes = st.lists(
    st.tuples(
        st.sampled_from(
            ["end", "archive_order", "send", "care", "move", "placement", "drop_placement", "home", "drop_health"]
        ),
        st.integers(0, 20),
    ),
    max_size=4,
)


def store(rows: list[dict]) -> list:  # type: ignore[type-arg]
    service = ServiceFactory()
    authorities = [LocalAuthorityFactory(service=service), LocalAuthorityFactory(service=service)]
    children = []
    for row in rows:
        child = child_of(
            service,
            date_of_birth=row["born"],
            send_status=row["send_status"],
            care_status=row["care_status"],
            mental_health_concern=row["mental_health_concern"],
            substance_misuse=row["substance_misuse"],
            local_authority=authorities[row["second_authority"]],
        )
        for code, start, end, ending in row["orders"]:
            if end is not None and end < start:
                end = start
            order(child, code, end, start=start, ending=ending or None)
        for start, end, kind, suitable in row["placements"]:
            PlacementFactory(
                child=child,
                kind=kind,
                start_date=start,
                end_date=end if end is None or end >= start else start,
                suitable="yes" if suitable else "no",
                hours_offered=Decimal(12),
            )
        for start, suitability in row["homes"]:
            AccommodationFactory(child=child, start_date=start, suitability=suitability)
        for need, offered in row["health"]:
            intervention_type = "getting_help" if need == "mental_health" else "targeted"
            HealthInterventionFactory(
                child=child, need=need, intervention_type=intervention_type, offered_on=offered, started_on=offered
            )
        children.append(child)
    return [authorities, children]


def change(kind: str, n: int, authorities: list, children: list) -> None:  # type: ignore[type-arg]
    child = children[n % len(children)]
    child.refresh_from_db()
    orders = list(Intervention.objects.filter(child=child).order_by("pk"))
    if kind == "end" and orders:
        chosen, end = orders[n % len(orders)], ENDS[n % len(ENDS)]
        chosen.end_date = end if end is None else max(end, chosen.start_date)
        chosen.save()
    elif kind == "archive_order" and orders:
        chosen = orders[n % len(orders)]
        chosen.archived_at = timezone.now()
        chosen.save()
    elif kind == "send":
        child.send_status = ["none", "sen_support", "ehcp"][n % 3]
        child.save()
    elif kind == "care":
        child.care_status = ["none", "looked_after", "early_help"][n % 3]
        child.save()
    elif kind == "move":
        child.local_authority = authorities[n % 2]
        child.save()
    elif kind == "placement":
        PlacementFactory(child=child, start_date=DAYS[n % len(DAYS)] - timedelta(days=400), suitable="yes")
    elif kind == "drop_placement":
        for placement in child.education_placements.all()[:1]:
            placement.delete()
    elif kind == "home":
        for home in child.accommodation_records.all()[:1]:
            home.suitability = "no" if home.suitability == "yes" else "yes"
            home.save()
    elif kind == "drop_health":
        for record in child.health_interventions.all()[:1]:
            record.delete()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(child_rows, min_size=1, max_size=3), changes, st.sampled_from(["service", "local_authority"]))
def test_the_return_from_the_kept_orders_equals_the_measures_counted_from_the_records(rows, edits, by):
    with transaction.atomic():
        authorities, children = store(rows)
        assert children_counts(QUARTER.window, by=by) == from_the_records(by)
        for kind, n in edits:
            change(kind, n, authorities, children)
        assert children_counts(QUARTER.window, by=by) == from_the_records(by)
        transaction.set_rollback(True)


def test_a_placement_saved_after_the_order_ended_changes_the_return_without_anything_else():
    service = ServiceFactory()
    child = child_of(service, send_status="none")
    order(child, "RO", date(2025, 2, 14))
    before = children_counts(QUARTER.window)[service.pk]["ete_suitable_end"]
    PlacementFactory(child=child, start_date=date(2024, 1, 8), suitable="yes")
    after = children_counts(QUARTER.window)[service.pk]["ete_suitable_end"]
    assert (before, after) == ({"referral_order": Tally(0, 1)}, {"referral_order": Tally(1, 1)})


def test_an_order_is_kept_once_and_a_fresh_count_of_everyone_changes_nothing():
    service = ServiceFactory()
    child = child_of(service, mental_health_concern=True)
    ended = order(child, "YRO", date(2025, 1, 20))
    order(child, "YC", None)
    children_counts(QUARTER.window)
    kept = list(KpiOrder.objects.values_list("intervention_id", "order_type", "numerators", "denominators"))
    assert [row[:2] for row in kept] == [(ended.pk, "youth_rehabilitation_order")]
    recount([child.pk])
    assert list(KpiOrder.objects.values_list("intervention_id", "order_type", "numerators", "denominators")) == kept


def test_when_the_measures_change_every_order_is_worked_out_again():
    service = ServiceFactory()
    child = child_of(service, mental_health_concern=True)
    order(child, "RO", date(2025, 2, 14))
    expected = children_counts(QUARTER.window)
    # Bits kept for a different list of measures would be read against the wrong measures.
    KpiOrder.objects.update(numerators=0, denominators=0)
    KpiOrderLayout.objects.update(measures="an earlier list of measures")
    assert children_counts(QUARTER.window) == expected


def _suitable_home(child):  # type: ignore[no-untyped-def]
    home = AccommodationFactory(child=child, start_date=date(2024, 1, 1), suitability="no")
    yield
    home.suitability = "yes"
    home.save()


def _placement(child):  # type: ignore[no-untyped-def]
    placement = PlacementFactory(child=child, start_date=date(2024, 1, 8), suitable="yes")
    yield
    placement.delete()


def _health(child):  # type: ignore[no-untyped-def]
    record = HealthInterventionFactory(child=child, offered_on=date(2024, 10, 1), started_on=date(2024, 10, 8))
    yield
    record.archived_at = timezone.now()
    record.save()


def _order_end(child):  # type: ignore[no-untyped-def]
    yield
    ended = Intervention.objects.get(child=child)
    ended.end_date = date(2025, 4, 2)  # into the next quarter
    ended.save()


def _child_record(child):  # type: ignore[no-untyped-def]
    yield
    child.mental_health_concern = False
    child.save()


@pytest.mark.parametrize("changing", [_suitable_home, _placement, _health, _order_end, _child_record])
def test_a_change_to_any_record_a_measure_reads_changes_the_return_with_nothing_else_saved(changing):
    service = ServiceFactory()
    child = child_of(service, mental_health_concern=True, send_status="none")
    order(child, "RO", date(2025, 2, 14))
    steps = changing(child)
    next(steps)
    before = children_counts(QUARTER.window)
    assert before == from_the_records("service")
    next(steps, None)
    after = children_counts(QUARTER.window)
    assert after == from_the_records("service")
    assert after != before
