"""Every workforce page, every role: the exact answer each role gets, as one table.

Service managers (the quality lead) and administrators keep the whole service's records; team managers
see and record for their own team (404 for another team's member); auditors read; everyone else is
refused (403). Another service's manager keeps their own staff and gets 404 for this one's.

A page added to yjs.workforce.urls without a row here fails test_every_workforce_page_has_a_row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse
from django.utils import timezone

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES, Cast
from tests.workforce.factories import (
    CourseFactory,
    StaffSurveyFactory,
    SupervisionSessionFactory,
    SurveyResultFactory,
    TrainingRecordFactory,
)
from yjs.core.models import User
from yjs.workforce import urls as workforce_urls
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord

READERS = {"service_manager": 200, "administrator": 200, "team_manager": 200, "auditor": 200, "other_service_manager": 200}
READ = statuses(403, **READERS)
READ_OWN_TEAM = {**READ, "other_service_manager": 404}
READ_OTHER_TEAM = {**READ_OWN_TEAM, "team_manager": 404}
RECORD_OWN_TEAM = {**READ_OWN_TEAM, "auditor": 403}
RECORD_OTHER_TEAM = {**RECORD_OWN_TEAM, "team_manager": 404}
KEEP = statuses(403, service_manager=200, administrator=200, other_service_manager=200)
KEEP_THIS_SERVICE = {**KEEP, "other_service_manager": 404}


@dataclass
class Staffing:
    cast: Cast
    course: Course
    survey: StaffSurvey
    result: SurveyResult
    session: SupervisionSession
    training: TrainingRecord
    other_team_session: SupervisionSession


@pytest.fixture
def staffing(cast: Cast) -> Staffing:
    survey = StaffSurveyFactory(service=cast.service)
    result = SurveyResultFactory(survey=survey, theme="My caseload is manageable", percent_positive=54)
    course = CourseFactory(service=cast.service, name="Safeguarding children")
    day = timezone.localdate() - timedelta(days=40)
    session = SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=day)
    training = TrainingRecordFactory(staff=cast.case_manager, course=course, completed_on=day)
    other = SupervisionSessionFactory(
        staff=cast.user("other_team_case_manager"), supervisor=cast.service_manager, held_on=day
    )
    return Staffing(cast, course, survey, result, session, training, other)


def supervision(staffing: Staffing, user: User) -> dict[str, Any]:
    supervisor = staffing.cast.team_manager if user.role != "team_manager" else user
    return {"held_on": (timezone.localdate() - timedelta(days=3)).isoformat(), "supervisor": supervisor.pk, "note": ""}


def training(staffing: Staffing, user: User) -> dict[str, Any]:
    return {
        "course": staffing.course.pk,
        "completed_on": (timezone.localdate() - timedelta(days=30)).isoformat(),
        "expires_on": "",
    }


def course(staffing: Staffing, user: User) -> dict[str, Any]:
    return {"name": "Trauma-informed practice", "renewal_months": "36", "mandatory": ""}


def survey(staffing: Staffing, user: User) -> dict[str, Any]:
    return {"title": "Staff survey 2025", "conducted_on": "2025-02-01", "invited": "40", "respondents": "31"}


def result(staffing: Staffing, user: User) -> dict[str, Any]:
    return {"theme": "I feel safe at work", "percent_positive": "91"}


def changed_supervision(staffing: Staffing, user: User) -> dict[str, Any]:
    return {**supervision(staffing, user), "version": str(staffing.session.version)}


def changed_other_team_supervision(staffing: Staffing, user: User) -> dict[str, Any]:
    return {**supervision(staffing, user), "supervisor": staffing.cast.service_manager.pk, "version": "0"}


def changed_training(staffing: Staffing, user: User) -> dict[str, Any]:
    return {**training(staffing, user), "version": str(staffing.training.version)}


def changed_course(staffing: Staffing, user: User) -> dict[str, Any]:
    return {"name": "Safeguarding children and young people", "renewal_months": "24", "mandatory": "on", "version": "0"}


def changed_survey(staffing: Staffing, user: User) -> dict[str, Any]:
    return {**survey(staffing, user), "version": str(staffing.survey.version)}


def changed_result(staffing: Staffing, user: User) -> dict[str, Any]:
    return {"theme": "My caseload is manageable", "percent_positive": "56", "version": str(staffing.result.version)}


def removing(staffing: Staffing, user: User) -> dict[str, Any]:
    return {"reason": "Recorded in error"}


def of_record(url_name: str, who: str, record: str):  # type: ignore[no-untyped-def]
    return lambda staffing: reverse(url_name, args=[staffing.cast.user(who).pk, getattr(staffing, record).pk])


def named(url_name: str):  # type: ignore[no-untyped-def]
    return lambda staffing: reverse(url_name)


def of(url_name: str, who: str):  # type: ignore[no-untyped-def]
    return lambda staffing: reverse(url_name, args=[staffing.cast.user(who).pk])


def form_rows(name: str, url_name: str, url, expected: dict[str, int], data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", expected), Row(name, url_name, url, "post", saved(expected), data)]


ROWS: list[Row] = [
    Row("staff", "workforce:staff", named("workforce:staff"), "get", READ),
    Row("overdue supervision", "workforce:overdue", named("workforce:overdue"), "get", READ),
    Row("training by course", "workforce:training", named("workforce:training"), "get", READ),
    Row("staff survey", "workforce:surveys", named("workforce:surveys"), "get", READ),
    Row("a member of the team", "workforce:member", of("workforce:member", "case_manager"), "get", READ_OWN_TEAM),
    Row(
        "a member of another team",
        "workforce:member",
        of("workforce:member", "other_team_case_manager"),
        "get",
        READ_OTHER_TEAM,
    ),
    *form_rows(
        "record supervision in the team",
        "workforce:supervision_new",
        of("workforce:supervision_new", "case_manager"),
        RECORD_OWN_TEAM,
        supervision,
    ),
    *form_rows(
        "record supervision in another team",
        "workforce:supervision_new",
        of("workforce:supervision_new", "other_team_case_manager"),
        RECORD_OTHER_TEAM,
        supervision,
    ),
    *form_rows(
        "record training in the team",
        "workforce:training_new",
        of("workforce:training_new", "case_manager"),
        RECORD_OWN_TEAM,
        training,
    ),
    *form_rows(
        "change a supervision in the team",
        "workforce:supervision_edit",
        of_record("workforce:supervision_edit", "case_manager", "session"),
        RECORD_OWN_TEAM,
        changed_supervision,
    ),
    *form_rows(
        "change a supervision in another team",
        "workforce:supervision_edit",
        of_record("workforce:supervision_edit", "other_team_case_manager", "other_team_session"),
        RECORD_OTHER_TEAM,
        changed_other_team_supervision,
    ),
    *form_rows(
        "remove a supervision in the team",
        "workforce:supervision_remove",
        of_record("workforce:supervision_remove", "case_manager", "session"),
        RECORD_OWN_TEAM,
        removing,
    ),
    *form_rows(
        "remove a supervision in another team",
        "workforce:supervision_remove",
        of_record("workforce:supervision_remove", "other_team_case_manager", "other_team_session"),
        RECORD_OTHER_TEAM,
        removing,
    ),
    *form_rows(
        "change training in the team",
        "workforce:training_edit",
        of_record("workforce:training_edit", "case_manager", "training"),
        RECORD_OWN_TEAM,
        changed_training,
    ),
    *form_rows(
        "remove training in the team",
        "workforce:training_remove",
        of_record("workforce:training_remove", "case_manager", "training"),
        RECORD_OWN_TEAM,
        removing,
    ),
    *form_rows(
        "change a course",
        "workforce:course_edit",
        lambda staffing: reverse("workforce:course_edit", args=[staffing.course.pk]),
        KEEP_THIS_SERVICE,
        changed_course,
    ),
    *form_rows(
        "change a survey",
        "workforce:survey_edit",
        lambda staffing: reverse("workforce:survey_edit", args=[staffing.survey.pk]),
        KEEP_THIS_SERVICE,
        changed_survey,
    ),
    *form_rows(
        "change a survey result",
        "workforce:survey_result_edit",
        lambda staffing: reverse("workforce:survey_result_edit", args=[staffing.survey.pk, staffing.result.pk]),
        KEEP_THIS_SERVICE,
        changed_result,
    ),
    *form_rows("add a course", "workforce:course_new", named("workforce:course_new"), KEEP, course),
    *form_rows("record a survey", "workforce:survey_new", named("workforce:survey_new"), KEEP, survey),
    *form_rows(
        "add a survey result",
        "workforce:survey_result_new",
        lambda staffing: reverse("workforce:survey_result_new", args=[staffing.survey.pk]),
        KEEP_THIS_SERVICE,
        result,
    ),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_workforce_page(
    staffing: Staffing, client: Client, row: Row, role: str
) -> None:
    user = staffing.cast.user(role)
    client.force_login(user)
    url = row.url(staffing)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(staffing, user) if row.data else {}
    before = table_sizes(("workforce",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role]
    if response.status_code == 302:
        assert table_sizes(("workforce",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("workforce",)) == before, "a refused POST must save nothing"


def test_every_workforce_page_has_a_row() -> None:
    pages = {f"workforce:{p.name}" for p in workforce_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(staffing: Staffing) -> None:
    for row in ROWS:
        assert resolve(row.url(staffing)).view_name == row.url_name, row.name


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_menu_has_workforce_for_the_roles_that_read_it(cast: Cast, role: str) -> None:
    from yjs.workforce.access import nav_items

    assert bool(nav_items(cast.user(role))) == (READ[role] == 200)
