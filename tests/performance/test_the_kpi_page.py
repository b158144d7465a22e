"""The KPI page: who may read it, the quarter chooser and CSV link, and board members' hidden small counts."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import ROLE_NAMES, Cast
from tests.factories import ChildFactory, InterventionFactory, OutcomeFactory
from yjs.justice.models import OutcomeType

ALLOWED = {
    "case_manager",
    "other_team_case_manager",
    "team_manager",
    "service_manager",
    "auditor",
    "board_member",
    "other_service_manager",
}


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_services_own_staff_and_board_members_may_read_it_and_no_one_else(cast: Cast, client: Client, role: str) -> None:
    client.force_login(cast.user(role))
    response = client.get(reverse("performance:kpis"), {"quarter": "2024Q4"})
    assert response.status_code == (200 if role in ALLOWED else 403)


def _mental_health_orders(cast: Cast, count: int) -> None:
    for _ in range(count):
        child = ChildFactory(service=cast.service, mental_health_concern=True)
        yro = OutcomeType.objects.get(code="YRO")
        outcome = OutcomeFactory(child=child, outcome_type=yro, outcome_date=date(2024, 9, 1))
        InterventionFactory(outcome=outcome, start_date=date(2024, 9, 1), end_date=date(2025, 2, 1), ending="completed")


def _csv(client: Client, user) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    client.force_login(user)
    response = client.get(reverse("performance:kpis"), {"quarter": "2024Q4", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def _yro_mental_health(rows: list[dict[str, str]]) -> tuple[str, str, str]:
    row = next(r for r in rows if r["measure"] == "mental_health_need" and r["order_type"] == "youth_rehabilitation_order")
    return row["numerator"], row["denominator"], row["percentage"]


def test_a_board_member_sees_counts_of_1_to_4_as_fewer_than_5_and_no_percentage_made_from_them(
    cast: Cast, client: Client
) -> None:
    _mental_health_orders(cast, 3)

    assert _yro_mental_health(_csv(client, cast.service_manager)) == ("3", "3", "100.0")
    assert _yro_mental_health(_csv(client, cast.board_member)) == ("<5", "<5", "")
    client.force_login(cast.board_member)
    content = client.get(reverse("performance:kpis"), {"quarter": "2024Q4"}).content.decode()
    assert "&lt;5" in content
    assert "100.0%" not in content
    assert "[c] a figure withheld so that such a count cannot be worked out" in content


def test_a_board_member_sees_counts_of_5_or_more(cast: Cast, client: Client) -> None:
    _mental_health_orders(cast, 5)
    assert _yro_mental_health(_csv(client, cast.board_member)) == ("5", "5", "100.0")


def test_the_page_shows_the_chosen_quarter_every_kpi_and_the_download_link(cast: Cast, client: Client) -> None:
    _mental_health_orders(cast, 1)
    client.force_login(cast.auditor)
    content = client.get(reverse("performance:kpis"), {"quarter": "2024Q4"}).content.decode()
    assert "2024/25 Q4" in content
    assert "1 January 2025 to 31 March 2025" in content
    for number in range(1, 11):
        assert f"KPI {number}:" in content
    assert "Download CSV" in content
    assert "quarter=2024Q4&amp;format=csv" in content
    assert "Not recorded" in content


def test_a_quarter_not_offered_falls_back_to_the_last_complete_quarter(cast: Cast, client: Client) -> None:
    client.force_login(cast.team_manager)
    response = client.get(reverse("performance:kpis"), {"quarter": "1999Q1"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_another_services_orders_are_not_in_my_return(cast: Cast, client: Client) -> None:
    child = cast.other_service_child
    outcome = OutcomeFactory(child=child, outcome_type=OutcomeType.objects.get(code="YRO"), outcome_date=date(2024, 9, 1))
    InterventionFactory(outcome=outcome, start_date=date(2024, 9, 1), end_date=date(2025, 2, 1))
    assert _yro_mental_health(_csv(client, cast.service_manager))[1] == "0"
    rows = _csv(client, cast.other_service_manager)
    assert {r["service"] for r in rows} == {"elsewhere"}
    assert _yro_mental_health(rows)[1] == "1"
