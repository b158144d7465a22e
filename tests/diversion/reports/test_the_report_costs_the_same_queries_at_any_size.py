"""The report reads the notifications in one query however many there are: no query per row."""

from __future__ import annotations

from datetime import date

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import Cast
from tests.diversion.reports.builders import notified

QUERY = {"notified_from": "2026-03-01", "notified_to": "2026-03-31"}


def _queries(client: Client, **extra: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("diversion:timeliness"), {**QUERY, **extra}).status_code == 200
    return len(captured)


def test_the_page_and_the_csv_make_as_many_queries_for_twelve_notifications_as_for_one(cast: Cast, client: Client) -> None:
    client.force_login(cast.service_manager)
    notified(cast, date(2026, 3, 2), 2, 3, 9, 20, decision="YC")
    few, few_csv = _queries(client), _queries(client, format="csv")
    for day in range(3, 14):
        notified(cast, date(2026, 3, day), 2, 3, 9, 20, decision="CR" if day % 2 else "YC")
    assert (_queries(client), _queries(client, format="csv")) == (few, few_csv)
