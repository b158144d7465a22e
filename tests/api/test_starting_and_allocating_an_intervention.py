from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from tests.factories import OutcomeFactory, UserFactory
from yjs.casework.models import Intervention
from yjs.core.roles import Role
from yjs.justice.models import Outcome, OutcomeType


@pytest.fixture
def outcome(cast: Cast) -> Outcome:
    """A second referral order for the cast's child, not yet supervised."""
    return OutcomeFactory(child=cast.child, service=cast.service, offences=[cast.child.offences.get()])


def start(cast: Cast, supervised: Outcome, **change: Any) -> dict[str, Any]:
    return {"outcome": supervised.pk, "team": cast.intervention.team_id, "start_date": "2025-04-03", **change}


def test_a_case_manager_starts_an_intervention_allocated_to_themselves(cast: Cast, api_as: ApiAs, outcome: Outcome) -> None:
    response = api_as(cast.case_manager).post(
        "/api/v1/interventions/",
        start(cast, outcome, case_manager=cast.case_manager.pk, level="enhanced", planned_end_date="2025-10-03"),
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["child"], body["outcome"], body["level"], body["is_open"]) == (
        cast.child.pk,
        outcome.pk,
        "enhanced",
        True,
    )
    # The first review falls due three months after the start.
    assert body["next_review_due"] == "2025-07-03"
    intervention = Intervention.objects.get(pk=body["id"])
    assert intervention.created_by == cast.case_manager
    assert [a.case_manager for a in intervention.allocations.all()] == [cast.case_manager]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"start_date": "2025-03-01"}, "start_date", "on or after the date of the outcome"),
        ({"start_date": "2999-01-01"}, "start_date", "no more than a year from today"),
        ({"planned_end_date": "2025-04-01"}, "planned_end_date", "after the start date"),
        ({"level": "maximum"}, "level", "not one of the codes for intervention level"),
        ({"outcome": 999999}, "outcome", "does not exist"),
    ],
)
def test_a_bad_intervention_is_refused_with_a_message_on_the_field(
    cast: Cast, api_as: ApiAs, outcome: Outcome, change: dict[str, Any], field: str, words: str
) -> None:
    response = api_as(cast.case_manager).post("/api/v1/interventions/", start(cast, outcome, **change), format="json")
    assert response.status_code == 400
    assert words in " ".join(response.json()[field])
    assert not outcome.interventions.exists()


def test_an_outcome_the_service_does_not_supervise_cannot_have_an_intervention(cast: Cast, api_as: ApiAs) -> None:
    fine = OutcomeFactory(
        child=cast.child,
        service=cast.service,
        outcome_type=OutcomeType.objects.get(code="FINE"),
        length_months=None,
        offences=[cast.child.offences.get()],
    )
    response = api_as(cast.case_manager).post("/api/v1/interventions/", start(cast, fine), format="json")
    assert response.status_code == 400
    assert "not supervised by the youth justice service" in response.json()["non_field_errors"][0]


def test_an_outcome_with_an_open_intervention_cannot_have_a_second(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        "/api/v1/interventions/", start(cast, cast.intervention.outcome), format="json"
    )
    assert response.status_code == 400
    assert "already has an open intervention" in response.json()["non_field_errors"][0]


def test_a_case_manager_starts_interventions_only_in_their_own_team(cast: Cast, api_as: ApiAs, outcome: Outcome) -> None:
    south = cast.other_team_case_manager.team
    response = api_as(cast.case_manager).post("/api/v1/interventions/", start(cast, outcome, team=south.pk), format="json")
    assert response.status_code == 400
    assert "only in your own team" in response.json()["team"][0]


def test_a_team_manager_allocates_the_case_and_the_trail_is_kept(cast: Cast, api_as: ApiAs) -> None:
    colleague = UserFactory(service=cast.service, team=cast.intervention.team, role=Role.CASE_MANAGER)
    url = f"/api/v1/interventions/{cast.intervention.pk}/allocate/"
    response = api_as(cast.team_manager).post(url, {"case_manager": colleague.pk, "version": 1}, format="json")
    assert response.status_code == 200, response.json()
    assert (response.json()["case_manager"], response.json()["version"]) == (colleague.pk, 2)
    allocation = cast.intervention.allocations.get()
    assert (allocation.case_manager, allocation.allocated_by) == (colleague, cast.team_manager)


def test_allocating_from_a_stale_version_answers_409(cast: Cast, api_as: ApiAs) -> None:
    url = f"/api/v1/interventions/{cast.intervention.pk}/allocate/"
    client = api_as(cast.team_manager)
    assert client.post(url, {"case_manager": cast.team_manager.pk, "version": 1}, format="json").status_code == 200
    response = client.post(url, {"case_manager": cast.case_manager.pk, "version": 1}, format="json")
    assert response.status_code == 409
    assert "Someone else changed this intervention" in response.json()["detail"]
    cast.intervention.refresh_from_db()
    assert cast.intervention.case_manager == cast.team_manager


@pytest.mark.parametrize("who", ["police_officer", "other_service_manager", "auditor"])
def test_a_case_can_be_allocated_only_to_a_case_manager_or_team_manager_of_the_service(
    cast: Cast, api_as: ApiAs, who: str
) -> None:
    response = api_as(cast.team_manager).post(
        f"/api/v1/interventions/{cast.intervention.pk}/allocate/",
        {"case_manager": cast.user(who).pk, "version": 1},
        format="json",
    )
    assert response.status_code == 400
    assert "case_manager" in response.json()


def test_a_case_manager_is_told_that_allocating_is_for_managers(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        f"/api/v1/interventions/{cast.intervention.pk}/allocate/",
        {"case_manager": cast.team_manager.pk, "version": 1},
        format="json",
    )
    assert response.status_code == 403
    assert "Only a manager of the case's team" in response.json()["detail"]


def test_closing_an_intervention_ends_the_allocation_and_the_reviews(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        f"/api/v1/interventions/{cast.intervention.pk}/close/",
        {"end_date": "2025-10-01", "ending": "completed", "reason": "Order completed", "version": 1},
        format="json",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["is_open"], body["end_date"], body["closure_reason"], body["next_review_due"]) == (
        False,
        "2025-10-01",
        "Order completed",
        None,
    )


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"end_date": "2025-03-01"}, "end_date", "after the start date"),
        ({"reason": "   "}, "reason", "may not be blank"),
    ],
)
def test_a_bad_closure_is_refused_with_a_message_on_the_field(
    cast: Cast, api_as: ApiAs, change: dict[str, Any], field: str, words: str
) -> None:
    response = api_as(cast.case_manager).post(
        f"/api/v1/interventions/{cast.intervention.pk}/close/",
        {"end_date": "2025-10-01", "ending": "completed", "reason": "Order completed", "version": 1, **change},
        format="json",
    )
    assert response.status_code == 400
    assert words in " ".join(response.json()[field])
    cast.intervention.refresh_from_db()
    assert cast.intervention.is_open
