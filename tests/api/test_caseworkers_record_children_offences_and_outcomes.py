from __future__ import annotations

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from yjs.children.models import Child
from yjs.justice.models import Outcome

NEW_CHILD = {
    "first_name": "Sam",
    "last_name": "Newcase",
    "date_of_birth": "2010-02-03",
    "sex": "F",
    "ethnicity": "B_CARIBBEAN",
    "local_authority": "E06000058",
}


@pytest.mark.parametrize("role", ["case_manager", "team_manager", "service_manager"])
def test_a_caseworker_records_a_new_child_in_their_service(cast: Cast, api_as: ApiAs, role: str) -> None:
    response = api_as(cast.user(role)).post("/api/v1/children/", NEW_CHILD, format="json")
    assert response.status_code == 201, response.json()
    child = Child.objects.get(pk=response.json()["id"])
    assert (child.service, child.created_by, child.version) == (cast.service, cast.user(role), 1)
    assert response.json()["yjs_id"] == child.yjs_id


def test_a_case_manager_changes_a_childs_details_and_the_version_moves_on(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).patch(
        f"/api/v1/children/{cast.child.pk}/", {"pnc_number": "24/0012345A", "version": 1}, format="json"
    )
    assert response.status_code == 200, response.json()
    assert response.json()["version"] == 2
    cast.child.refresh_from_db()
    assert cast.child.pnc_number == "24/0012345A"
    # The change is kept in the record's history under the caller's name, token or not.
    assert cast.child.history.first().history_user == cast.case_manager


def test_a_case_manager_records_an_offence_then_an_outcome_for_it(cast: Cast, api_as: ApiAs) -> None:
    client = api_as(cast.case_manager)
    offence = client.post(
        "/api/v1/offences/",
        {
            "child": cast.child.pk,
            "offence_date": "2025-06-01",
            "description": "Criminal damage to a bus shelter",
            "category": "CRIMINAL_DAMAGE",
            "seriousness": 2,
        },
        format="json",
    )
    assert offence.status_code == 201, offence.json()
    outcome = client.post(
        "/api/v1/outcomes/",
        {
            "child": cast.child.pk,
            "outcome_type": "YC",
            "outcome_date": "2025-07-01",
            "offences": [offence.json()["id"]],
        },
        format="json",
    )
    assert outcome.status_code == 201, outcome.json()
    assert outcome.json()["offences"] == [offence.json()["id"]]
    assert Outcome.objects.get(pk=outcome.json()["id"]).created_by == cast.case_manager
