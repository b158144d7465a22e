from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.casework.conftest import case_for, submitted_assessment
from tests.conftest import Cast
from tests.factories import ChildFactory, InterventionFactory

URL = reverse("casework:team_cases")


def _page(client, user, **params) -> str:  # type: ignore[no-untyped-def]
    client.force_login(user)
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role", ["case_manager", "auditor", "police_officer", "health_worker", "board_member"])
def test_only_managers_see_team_cases(client, cast: Cast, role: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.user(role))
    assert client.get(URL).status_code == 403


def test_a_team_manager_sees_their_teams_open_cases_only(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    south = ChildFactory(service=cast.service, first_name="Southern", local_authority=cast.child.local_authority)
    InterventionFactory(child=south, outcome__child=south, service=cast.service, team=cast.other_team_case_manager.team)
    page = _page(client, cast.team_manager)
    assert "Jordan Testcase" in page
    assert "Southern" not in page


def test_a_service_manager_filters_by_team(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    south = ChildFactory(service=cast.service, first_name="Southern", local_authority=cast.child.local_authority)
    InterventionFactory(child=south, outcome__child=south, service=cast.service, team=cast.other_team_case_manager.team)
    assert "Southern" in _page(client, cast.service_manager)
    page = _page(client, cast.service_manager, team=cast.intervention.team.pk)
    assert "Southern" not in page
    assert "Jordan Testcase" in page


def test_the_unallocated_filter_shows_only_cases_without_a_case_manager(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    waiting = case_for(cast, None)
    page = _page(client, cast.team_manager, unallocated="on")
    assert waiting.child.full_name in page
    assert "Jordan Testcase" not in page


def test_the_oversight_filter_shows_cases_with_work_awaiting_countersignature(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    other = case_for(cast, cast.case_manager)
    submitted_assessment(cast.intervention, cast.case_manager)
    page = _page(client, cast.team_manager, oversight_pending="on")
    assert "Jordan Testcase" in page
    assert other.child.full_name not in page


def test_the_review_overdue_filter(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    overdue = case_for(cast, cast.case_manager, next_review_due=date(2025, 7, 1))
    page = _page(client, cast.team_manager, review_overdue="on")
    assert overdue.child.full_name in page
    assert "Jordan Testcase" not in page  # no review date set


def test_cases_sort_by_child_and_come_25_to_a_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    for _ in range(26):
        case_for(cast, cast.case_manager)
    first = _page(client, cast.team_manager, sort="child")
    second = _page(client, cast.team_manager, sort="child", page=2)
    assert first.count('class="govuk-link" href="/casework/interventions/') == 25
    assert second.count('class="govuk-link" href="/casework/interventions/') == 2
    assert 'aria-sort="ascending"' in first
    assert "page=2" in first


def test_the_number_of_queries_does_not_grow_with_the_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.team_manager)
    counts = []
    for total in (3, 12):
        while client.get(URL).content.decode().count("/casework/interventions/") < total:
            submitted_assessment(case_for(cast, cast.case_manager), cast.case_manager)
        with CaptureQueriesContext(connection) as context:
            client.get(URL)
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
