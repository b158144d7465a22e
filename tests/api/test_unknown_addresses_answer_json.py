from __future__ import annotations

from rest_framework.test import APIClient

from tests.api.conftest import ApiAs
from tests.conftest import Cast


def test_an_address_under_the_api_that_names_nothing_answers_json_404(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).get("/api/v1/offences/1.5e3/")
    assert response.status_code == 404
    assert response.json()["detail"]


def test_a_write_to_an_address_that_names_nothing_answers_json_404_not_a_csrf_page(db: None) -> None:
    response = APIClient(enforce_csrf_checks=True).put("/api/v1/children/1.5/", {}, format="json")
    assert response.status_code == 404
    assert response.json()["detail"]
