"""Recording supervision and training: who may, for whom, and the dates and expiry the services check and work out."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.conftest import Cast
from tests.workforce.factories import CourseFactory
from yjs.workforce import services
from yjs.workforce.models import SupervisionSession, TrainingRecord

pytestmark = pytest.mark.django_db


def test_a_team_manager_records_supervision_for_their_own_team_only(cast: Cast) -> None:
    day = date(2025, 1, 15)
    session = services.record_supervision(
        cast.team_manager, cast.case_manager, {"held_on": day, "supervisor": cast.team_manager}
    )
    assert session.history.get().history_user == cast.team_manager
    with pytest.raises(PermissionDenied):
        services.record_supervision(
            cast.team_manager, cast.other_team_case_manager, {"held_on": day, "supervisor": cast.team_manager}
        )
    assert SupervisionSession.objects.count() == 1


@pytest.mark.parametrize("role", ["auditor", "case_manager", "board_member", "other_service_manager"])
def test_readers_and_others_record_nothing(cast: Cast, role: str) -> None:
    with pytest.raises(PermissionDenied):
        services.record_supervision(
            cast.user(role), cast.case_manager, {"held_on": date(2025, 1, 15), "supervisor": cast.team_manager}
        )


def test_supervision_in_the_future_or_by_the_person_themselves_is_refused(cast: Cast) -> None:
    with pytest.raises(ValidationError) as refused:
        services.record_supervision(
            cast.service_manager,
            cast.case_manager,
            {"held_on": timezone.localdate() + timedelta(days=1), "supervisor": cast.team_manager},
        )
    assert "held_on" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        services.record_supervision(
            cast.service_manager, cast.team_manager, {"held_on": date(2025, 1, 1), "supervisor": cast.team_manager}
        )
    assert "supervisor" in refused.value.message_dict


def test_two_supervisions_on_one_day_are_refused(cast: Cast) -> None:
    data = {"held_on": date(2025, 1, 15), "supervisor": cast.team_manager}
    services.record_supervision(cast.service_manager, cast.case_manager, data)
    with pytest.raises(ValidationError):
        services.record_supervision(cast.service_manager, cast.case_manager, data)


def test_training_takes_its_expiry_from_the_course_unless_one_is_entered(cast: Cast) -> None:
    course = CourseFactory(service=cast.service, renewal_months=36)
    worked_out = services.record_training(
        cast.service_manager, cast.case_manager, {"course": course, "completed_on": date(2024, 2, 29)}
    )
    assert worked_out.expires_on == date(2027, 2, 28)
    entered = services.record_training(
        cast.service_manager,
        cast.case_manager,
        {"course": course, "completed_on": date(2024, 3, 1), "expires_on": date(2025, 3, 1)},
    )
    assert entered.expires_on == date(2025, 3, 1)
    lifelong = CourseFactory(service=cast.service, renewal_months=None)
    assert (
        services.record_training(
            cast.service_manager, cast.case_manager, {"course": lifelong, "completed_on": date(2024, 1, 1)}
        ).expires_on
        is None
    )


def test_training_expiring_before_completion_or_on_another_services_course_is_refused(cast: Cast) -> None:
    course = CourseFactory(service=cast.service)
    with pytest.raises(ValidationError) as refused:
        services.record_training(
            cast.service_manager,
            cast.case_manager,
            {"course": course, "completed_on": date(2024, 3, 1), "expires_on": date(2024, 3, 1)},
        )
    assert "expires_on" in refused.value.message_dict
    theirs = CourseFactory(service=cast.other_service)
    with pytest.raises(ValidationError) as refused:
        services.record_training(
            cast.service_manager, cast.case_manager, {"course": theirs, "completed_on": date(2024, 3, 1)}
        )
    assert "course" in refused.value.message_dict
    assert not TrainingRecord.objects.exists()
