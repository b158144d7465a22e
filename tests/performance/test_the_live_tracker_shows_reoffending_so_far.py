"""Recent cohorts followed up so far, at 3, 6, 9 and 12 months, each point once that much time has passed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.performance.histories import area, child, offence, outcome
from yjs.performance.figures import Reoffending
from yjs.performance.periods import Quarter
from yjs.performance.reoffending import TrackedCohort, TrackerPoint, live_tracker, proven_reoffending

pytestmark = pytest.mark.django_db

FIRST, SECOND = Quarter(2024, 1), Quarter(2024, 2)  # April-June and July-September 2024


def build_history():  # type: ignore[no-untyped-def]
    authority = area()
    early = child(authority=authority)
    outcome(early, "YC", date(2024, 5, 15))
    outcome(early, "YCC", date(2024, 8, 1), committed=date(2024, 7, 1))  # within 3 months (to 15 August)
    outcome(early, "RO", date(2024, 11, 1), committed=date(2024, 10, 1))  # within 6 months (to 15 November)
    offence(early, date(2024, 12, 1))  # not proven yet on 1 February 2025
    later = child(authority=authority)
    outcome(later, "YC", date(2024, 8, 15))
    return authority


def test_on_1_february_2025_the_first_cohort_has_two_points_and_the_second_one():
    authority = build_history()
    tracker = live_tracker([FIRST, SECOND], today=date(2025, 2, 1))
    # 2024Q1 ends 30 June: 3 months on is 30 September, 6 months 30 December, 9 months 30 March (not yet).
    # 2024Q2 ends 30 September: 3 months on is 30 December, 6 months 30 March (not yet). Its cohort holds
    # both children: the first child's conditional caution on 1 August is an index event too, and the
    # offence of 1 October, proven 1 November, is within 3 months of it.
    assert tracker == {
        authority.service_id: [
            TrackedCohort(
                FIRST,
                cohort=1,
                points=(TrackerPoint(3, Reoffending(1, 1, 1), True), TrackerPoint(6, Reoffending(1, 1, 2), True)),
            ),
            TrackedCohort(SECOND, cohort=2, points=(TrackerPoint(3, Reoffending(2, 1, 1), True),)),
        ]
    }


def test_once_the_waiting_period_is_over_the_12_month_point_is_the_official_figure():
    authority = build_history()
    early = authority.children.order_by("pk").first()
    outcome(early, "YRO", date(2025, 6, 1), early.offences.get(offence_date=date(2024, 12, 1)))
    tracker = live_tracker([FIRST], today=date(2026, 1, 1))[authority.service_id]
    points = {point.months: point for point in tracker[0].points}
    assert [point.provisional for point in points.values()] == [False, False, False, False]
    assert points[9].figure == Reoffending(1, 1, 3)
    assert points[12].figure == proven_reoffending(FIRST.window)[authority.service_id] == Reoffending(1, 1, 3)


def test_a_cohort_too_recent_for_any_point_still_shows_its_size():
    authority = build_history()
    assert live_tracker([SECOND], today=date(2024, 12, 1)) == {
        authority.service_id: [TrackedCohort(SECOND, cohort=2, points=())]
    }
