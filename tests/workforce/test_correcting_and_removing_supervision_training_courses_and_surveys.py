"""Supervision and training are corrected, and removed with a reason when recorded in error (kept in the history,
left out of the last supervision, the due date and the training counts); courses, surveys and their results are
corrected; a change from a stale page is refused and keeps what the user typed."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.workforce.factories import (
    CourseFactory,
    StaffSurveyFactory,
    SupervisionSessionFactory,
    SurveyResultFactory,
    TrainingRecordFactory,
)
from yjs.workforce import queries, services
from yjs.workforce.access import staff_visible_to
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord

pytestmark = pytest.mark.django_db


def _row(cast: Cast):  # type: ignore[no-untyped-def]
    staff = staff_visible_to(cast.service_manager).filter(pk=cast.case_manager.pk)
    [row] = queries.staff_rows(staff, cast.service.pk, date(2025, 3, 1), every_months=1)
    return row


def test_removing_the_latest_supervision_makes_the_one_before_the_last(cast: Cast, client: Client) -> None:
    SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2025, 1, 10))
    wrong = SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2025, 2, 10))
    assert _row(cast).last_supervised == date(2025, 2, 10)

    client.force_login(cast.team_manager)
    member = reverse("workforce:member", args=[cast.case_manager.pk])
    remove = reverse("workforce:supervision_remove", args=[cast.case_manager.pk, wrong.pk])
    assert remove in client.get(member).content.decode()
    assert "Are you sure you want to remove the supervision on 10 February 2025?" in client.get(remove).content.decode()
    refused = client.post(remove, {"reason": ""})
    assert "Enter why it is being removed" in refused.content.decode()
    assert client.post(remove, {"reason": "Recorded against the wrong person"}).status_code == 302

    kept = SupervisionSession.objects.get(pk=wrong.pk)
    assert (kept.archived_by, kept.archive_reason) == (cast.team_manager, "Recorded against the wrong person")
    assert kept.history.first().history_user == cast.team_manager
    # 10 January plus one month: due 10 February, so overdue on 1 March.
    row = _row(cast)
    assert (row.last_supervised, row.next_due, row.overdue) == (date(2025, 1, 10), date(2025, 2, 10), True)
    assert remove not in client.get(member).content.decode()
    assert client.get(remove).status_code == 404


def test_a_removed_supervision_frees_its_date_and_a_change_is_kept_in_history(cast: Cast) -> None:
    day = date(2025, 1, 10)
    session = SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=day)
    services.remove_supervision(cast.team_manager, session, "Duplicate")
    again = services.record_supervision(
        cast.team_manager, cast.case_manager, {"held_on": day, "supervisor": cast.team_manager}
    )
    changed = services.change_supervision(
        cast.service_manager, again, {"held_on": day, "supervisor": cast.service_manager, "note": "Moved"}, again.version
    )
    assert (changed.supervisor, changed.note, changed.version) == (cast.service_manager, "Moved", 1)
    assert changed.history.first().history_user == cast.service_manager
    with pytest.raises(PermissionDenied):
        services.change_supervision(cast.team_manager, session, {"note": "Archived"}, session.version)


def test_a_change_cannot_land_on_the_date_of_another_supervision(cast: Cast) -> None:
    SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2025, 1, 10))
    other = SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2025, 2, 10))
    with pytest.raises(ValidationError) as refused:
        services.change_supervision(cast.team_manager, other, {"held_on": date(2025, 1, 10)}, other.version)
    assert "held_on" in refused.value.message_dict


def test_a_change_from_a_stale_page_is_refused_and_keeps_what_was_typed(cast: Cast, client: Client) -> None:
    session = SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2025, 1, 10))
    client.force_login(cast.team_manager)
    edit = reverse("workforce:supervision_edit", args=[cast.case_manager.pk, session.pk])
    data = {"held_on": "2025-01-10", "supervisor": str(cast.team_manager.pk), "version": "0"}
    assert client.post(edit, {**data, "note": "First"}).status_code == 302
    response = client.post(edit, {**data, "note": "From the old page"})
    assert response.status_code == 200
    assert "after you opened it" in response.content.decode()
    assert "From the old page" in response.content.decode()
    assert SupervisionSession.objects.get(pk=session.pk).note == "First"


def test_training_corrected_works_out_its_expiry_again_and_removed_counts_as_missing(cast: Cast) -> None:
    course = CourseFactory(service=cast.service, name="Safeguarding children", renewal_months=12, mandatory=True)
    record = TrainingRecordFactory(staff=cast.case_manager, course=course, completed_on=date(2024, 6, 1))
    changed = services.change_training(
        cast.team_manager, record, {"course": course, "completed_on": date(2024, 9, 1), "expires_on": None}, record.version
    )
    assert changed.expires_on == date(2025, 9, 1)
    assert _row(cast).training.get("missing", 0) == 0
    services.remove_training(cast.team_manager, changed, "Not this course")
    assert TrainingRecord.objects.get(pk=record.pk).archive_reason == "Not this course"
    assert _row(cast).training["missing"] == 1


def test_training_is_changed_from_the_member_page(cast: Cast, client: Client) -> None:
    course = CourseFactory(service=cast.service, name="AssetPlus", renewal_months=None, mandatory=False)
    record = TrainingRecordFactory(staff=cast.case_manager, course=course, completed_on=date(2024, 6, 1))
    client.force_login(cast.service_manager)
    edit = reverse("workforce:training_edit", args=[cast.case_manager.pk, record.pk])
    assert edit in client.get(reverse("workforce:member", args=[cast.case_manager.pk])).content.decode()
    data = {"course": str(course.pk), "completed_on": "2024-06-03", "expires_on": "", "version": "0"}
    assert client.post(edit, data).status_code == 302
    assert TrainingRecord.objects.get(pk=record.pk).completed_on == date(2024, 6, 3)


def test_a_course_is_renamed_but_not_to_the_name_of_another(cast: Cast, client: Client) -> None:
    course = CourseFactory(service=cast.service, name="Safeguarding", renewal_months=36)
    CourseFactory(service=cast.service, name="AssetPlus")
    client.force_login(cast.service_manager)
    edit = reverse("workforce:course_edit", args=[course.pk])
    assert edit in client.get(reverse("workforce:training")).content.decode()
    refused = client.post(edit, {"name": "assetplus", "renewal_months": "36", "mandatory": "on", "version": "0"})
    assert "There is already a course with that name" in refused.content.decode()
    data = {"name": "Safeguarding children", "renewal_months": "24", "mandatory": "on", "version": "0"}
    assert client.post(edit, data).status_code == 302
    saved = Course.objects.get(pk=course.pk)
    assert (saved.name, saved.renewal_months, saved.version) == ("Safeguarding children", 24, 1)
    assert saved.history.first().history_user == cast.service_manager


def test_a_survey_and_its_results_are_corrected(cast: Cast, client: Client) -> None:
    survey = StaffSurveyFactory(service=cast.service, invited=40, respondents=27)
    result = SurveyResultFactory(survey=survey, theme="I feel safe at work", percent_positive=19)
    SurveyResultFactory(survey=survey, theme="My caseload is manageable")
    client.force_login(cast.service_manager)
    page = client.get(reverse("workforce:surveys")).content.decode()
    assert reverse("workforce:survey_edit", args=[survey.pk]) in page
    result_edit = reverse("workforce:survey_result_edit", args=[survey.pk, result.pk])
    assert result_edit in page

    survey_edit = reverse("workforce:survey_edit", args=[survey.pk])
    refused = client.post(
        survey_edit,
        {"title": survey.title, "conducted_on": "2024-11-01", "invited": "20", "respondents": "27", "version": "0"},
    )
    assert "Staff who answered cannot be more than staff invited" in refused.content.decode()
    data = {"title": survey.title, "conducted_on": "2024-11-01", "invited": "40", "respondents": "31", "version": "0"}
    assert client.post(survey_edit, data).status_code == 302
    assert StaffSurvey.objects.get(pk=survey.pk).respondents == 31

    taken = client.post(result_edit, {"theme": "My caseload is manageable", "percent_positive": "91", "version": "0"})
    assert "This survey already has a result for that question" in taken.content.decode()
    assert (
        client.post(result_edit, {"theme": "I feel safe at work", "percent_positive": "91", "version": "0"}).status_code
        == 302
    )
    assert SurveyResult.objects.get(pk=result.pk).percent_positive == 91


def test_another_service_cannot_change_this_services_course(cast: Cast) -> None:
    course = CourseFactory(service=cast.service, name="Safeguarding")
    with pytest.raises(PermissionDenied):
        services.change_course(cast.user("other_service_manager"), course, {"name": "Mine"}, 0)
