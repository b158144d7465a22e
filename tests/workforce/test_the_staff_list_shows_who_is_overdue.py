"""The staff list's figures: last supervision, next due, overdue, and mandatory training, read from the database."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import Cast
from tests.workforce.factories import CourseFactory, SupervisionSessionFactory, TrainingRecordFactory
from yjs.workforce.access import staff_visible_to
from yjs.workforce.queries import SORTS, by_course, staff_rows
from yjs.workforce.training import TrainingState

pytestmark = pytest.mark.django_db

TODAY = date(2025, 3, 10)


def test_each_member_of_staff_has_their_last_supervision_next_due_and_training(cast: Cast) -> None:
    SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2025, 1, 31))
    SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2024, 12, 20))
    SupervisionSessionFactory(staff=cast.other_team_case_manager, supervisor=cast.service_manager, held_on=date(2025, 2, 20))
    safeguarding = CourseFactory(service=cast.service, name="Safeguarding", renewal_months=36)
    CourseFactory(service=cast.service, name="AssetPlus", renewal_months=None)
    TrainingRecordFactory(staff=cast.case_manager, course=safeguarding, completed_on=date(2021, 1, 1))  # expired 2024
    TrainingRecordFactory(
        staff=cast.case_manager, course=safeguarding, completed_on=date(2022, 4, 1)
    )  # the latest: expiring

    rows = {row.staff.username: row for row in staff_rows(staff_visible_to(cast.service_manager), cast.service.pk, TODAY)}

    cm = rows["cm"]
    assert (cm.last_supervised, cm.next_due, cm.overdue, cm.days_overdue) == (date(2025, 1, 31), date(2025, 2, 28), True, 10)
    assert cm.training == {TrainingState.EXPIRING: 1, TrainingState.MISSING: 1}
    assert not cm.training_ok
    south = rows["cm_south"]
    assert (south.next_due, south.overdue) == (date(2025, 3, 20), False)
    assert set(rows) == {"cm", "cm_south", "tm", "sm", "police", "health"}  # practitioners and managers, not partners


def test_sorting_by_due_puts_the_longest_overdue_first(cast: Cast) -> None:
    SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2025, 1, 31))
    SupervisionSessionFactory(staff=cast.other_team_case_manager, supervisor=cast.service_manager, held_on=date(2024, 11, 2))
    rows = staff_rows(staff_visible_to(cast.service_manager).filter(username__in=["cm", "cm_south"]), cast.service.pk, TODAY)
    assert [row.staff.username for row in sorted(rows, key=SORTS["due"])] == ["cm_south", "cm"]


def test_a_team_manager_sees_their_own_team(cast: Cast) -> None:
    assert set(staff_visible_to(cast.team_manager).values_list("username", flat=True)) == {"cm", "tm"}


def test_training_by_course_counts_each_standing(cast: Cast) -> None:
    course = CourseFactory(service=cast.service, name="Information governance", renewal_months=12)
    TrainingRecordFactory(staff=cast.case_manager, course=course, completed_on=date(2024, 1, 1))  # expired
    TrainingRecordFactory(staff=cast.team_manager, course=course, completed_on=date(2024, 4, 15))  # expiring
    TrainingRecordFactory(staff=cast.service_manager, course=course, completed_on=date(2025, 1, 1))  # current
    [summary] = by_course(staff_visible_to(cast.service_manager), cast.service.pk, TODAY)
    assert (summary.current, summary.expiring, summary.expired, summary.missing) == (1, 1, 1, 3)
    assert [line.staff.username for line in summary.needing_attention][:1] == ["cm"]
