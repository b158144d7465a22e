from __future__ import annotations

import pytest
from rest_framework.test import APIClient

ACTIONS = [
    ("/api/v1/interventions/", "post"),
    ("/api/v1/interventions/{id}/allocate/", "post"),
    ("/api/v1/interventions/{id}/close/", "post"),
    ("/api/v1/assessments/", "post"),
    ("/api/v1/assessments/{id}/", "patch"),
    ("/api/v1/assessments/{id}/submit/", "post"),
    ("/api/v1/assessments/{id}/countersign/", "post"),
    ("/api/v1/assessments/{id}/return/", "post"),
    ("/api/v1/plans/", "post"),
    ("/api/v1/plans/{id}/", "put"),
    ("/api/v1/plans/{id}/submit/", "post"),
    ("/api/v1/plans/{id}/countersign/", "post"),
    ("/api/v1/plans/{id}/return/", "post"),
    ("/api/v1/reviews/", "post"),
    ("/api/v1/significant-changes/", "post"),
    ("/api/v1/contacts/", "post"),
    ("/api/v1/contacts/{id}/outcome/", "post"),
]


@pytest.fixture(scope="module")
def schema(django_db_blocker) -> dict:  # type: ignore[no-untyped-def, type-arg]
    with django_db_blocker.unblock():
        return APIClient().get("/api/schema/?format=json").json()


@pytest.mark.parametrize(("path", "method"), ACTIONS)
def test_each_casework_change_documents_its_refusals(schema: dict, path: str, method: str) -> None:  # type: ignore[type-arg]
    responses = schema["paths"][path][method]["responses"]
    assert {"400", "401", "403"} <= set(responses)
    if "{id}" in path:
        # A record in the address may be out of scope (404) or changed since it was read (409).
        assert {"404", "409"} <= set(responses)
