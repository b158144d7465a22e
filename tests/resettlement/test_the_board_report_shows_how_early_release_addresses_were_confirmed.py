"""The board report's resettlement section: releases in the quarter and days before release the address was confirmed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.factories import ChildFactory, ServiceFactory
from tests.resettlement.factories import CustodyEpisodeFactory, ReleaseMilestoneFactory
from yjs.performance.board_report.resettlement import release_addresses
from yjs.performance.periods import Quarter

pytestmark = pytest.mark.django_db
QUARTER = Quarter(2024, 4)  # January to March 2025


def _released(service, on: date, confirmed_days_before: int | None):  # type: ignore[no-untyped-def]
    episode = CustodyEpisodeFactory(
        child=ChildFactory(service=service), start_date=date(2024, 9, 2), release_date=on, expected_release_date=on
    )
    if confirmed_days_before is not None:
        ReleaseMilestoneFactory(episode=episode, done_on=on - timedelta(days=confirmed_days_before))
    return episode


def test_releases_in_the_quarter_are_split_by_the_target_with_the_median() -> None:
    service = ServiceFactory()
    # Nine releases in the quarter: confirmed 60, 45, 35, 30, 28, 14 and 3 days before; two never confirmed.
    for days in (60, 45, 35, 30, 28, 14, 3, None, None):
        _released(service, date(2025, 2, 14), days)
    _released(service, date(2025, 4, 2), 40)  # the next quarter: not counted
    _released(ServiceFactory(), date(2025, 2, 14), 40)  # another service: not counted

    headlines, table = release_addresses(service.pk, QUARTER)

    assert [(h.label, h.text) for h in headlines] == [
        ("Children released from custody in the quarter", "9"),
        # The median of 3, 14, 28, 30, 35, 45, 60.
        ("Median days before release the address was confirmed", "30 days"),
    ]
    assert table is not None
    # 5 at or over 28 days; 14 and 3 short of it (2, shown "<5"); 2 not confirmed ("<5"). The two hidden counts
    # add up to 4, which 1 + 3, 2 + 2 or 3 + 1 could make, so neither can be worked out and the rest stay shown.
    assert [row[1] for row in table.rows] == ["5", "<5", "<5", "9"]


def test_fewer_than_five_confirmations_show_no_median() -> None:
    service = ServiceFactory()
    for days in (40, 20):
        _released(service, date(2025, 1, 20), days)

    headlines, table = release_addresses(service.pk, QUARTER)

    assert headlines[0].text == "<5"
    assert headlines[1].text == "Not shown: fewer than 5 addresses confirmed"
    assert table is not None
    assert all(row[1] in ("<5", "0", "[c]") for row in table.rows)


def test_a_quarter_with_no_release_says_so() -> None:
    headlines, table = release_addresses(ServiceFactory().pk, QUARTER)

    assert [(h.label, h.text) for h in headlines] == [("Children released from custody in the quarter", "0")]
    assert table is None
