"""The report on built notifications: which ones it counts, and how it groups them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import Cast
from tests.diversion.factories import NotificationFactory
from tests.diversion.reports.builders import notified
from tests.factories import LocalAuthorityFactory
from yjs.diversion.timeliness import Grouping, Interval
from yjs.diversion.timeliness_queries import default_period, timeliness_report
from yjs.diversion.vocabularies import Stage

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _labels(report, grouping: Grouping) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {group.label: group.count for group in report.groups[grouping]}


def test_it_gives_the_median_and_90th_percentile_days_to_each_milestone(cast: Cast) -> None:
    for gaps in [(2, 3, 10, 20), (4, 5, 12, 30), (9, 9, 30, 31), (30, 31, 60, 90)]:
        notified(cast, date(2026, 3, 2), *gaps, decision="YC")
    report = timeliness_report(cast.service_manager, *MARCH)
    [march] = report.groups[Grouping.MONTH]
    screening = march.intervals[Interval.SCREENING]
    assert (screening.count, screening.median) == (4, 6.5)
    # Delivery days 20, 30, 31, 90: position 2.7, so 31 + 0.7 * (90 - 31).
    assert march.intervals[Interval.DELIVERY].p90 == pytest.approx(72.3)


def test_it_counts_only_the_notifications_made_in_the_period(cast: Cast) -> None:
    notified(cast, date(2026, 2, 28), 3)
    notified(cast, date(2026, 3, 1), 3)
    notified(cast, date(2026, 3, 31), 3)
    notified(cast, date(2026, 4, 1), 3)
    assert _labels(timeliness_report(cast.service_manager, *MARCH), Grouping.MONTH) == {"March 2026": 2}


def test_it_leaves_out_withdrawn_notifications(cast: Cast) -> None:
    notified(cast, date(2026, 3, 2), 3)
    notified(cast, date(2026, 3, 2), 3, stage=Stage.WITHDRAWN)
    assert _labels(timeliness_report(cast.service_manager, *MARCH), Grouping.MONTH) == {"March 2026": 1}


def test_it_leaves_out_another_services_notifications(cast: Cast) -> None:
    notified(cast, date(2026, 3, 2), 3)
    NotificationFactory(child=cast.other_service_child, notified_on=date(2026, 3, 2))
    assert _labels(timeliness_report(cast.service_manager, *MARCH), Grouping.MONTH) == {"March 2026": 1}


def test_it_groups_by_the_childs_local_authority_before_the_notifications(cast: Cast) -> None:
    dorset = LocalAuthorityFactory(service=cast.service, name="Dorset council")
    notified(cast, date(2026, 3, 2), 3, child_la=dorset, local_authority=cast.child.local_authority)
    unmatched = notified(cast, date(2026, 3, 3), 3, local_authority=dorset)
    unmatched.child = None
    unmatched.save()
    report = timeliness_report(cast.service_manager, *MARCH)
    assert _labels(report, Grouping.LOCAL_AUTHORITY) == {"Dorset council": 2}


def test_it_groups_by_the_final_decision(cast: Cast) -> None:
    notified(cast, date(2026, 3, 2), 3, 4, 9, decision="CR")
    notified(cast, date(2026, 3, 2), 3, 4, 9, decision="YC")
    notified(cast, date(2026, 3, 2), 3, 4, 9, decision="YC")
    notified(cast, date(2026, 3, 2), 3)
    report = timeliness_report(cast.service_manager, *MARCH)
    assert _labels(report, Grouping.OUTCOME) == {"Community resolution": 1, "Youth caution": 2, "Not decided yet": 1}


def test_the_local_authority_filter_keeps_that_authoritys_children(cast: Cast) -> None:
    dorset = LocalAuthorityFactory(service=cast.service, name="Dorset council")
    notified(cast, date(2026, 3, 2), 3, child_la=dorset)
    notified(cast, date(2026, 3, 2), 3)
    report = timeliness_report(cast.service_manager, *MARCH, local_authority=dorset)
    assert _labels(report, Grouping.LOCAL_AUTHORITY) == {"Dorset council": 1}


def test_the_default_period_is_the_last_twelve_months() -> None:
    assert default_period(date(2026, 6, 30)) == (date(2025, 7, 1), date(2026, 6, 30))
