from __future__ import annotations

from tests.api.conftest import ApiAs
from tests.conftest import Cast


def test_a_change_from_a_stale_version_answers_409_and_changes_nothing(cast: Cast, api_as: ApiAs) -> None:
    url = f"/api/v1/children/{cast.child.pk}/"
    first = api_as(cast.case_manager).patch(url, {"first_name": "Jordy", "version": 1}, format="json")
    assert first.status_code == 200
    second = api_as(cast.team_manager).patch(url, {"last_name": "Overwrite", "version": 1}, format="json")
    assert second.status_code == 409
    assert "Someone else changed this child" in second.json()["detail"]
    cast.child.refresh_from_db()
    assert (cast.child.first_name, cast.child.last_name, cast.child.version) == ("Jordy", "Testcase", 2)


def test_a_change_without_a_version_is_refused_naming_the_field(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).patch(f"/api/v1/children/{cast.child.pk}/", {"first_name": "Jordy"}, format="json")
    assert response.status_code == 400
    assert "version" in response.json()
