"""The KPIs' unit: one row per child with an order ending in the quarter, aged 10-17 at its start."""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone

from tests.factories import ServiceFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from yjs.performance.kpis.unit import kpi_unit

pytestmark = pytest.mark.django_db


def kept(**kwargs):  # type: ignore[no-untyped-def]
    return {(i.pk, i.order_type) for i in kpi_unit(QUARTER.window, **kwargs)}


def test_an_order_ending_on_the_quarters_first_or_last_day_counts_and_one_ending_the_day_after_does_not() -> None:
    service = ServiceFactory()
    first = order(child_of(service), "RO", date(2025, 1, 1))
    last = order(child_of(service), "YRO", date(2025, 3, 31))
    order(child_of(service), "RO", date(2025, 4, 1))  # the day after the quarter
    order(child_of(service), "RO", date(2024, 12, 31))  # the day before
    order(child_of(service), "RO", None)  # still open

    assert kept() == {(first.pk, "referral_order"), (last.pk, "youth_rehabilitation_order")}


def test_a_child_aged_18_when_the_order_started_does_not_count() -> None:
    service = ServiceFactory()
    # Born 1 September 2006: 18 on 1 September 2024, still 17 the day before.
    eighteen = order(child_of(service, date_of_birth=date(2006, 9, 1)), "RO", date(2025, 2, 1), start=date(2024, 9, 1))
    seventeen = order(child_of(service, date_of_birth=date(2006, 9, 1)), "RO", date(2025, 2, 1), start=date(2024, 8, 31))
    assert eighteen.child.date_of_birth == seventeen.child.date_of_birth

    assert kept() == {(seventeen.pk, "referral_order")}


def test_two_orders_ending_in_the_quarter_are_one_row_for_the_most_serious() -> None:
    child = child_of(ServiceFactory())
    order(child, "RO", date(2025, 3, 20))  # more recent, less serious (rank 8)
    yro = order(child, "YRO", date(2025, 1, 10))  # rank 9

    assert kept() == {(yro.pk, "youth_rehabilitation_order")}


def test_of_two_equally_serious_orders_the_one_ending_last_is_kept() -> None:
    child = child_of(ServiceFactory())
    later = order(child, "RO", date(2025, 3, 20))
    order(child, "RO", date(2025, 1, 10))

    assert kept() == {(later.pk, "referral_order")}


def test_custody_is_the_most_serious_and_read_from_the_registry_flag() -> None:
    child = child_of(ServiceFactory())
    order(child, "YRO", date(2025, 2, 1))
    dto = order(child, "DTO", date(2025, 1, 15))

    assert kept() == {(dto.pk, "custodial_sentence")}


def test_an_intervention_on_a_community_resolution_is_a_non_substantive_out_of_court_disposal() -> None:
    service = ServiceFactory()
    cr = order(child_of(service), "CR", date(2025, 2, 1))
    o22 = order(child_of(service), "O22", date(2025, 2, 1))
    yc = order(child_of(service), "YC", date(2025, 2, 1))

    assert kept() == {(cr.pk, "non_substantive_oocd"), (o22.pk, "non_substantive_oocd"), (yc.pk, "youth_caution")}


def test_an_outcome_of_no_listed_order_type_or_an_archived_order_does_not_count() -> None:
    service = ServiceFactory()
    order(child_of(service), "FINE", date(2025, 2, 1))
    archived = order(child_of(service), "RO", date(2025, 2, 1))
    archived.archived_at = timezone.now()
    archived.save()

    assert kept() == set()


def test_every_service_is_counted_in_one_query_and_another_services_children_do_not_count_in_yours() -> None:
    mine, other = ServiceFactory(), ServiceFactory()
    own = order(child_of(mine), "RO", date(2025, 2, 1))
    theirs = order(child_of(other), "RO", date(2025, 2, 1))

    assert kept(services=[mine.pk]) == {(own.pk, "referral_order")}
    units = {i.pk: i.unit for i in kpi_unit(QUARTER.window)}
    assert units == {own.pk: mine.pk, theirs.pk: other.pk}
    by_authority = {i.pk: i.unit for i in kpi_unit(QUARTER.window, by="local_authority")}
    assert by_authority == {own.pk: own.child.local_authority_id, theirs.pk: theirs.child.local_authority_id}
