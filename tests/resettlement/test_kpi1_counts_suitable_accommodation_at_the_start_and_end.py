"""KPI 1 over hand-built orders: suitable accommodation on the order's first and last days, worked out here."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ServiceFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from tests.resettlement.factories import AccommodationFactory
from yjs.performance.follow_ups import recount_marked
from yjs.performance.kpis.measures import Tally, children_counts
from yjs.performance.kpis.not_recorded import NOT_RECORDED
from yjs.performance.models import PeriodCount

pytestmark = pytest.mark.django_db
START = date(2024, 9, 2)
ENDS = date(2025, 2, 14)


def test_kpi1_counts_children_whose_every_open_record_is_suitable_on_each_day() -> None:
    service = ServiceFactory()
    # A: suitable throughout: in both numerators.
    a = child_of(service)
    AccommodationFactory(child=a, start_date=date(2024, 1, 1))
    order(a, "RO", ENDS, start=START)
    # B: unknown at the start, then a suitable foster placement from 1 January that is still open: end only.
    b = child_of(service)
    AccommodationFactory(child=b, start_date=date(2024, 6, 1), end_date=date(2024, 12, 31), suitability="unknown")
    AccommodationFactory(child=b, accommodation_type="foster", start_date=date(2025, 1, 1))
    order(b, "RO", ENDS, start=START)
    # C: suitable at the start; on the last day a suitable home and an unsuitable one overlap: start only.
    c = child_of(service)
    AccommodationFactory(child=c, start_date=date(2024, 1, 1), end_date=ENDS)
    AccommodationFactory(child=c, accommodation_type="nfa", start_date=ENDS, suitability="no")
    order(c, "RO", ENDS, start=START)
    # D: no record at all: in neither. E: a suitable record that ended the day before the order did: start only.
    order(child_of(service), "RO", ENDS, start=START)
    e = child_of(service)
    AccommodationFactory(child=e, start_date=date(2024, 1, 1), end_date=date(2025, 2, 13))
    order(e, "YRO", ENDS, start=START)
    # An archived suitable record counts for nothing: F is in neither.
    f = child_of(service)
    AccommodationFactory(child=f, start_date=date(2024, 1, 1), archived_at="2025-03-01T00:00Z")
    order(f, "YRO", ENDS, start=START)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["accommodation_suitable_start"] == {
        "referral_order": Tally(2, 4),  # A and C of A, B, C, D
        "youth_rehabilitation_order": Tally(1, 2),  # E of E, F
    }
    assert counts["accommodation_suitable_end"] == {
        "referral_order": Tally(2, 4),  # A and B
        "youth_rehabilitation_order": Tally(0, 2),
    }


def test_another_childs_records_do_not_count() -> None:
    service = ServiceFactory()
    a, b = child_of(service), child_of(service)
    AccommodationFactory(child=b, start_date=date(2024, 1, 1))
    order(a, "RO", ENDS, start=START)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["accommodation_suitable_end"]["referral_order"] == Tally(0, 1)


def test_kpi1_is_no_longer_listed_as_not_recorded() -> None:
    assert all(item.kpi != 1 for item in NOT_RECORDED)


def services_with_an_order(count: int) -> None:
    for _ in range(count):
        child = child_of(ServiceFactory())
        AccommodationFactory(child=child, start_date=date(2024, 1, 1))
        order(child, "RO", ENDS, start=START)
    recount_marked()


def counting(queries: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if '"performance_kpiorder"' in q["sql"]]


def test_the_measures_stay_one_grouped_query_for_every_service(django_assert_num_queries) -> None:  # type: ignore[no-untyped-def]
    services_with_an_order(2)
    with CaptureQueriesContext(connection) as first:
        counts = children_counts(QUARTER.window)
    assert len(counts) == 2
    services_with_an_order(3)
    PeriodCount.objects.all().delete()
    with CaptureQueriesContext(connection) as more:
        assert len(children_counts(QUARTER.window)) == 5
    # One grouped query over the kept orders, however many services.
    assert len(counting(first)) == len(counting(more)) == 1
    assert len(first.captured_queries) == len(more.captured_queries)
    # Read again, from the counts kept per service: a look at the measures they were worked out for, at the marks,
    # and at the services with their kept counts.
    with django_assert_num_queries(3):
        assert len(children_counts(QUARTER.window)) == 5
