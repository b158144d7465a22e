"""The timeliness page: a table for each grouping, its filters, and what it says when there is nothing."""

from __future__ import annotations

from datetime import date

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.diversion.reports.builders import notified


def _page(client: Client, user, **query: str) -> str:  # type: ignore[no-untyped-def]
    client.force_login(user)
    response = client.get(reverse("diversion:timeliness"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_a_table_for_each_grouping(cast: Cast, client: Client) -> None:
    notified(cast, date(2026, 3, 2), 2, 3, 9, 20, decision="YC")
    content = _page(client, cast.team_manager, notified_from="2026-03-01", notified_to="2026-03-31")
    for heading in ("By month notified", "By local authority", "By outcome"):
        assert heading in content
    assert "March 2026" in content
    assert "Youth caution" in content


def test_a_wrongly_typed_date_shows_its_error_and_the_other_filters_still_apply(cast: Cast, client: Client) -> None:
    notified(cast, date(2026, 3, 2), 2)
    content = _page(
        client,
        cast.team_manager,
        notified_from_day="1",
        notified_from_month="3",
        notified_from_year="2026",
        notified_to_day="40",
        notified_to_month="3",
        notified_to_year="2026",
    )
    assert "Notified to must be a real date" in content
    assert "from 1 March 2026" in content


def test_it_says_when_nobody_was_notified_in_the_period(cast: Cast, client: Client) -> None:
    content = _page(client, cast.team_manager, notified_from="2020-01-01", notified_to="2020-01-31")
    assert "No children were notified in this period." in content
