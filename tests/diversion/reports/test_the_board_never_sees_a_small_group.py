"""A board member sees the report in aggregate only: a group of fewer than five shows no figures."""

from __future__ import annotations

from datetime import date

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.diversion.reports.builders import notified
from yjs.diversion.timeliness import SMALL_GROUP_THRESHOLD
from yjs.diversion.timeliness_queries import timeliness_report

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _groups(report):  # type: ignore[no-untyped-def]
    return [group for groups in report.groups.values() for group in groups]


def test_no_group_the_board_sees_has_figures_from_fewer_than_five(cast: Cast) -> None:
    # Five in March in one authority, split over two outcomes: the month and authority show, the outcomes do not.
    for n in range(5):
        notified(cast, date(2026, 3, 2 + n), 2, 3, 9, 20, decision="YC" if n < 3 else "CR")
    report = timeliness_report(cast.board_member, *MARCH)
    for group in _groups(report):
        figures = [f for _, f in group.rows if f.median is not None]
        assert group.suppressed or group.count >= SMALL_GROUP_THRESHOLD
        assert all(f.count >= SMALL_GROUP_THRESHOLD for f in figures)
    assert {g.label for g in _groups(report) if g.suppressed} == {"Youth caution", "Community resolution"}


def test_staff_see_the_small_groups(cast: Cast) -> None:
    notified(cast, date(2026, 3, 2), 2, 3, 9, 20, decision="YC")
    report = timeliness_report(cast.team_manager, *MARCH)
    assert not any(group.suppressed for group in _groups(report))


def test_the_page_tells_the_board_a_group_is_too_small_to_show(cast: Cast, client: Client) -> None:
    notified(cast, date(2026, 3, 2), 2, 3, 9, 20, decision="YC")
    client.force_login(cast.board_member)
    response = client.get(reverse("diversion:timeliness"), {"notified_from": "2026-03-01", "notified_to": "2026-03-31"})
    content = response.content.decode()
    assert "fewer than 5" in content
    assert "Figures drawn from fewer than 5 children are not shown" in content
