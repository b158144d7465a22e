"""KPI 10 in the quarterly return, its CSV and the KPI page: recorded, by order type, suppressed for the board."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from tests.factories import OffenceFactory, ServiceFactory, UserFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from tests.victims.factories import consent, took_part, victim
from yjs.core.roles import Role
from yjs.performance.kpis.quarterly_return import kpi_return

pytestmark = pytest.mark.django_db
ENDS = date(2025, 2, 14)


def _victims_of_a_referral_order(service, engaged: int, not_engaged: int) -> None:  # type: ignore[no-untyped-def]
    child = child_of(service)
    made = order(child, "RO", ENDS)
    offence = OffenceFactory(child=child, service=service, offence_date=date(2024, 8, 1))
    made.outcome.offences.set([offence])
    for number in range(engaged + not_engaged):
        found = victim([offence], name=f"Victim {number}")
        consent(found, date(2024, 10, 1))
        if number < engaged:
            took_part(found, date(2025, 1, 15))


def test_the_return_has_kpi10_rows_by_order_type_with_the_all_orders_total() -> None:
    service = ServiceFactory()
    _victims_of_a_referral_order(service, engaged=3, not_engaged=1)

    rows = [row for row in kpi_return(QUARTER.window, services=[service.pk])[service.pk] if row.kpi == 10]

    referral = next(row for row in rows if row.order_type == "referral_order")
    total = next(row for row in rows if row.order_type == "all")
    assert (referral.numerator, referral.denominator, referral.percentage) == (3, 4, 75.0)
    assert (total.numerator, total.denominator, total.status) == (3, 4, "recorded")
    assert {row.measure for row in rows} == {"victims_engaged"}


def test_the_csv_gives_kpi10_figures() -> None:
    service = ServiceFactory(code="aaa")
    _victims_of_a_referral_order(service, engaged=5, not_engaged=5)
    out = io.StringIO()

    call_command("kpi_return", quarter=str(QUARTER), service="aaa", stdout=out)

    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    total = next(r for r in rows if r["kpi"] == "10" and r["order_type"] == "all")
    assert (total["numerator"], total["denominator"], total["percentage"], total["status"]) == (
        "5",
        "10",
        "50.0",
        "recorded",
    )


def test_a_board_member_sees_small_kpi10_counts_as_fewer_than_five(client: Client) -> None:
    service = ServiceFactory()
    _victims_of_a_referral_order(service, engaged=2, not_engaged=6)
    client.force_login(UserFactory(service=service, role=Role.BOARD_MEMBER))

    response = client.get(reverse("performance:kpis"), {"quarter": str(QUARTER), "format": "csv"})

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    referral = next(r for r in rows if r["kpi"] == "10" and r["order_type"] == "referral_order")
    assert referral["numerator"] == "<5"
    assert referral["percentage"] == ""
