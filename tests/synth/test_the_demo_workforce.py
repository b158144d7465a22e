"""The demo's workforce records: monthly supervision with a few overdue, courses with some expired, one survey; once."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import Cast
from yjs.synth.workforce import ensure_demo_workforce
from yjs.workforce.access import staff_visible_to
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord
from yjs.workforce.queries import by_course, staff_rows

pytestmark = pytest.mark.django_db

AS_OF = date(2025, 3, 10)


def _users(cast: Cast) -> dict[str, object]:
    return {"service_manager": cast.service_manager, "team_manager": cast.team_manager}


def _sizes() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Course, TrainingRecord, SupervisionSession, StaffSurvey, SurveyResult))


def test_the_demo_supervises_staff_monthly_with_some_overdue_and_some_training_expired(cast: Cast) -> None:
    ensure_demo_workforce(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    rows = staff_rows(staff_visible_to(cast.service_manager), cast.service.pk, AS_OF)
    supervised = [row for row in rows if row.last_supervised]
    assert len(supervised) == len(rows) - 1  # all but the service manager, supervised outside yjs
    assert any(row.overdue for row in supervised)
    assert any(not row.overdue for row in supervised)
    assert {"Safeguarding children (level 3)", "AssetPlus assessment", "Trauma-informed practice"} <= set(
        Course.objects.values_list("name", flat=True)
    )
    assert all(record.completed_on <= AS_OF for record in TrainingRecord.objects.all())
    assert all(session.held_on <= AS_OF for session in SupervisionSession.objects.all())
    survey = StaffSurvey.objects.get(service=cast.service)
    assert survey.respondents <= survey.invited
    assert survey.results.count() == 6


def test_the_demo_has_expired_training_to_show(cast: Cast) -> None:
    ensure_demo_workforce(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    summaries = by_course(staff_visible_to(cast.service_manager), cast.service.pk, AS_OF)
    assert sum(summary.expired for summary in summaries) > 0
    assert sum(summary.current for summary in summaries) > 0


def test_running_the_demo_again_changes_nothing(cast: Cast) -> None:
    ensure_demo_workforce(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    before = _sizes()
    ensure_demo_workforce(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    assert _sizes() == before
