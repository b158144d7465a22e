from __future__ import annotations

import pytest
from django.urls import reverse

from tests.casework.conftest import case_for, outcome_for
from tests.conftest import Cast
from tests.factories import InterventionFactory
from yjs.casework.services import save_assessment
from yjs.core.models import AccessLog


def test_the_case_manager_sees_the_summary_and_the_actions(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    response = client.get(reverse("casework:intervention", args=[cast.intervention.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Jordan Testcase" in page
    assert "Referral order" in page
    assert reverse("casework:assessment_new", args=[cast.intervention.pk]) in page
    assert reverse("casework:contact_new", args=[cast.intervention.pk]) in page


def test_opening_the_intervention_is_written_to_the_access_log(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    client.get(reverse("casework:intervention", args=[cast.intervention.pk]))
    entry = AccessLog.objects.get()
    assert (entry.user, entry.child_id, entry.what) == (cast.case_manager, cast.child.pk, "intervention")


def test_an_auditor_reads_the_page_without_any_action(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.auditor)
    response = client.get(reverse("casework:intervention", args=[cast.intervention.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert reverse("casework:assessment_new", args=[cast.intervention.pk]) not in page
    assert reverse("casework:allocate", args=[cast.intervention.pk]) not in page
    assert "govuk-button" not in page.split('id="main-content"')[1]


def test_a_case_manager_of_another_team_gets_not_found(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.other_team_case_manager)
    response = client.get(reverse("casework:intervention", args=[cast.intervention.pk]))
    assert response.status_code == 404


def test_the_page_shows_first_contact_and_assessment_overdue(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    # Started Tuesday 1 April 2025: first contact due Tuesday 8 April; assessment 15 working days on,
    # skipping Good Friday and Easter Monday (18 and 21 April): Thursday 24 April.
    client.force_login(cast.case_manager)
    page = client.get(reverse("casework:intervention", args=[cast.intervention.pk])).content.decode()
    assert "Due by 8 April 2025" in page
    assert "Due by 24 April 2025" in page
    assert page.count('govuk-tag govuk-tag--red">Overdue') == 2


def _out_of_court_case(cast: Cast):  # type: ignore[no-untyped-def]
    return case_for(cast, cast.case_manager, code="YCC")


@pytest.mark.parametrize("role", ["auditor", "health_worker", "police_officer"])
def test_readers_see_an_out_of_court_case_without_actions(client, cast: Cast, role: str) -> None:  # type: ignore[no-untyped-def]
    case = _out_of_court_case(cast)
    client.force_login(cast.user(role))
    response = client.get(reverse("casework:intervention", args=[case.pk]))
    assert response.status_code == 200
    main = response.content.decode().split('id="main-content"')[1]
    assert "govuk-button" not in main
    assert "/contacts/new/" not in main


def test_the_police_see_a_childs_out_of_court_case_but_not_their_court_order(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    caution = InterventionFactory(
        outcome=outcome_for(cast.child, "YCC"), child=cast.child, service=cast.service, team=cast.intervention.team
    )
    client.force_login(cast.police_officer)
    assert client.get(reverse("casework:intervention", args=[caution.pk])).status_code == 200
    assert client.get(reverse("casework:intervention", args=[cast.intervention.pk])).status_code == 404


def test_a_draft_assessment_is_offered_to_carry_on_with(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    draft = save_assessment(cast.case_manager, cast.intervention, {"motivation": "Half written"})
    client.force_login(cast.case_manager)
    page = client.get(reverse("casework:intervention", args=[cast.intervention.pk])).content.decode()
    assert f'href="{draft.get_absolute_url()}">Continue the draft assessment' in page
    assert reverse("casework:assessment_new", args=[cast.intervention.pk]) not in page
