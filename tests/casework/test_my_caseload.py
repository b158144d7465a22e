from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.casework.conftest import case_for, submitted_assessment
from tests.conftest import Cast
from tests.factories import ContactFactory
from yjs.casework.queries import caseload_for


def _up_to_date(cast: Cast):  # type: ignore[no-untyped-def]
    """A case started today: nothing is due yet."""
    today = timezone.localdate()
    return case_for(cast, cast.case_manager, start_date=today, next_review_due=today + timedelta(days=90))


def test_overdue_cases_come_first(cast: Cast) -> None:
    fresh = _up_to_date(cast)
    # The cast's intervention started in April 2025 with no contact or assessment: both are overdue.
    rows = list(caseload_for(cast.case_manager))
    assert [r.pk for r in rows] == [cast.intervention.pk, fresh.pk]
    assert rows[0].any_overdue
    assert rows[0].first_contact_overdue
    assert rows[0].assessment_overdue
    assert not rows[1].any_overdue


def test_an_attended_contact_and_a_submitted_assessment_clear_the_deadlines(cast: Cast) -> None:
    ContactFactory(intervention=cast.intervention, service=cast.service, status="attended")
    submitted_assessment(cast.intervention, cast.case_manager, rosh_rating="high", safety_rating="medium")
    row = caseload_for(cast.case_manager).get()
    assert not row.first_contact_overdue
    assert not row.assessment_overdue
    assert (row.rosh_rating, row.safety_rating, row.assessment_status) == ("high", "medium", "submitted")


def test_a_draft_does_not_set_the_ratings_shown(cast: Cast) -> None:
    submitted_assessment(cast.intervention, cast.case_manager, rosh_rating="low")
    submitted_assessment(cast.intervention, cast.case_manager, rosh_rating="very_high", status="draft")
    row = caseload_for(cast.case_manager).get()
    assert row.rosh_rating == "low"
    assert row.assessment_status == "draft"


def test_the_page_shows_each_case_with_a_red_overdue_tag(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    submitted_assessment(cast.intervention, cast.case_manager, rosh_rating="high", safety_rating="medium")
    client.force_login(cast.case_manager)
    page = client.get(reverse("casework:caseload")).content.decode()
    assert "Jordan Testcase" in page
    assert 'govuk-tag govuk-tag--red">Overdue' in page
    assert "moj-badge moj-badge--red" in page  # RoSH high


def test_someone_with_no_cases_is_told_so(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.other_team_case_manager)
    response = client.get(reverse("casework:caseload"))
    assert response.status_code == 200
    assert "No cases are allocated to you" in response.content.decode()


@pytest.mark.parametrize("role", ["police_officer", "auditor", "health_worker", "board_member", "partner_screener"])
def test_roles_without_a_caseload_are_refused(client, cast: Cast, role: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.user(role))
    assert client.get(reverse("casework:caseload")).status_code == 403


def _queries_for_caseload_of(client, cast: Cast, cases: int) -> int:  # type: ignore[no-untyped-def]
    for _ in range(cases - caseload_for(cast.case_manager).count()):
        case = case_for(cast, cast.case_manager)
        submitted_assessment(case, cast.case_manager)
        ContactFactory(intervention=case, service=cast.service, status="attended")
    client.force_login(cast.case_manager)
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("casework:caseload"))
    assert response.status_code == 200
    assert response.content.decode().count("govuk-table__row") == cases + 1
    return len(context.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_caseload(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    small = _queries_for_caseload_of(client, cast, 3)
    large = _queries_for_caseload_of(client, cast, 12)
    assert large == small
