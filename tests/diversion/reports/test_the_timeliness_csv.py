"""The timeliness report as a CSV download: the same figures, one row per group and interval."""

from __future__ import annotations

import csv
import io
from datetime import date

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.diversion.reports.builders import notified

MARCH = {"notified_from": "2026-03-01", "notified_to": "2026-03-31", "format": "csv"}
HEADER = ["Group type", "Group", "Interval", "Count", "Median days", "P90 days"]


def _download(client: Client, user, **query: str):  # type: ignore[no-untyped-def]
    client.force_login(user)
    return client.get(reverse("diversion:timeliness"), {**MARCH, **query})


def _rows(response) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_the_download_is_a_csv_file_with_a_filename(cast: Cast, client: Client) -> None:
    response = _download(client, cast.service_manager)
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="out-of-court-timeliness-20260301-20260331.csv"'


def test_the_csv_starts_with_a_header_row(cast: Cast, client: Client) -> None:
    assert _rows(_download(client, cast.service_manager))[0] == HEADER


def test_the_csv_has_a_row_for_each_group_and_interval(cast: Cast, client: Client) -> None:
    for gaps in [(2, 3, 10, 20), (4, 5, 12, 30)]:
        notified(cast, date(2026, 3, 2), *gaps, decision="YC")
    rows = _rows(_download(client, cast.service_manager))[1:]
    # One month, one authority, one outcome: three groups of four intervals.
    assert len(rows) == 12
    assert ["Month notified", "March 2026", "Notification to screening complete", "2", "3", "3.8"] in rows
    assert ["Outcome", "Youth caution", "Notification to outcome delivered", "2", "25", "29"] in rows


def test_the_board_gets_no_figures_for_a_group_of_fewer_than_five(cast: Cast, client: Client) -> None:
    for gaps in [(2, 3, 10, 20), (4, 5, 12, 30)]:
        notified(cast, date(2026, 3, 2), *gaps, decision="YC")
    rows = _rows(_download(client, cast.board_member))[1:]
    assert len(rows) == 12
    assert all(row[3:] == ["fewer than 5", "", ""] for row in rows)


def test_the_board_gets_the_figures_for_a_group_of_five(cast: Cast, client: Client) -> None:
    for gap in range(1, 6):
        notified(cast, date(2026, 3, 2), gap, gap, gap, gap, decision="YC")
    rows = _rows(_download(client, cast.board_member))[1:]
    assert ["Outcome", "Youth caution", "Notification to decision", "5", "3", "4.6"] in rows


def test_the_filters_carry_into_the_download(cast: Cast, client: Client) -> None:
    notified(cast, date(2026, 3, 2), 3)
    notified(cast, date(2026, 4, 2), 3)
    rows = _rows(_download(client, cast.service_manager, notified_to="2026-04-30"))[1:]
    assert {row[1] for row in rows if row[0] == "Month notified"} == {"March 2026", "April 2026"}
