from __future__ import annotations

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from yjs.casework.models import Assessment


def test_a_case_manager_starts_a_draft_assessment_that_may_be_incomplete(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        "/api/v1/assessments/", {"intervention": cast.intervention.pk, "rosh_rating": "high"}, format="json"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["status"], body["rosh_rating"], body["who_is_at_risk"], body["version"]) == ("draft", "high", "", 1)
    assert body["child"] == cast.child.pk
    assessment = Assessment.objects.get(pk=body["id"])
    assert (assessment.created_by, assessment.service) == (cast.case_manager, cast.service)


def test_changing_a_draft_moves_the_version_on_and_keeps_the_history(
    cast: Cast, api_as: ApiAs, draft_assessment: Assessment
) -> None:
    response = api_as(cast.case_manager).patch(
        f"/api/v1/assessments/{draft_assessment.pk}/",
        {"who_is_at_risk": "A younger sibling", "version": 1},
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert (response.json()["who_is_at_risk"], response.json()["version"]) == ("A younger sibling", 2)
    # What was there before is untouched by a partial change.
    assert response.json()["safety_rating"] == "low"
    assert draft_assessment.history.first().history_user == cast.case_manager


def test_a_change_from_a_stale_version_answers_409_and_changes_nothing(
    cast: Cast, api_as: ApiAs, draft_assessment: Assessment
) -> None:
    url = f"/api/v1/assessments/{draft_assessment.pk}/"
    assert api_as(cast.case_manager).patch(url, {"motivation": "Keen", "version": 1}, format="json").status_code == 200
    response = api_as(cast.team_manager).patch(url, {"motivation": "Reluctant", "version": 1}, format="json")
    assert response.status_code == 409
    assert "Someone else changed this assessment" in response.json()["detail"]
    draft_assessment.refresh_from_db()
    assert (draft_assessment.motivation, draft_assessment.version) == ("Keen", 2)


def test_a_change_without_a_version_is_refused_naming_the_field(
    cast: Cast, api_as: ApiAs, draft_assessment: Assessment
) -> None:
    response = api_as(cast.case_manager).patch(
        f"/api/v1/assessments/{draft_assessment.pk}/", {"motivation": "Keen"}, format="json"
    )
    assert response.status_code == 400
    assert "Give the version" in response.json()["version"][0]


def test_a_submitted_assessment_cannot_be_changed_until_it_is_returned(
    cast: Cast, api_as: ApiAs, submitted_assessment: Assessment
) -> None:
    response = api_as(cast.case_manager).patch(
        f"/api/v1/assessments/{submitted_assessment.pk}/",
        {"motivation": "Changed after submitting", "version": submitted_assessment.version},
        format="json",
    )
    assert response.status_code == 400
    assert "only if a manager returns it" in response.json()["non_field_errors"][0]
    submitted_assessment.refresh_from_db()
    assert submitted_assessment.motivation == ""


def test_a_rating_outside_the_vocabulary_is_refused_naming_the_codes(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        "/api/v1/assessments/", {"intervention": cast.intervention.pk, "rosh_rating": "severe"}, format="json"
    )
    assert response.status_code == 400
    assert "low, medium, high, very_high" in response.json()["rosh_rating"][0]
