from __future__ import annotations

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from tests.factories import InterventionFactory, OutcomeFactory
from yjs.casework.models import Assessment, Plan
from yjs.justice.models import OutcomeType

# Who sees the cast's child (see tests/children/test_who_sees_which_child.py); None: refused outright.
SEES_THE_CHILD: dict[str, bool | None] = {
    "case_manager": True,
    "other_team_case_manager": False,
    "team_manager": True,
    "service_manager": True,
    "police_officer": False,  # the child has only a court outcome
    "health_worker": True,
    "partner_screener": None,
    "board_member": None,
    "auditor": True,
    "administrator": None,
    "other_service_manager": False,
}
RESOURCES = ["children", "offences", "outcomes", "interventions", "assessments", "plans"]


def record_ids(cast: Cast) -> dict[str, int]:
    return {
        "children": cast.child.pk,
        "offences": cast.child.offences.get().pk,
        "outcomes": cast.child.outcomes.get().pk,
        "interventions": cast.intervention.pk,
        "assessments": Assessment.objects.get(intervention=cast.intervention).pk,
        "plans": Plan.objects.get(intervention=cast.intervention).pk,
    }


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize(("role", "sees"), SEES_THE_CHILD.items())
def test_a_role_lists_the_childs_records_only_when_its_scope_includes_the_child(
    records: Cast, api_as: ApiAs, role: str, sees: bool | None, resource: str
) -> None:
    response = api_as(records.user(role)).get(f"/api/v1/{resource}/")
    if sees is None:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    listed = {row["id"] for row in response.json()["results"]}
    assert (record_ids(records)[resource] in listed) is sees


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize(("role", "sees"), SEES_THE_CHILD.items())
def test_a_record_out_of_scope_is_not_found_and_a_role_without_access_is_forbidden(
    records: Cast, api_as: ApiAs, role: str, sees: bool | None, resource: str
) -> None:
    response = api_as(records.user(role)).get(f"/api/v1/{resource}/{record_ids(records)[resource]}/")
    assert response.status_code == {True: 200, False: 404, None: 403}[sees]


def test_a_child_of_another_service_is_never_listed(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.service_manager).get("/api/v1/children/")
    assert cast.other_service_child.pk not in {row["id"] for row in response.json()["results"]}
    assert api_as(cast.service_manager).get(f"/api/v1/children/{cast.other_service_child.pk}/").status_code == 404


def test_a_police_officer_reaches_a_child_once_they_have_an_out_of_court_outcome(cast: Cast, api_as: ApiAs) -> None:
    client = api_as(cast.police_officer)
    assert client.get(f"/api/v1/children/{cast.child.pk}/").status_code == 404
    OutcomeFactory(
        child=cast.child,
        service=cast.service,
        outcome_type=OutcomeType.objects.get(code="YC"),
        length_months=None,
        offences=[cast.child.offences.get()],
    )
    assert client.get(f"/api/v1/children/{cast.child.pk}/").status_code == 200
    assert {row["outcome_type"] for row in client.get("/api/v1/outcomes/").json()["results"]} == {"RO", "YC"}


@pytest.mark.parametrize("resource", ["interventions", "assessments", "plans"])
def test_a_police_officer_reads_out_of_court_casework_only(records: Cast, api_as: ApiAs, resource: str) -> None:
    """Once the child has a youth caution the police see the child, but still not the court order's casework."""
    court_record = record_ids(records)[resource]
    youth_caution = OutcomeFactory(
        child=records.child,
        service=records.service,
        outcome_type=OutcomeType.objects.get(code="YC"),
        length_months=None,
        offences=[records.child.offences.get()],
    )
    InterventionFactory(outcome=youth_caution, child=records.child, service=records.service, team=records.intervention.team)
    client = api_as(records.police_officer)
    listed = {row["id"] for row in client.get(f"/api/v1/{resource}/").json()["results"]}
    assert court_record not in listed
    assert client.get(f"/api/v1/{resource}/{court_record}/").status_code == 404
