from __future__ import annotations

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from yjs.children.models import Child
from yjs.justice.models import Offence

READ_ONLY_ROLES = ["auditor", "police_officer", "health_worker"]


@pytest.mark.parametrize("role", READ_ONLY_ROLES)
def test_a_read_only_role_cannot_record_a_child(cast: Cast, api_as: ApiAs, role: str) -> None:
    before = Child.objects.count()
    response = api_as(cast.user(role)).post(
        "/api/v1/children/",
        {"first_name": "A", "last_name": "B", "date_of_birth": "2010-01-01", "local_authority": "E06000058"},
        format="json",
    )
    assert response.status_code == 403
    assert Child.objects.count() == before


@pytest.mark.parametrize("role", READ_ONLY_ROLES)
def test_a_read_only_role_cannot_change_a_child(cast: Cast, api_as: ApiAs, role: str) -> None:
    response = api_as(cast.user(role)).patch(
        f"/api/v1/children/{cast.child.pk}/", {"first_name": "Changed", "version": 1}, format="json"
    )
    assert response.status_code == 403
    cast.child.refresh_from_db()
    assert cast.child.first_name == "Jordan"


@pytest.mark.parametrize("role", READ_ONLY_ROLES)
def test_a_read_only_role_cannot_record_an_offence_or_outcome(cast: Cast, api_as: ApiAs, role: str) -> None:
    client = api_as(cast.user(role))
    offence = {"child": cast.child.pk, "offence_date": "2025-06-01", "description": "x", "category": "OTHER"}
    assert client.post("/api/v1/offences/", {**offence, "seriousness": 1}, format="json").status_code == 403
    outcome = {"child": cast.child.pk, "outcome_type": "YC", "outcome_date": "2025-07-01", "offences": []}
    assert client.post("/api/v1/outcomes/", outcome, format="json").status_code == 403
    assert Offence.objects.filter(child=cast.child).count() == 1


def test_a_case_manager_cannot_write_about_a_child_outside_their_scope(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.other_team_case_manager).patch(
        f"/api/v1/children/{cast.child.pk}/", {"first_name": "Changed", "version": 1}, format="json"
    )
    assert response.status_code == 404
    offence = api_as(cast.other_team_case_manager).post(
        "/api/v1/offences/",
        {"child": cast.child.pk, "offence_date": "2025-06-01", "description": "x", "category": "OTHER", "seriousness": 1},
        format="json",
    )
    assert offence.status_code == 400
    assert "child" in offence.json()
