"""The API's close action takes how the intervention ended, refuses an unknown code, and reads it back."""

from __future__ import annotations

from tests.api.conftest import ApiAs
from tests.conftest import Cast


def _close(cast: Cast, api_as: ApiAs, **fields: str):  # type: ignore[no-untyped-def]
    body = {"end_date": "2025-10-01", "reason": "Moved away", "version": 1, **fields}
    return api_as(cast.case_manager).post(f"/api/v1/interventions/{cast.intervention.pk}/close/", body, format="json")


def test_the_ending_is_saved_and_read_back(cast: Cast, api_as: ApiAs) -> None:
    response = _close(cast, api_as, ending="transferred")
    assert response.status_code == 200, response.json()
    assert response.json()["ending"] == "transferred"


def test_a_closure_without_an_ending_or_with_an_unknown_one_is_refused(cast: Cast, api_as: ApiAs) -> None:
    assert "ending" in _close(cast, api_as).json()
    refused = _close(cast, api_as, ending="finished")
    assert refused.status_code == 400
    assert "completed, breached, resentenced, transferred, other" in " ".join(refused.json()["ending"])
    cast.intervention.refresh_from_db()
    assert cast.intervention.is_open
