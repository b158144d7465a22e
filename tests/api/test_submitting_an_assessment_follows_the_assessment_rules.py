from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from yjs.casework import services
from yjs.casework.models import Assessment


def submit(api_as: ApiAs, cast: Cast, assessment: Assessment, version: int | None = None) -> Any:
    return api_as(cast.case_manager).post(
        f"/api/v1/assessments/{assessment.pk}/submit/",
        {"version": assessment.version if version is None else version},
        format="json",
    )


def test_a_complete_assessment_is_submitted_for_countersigning(
    cast: Cast, api_as: ApiAs, draft_assessment: Assessment
) -> None:
    response = submit(api_as, cast, draft_assessment)
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["status"], body["submitted_by"], body["version"]) == ("submitted", cast.case_manager.pk, 2)
    assert body["submitted_at"]


@pytest.mark.parametrize("rosh", ["medium", "high", "very_high"])
def test_it_refuses_an_assessment_without_who_is_at_risk_when_rosh_is_medium_or_higher(
    cast: Cast, api_as: ApiAs, draft_assessment: Assessment, rosh: str
) -> None:
    draft = services.save_assessment(
        cast.case_manager, cast.intervention, {"rosh_rating": rosh}, draft_assessment, draft_assessment.version
    )
    response = submit(api_as, cast, draft)
    assert response.status_code == 400
    errors = response.json()
    assert errors["who_is_at_risk"] == ["Enter who is at risk: risk of serious harm is medium or higher."]
    assert "nature of the risk" in errors["nature_of_risk"][0]
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_a_low_rosh_needs_no_one_named_at_risk(cast: Cast, api_as: ApiAs, draft_assessment: Assessment) -> None:
    assert submit(api_as, cast, draft_assessment).status_code == 200


def test_an_empty_draft_is_refused_with_every_missing_field_named(cast: Cast, api_as: ApiAs) -> None:
    empty = services.save_assessment(cast.case_manager, cast.intervention, {})
    response = submit(api_as, cast, empty)
    assert response.status_code == 400
    assert {"safety_rating", "rosh_rating", "reoffending_likelihood", "factors_for_desistance"} <= set(response.json())


def test_submitting_from_a_stale_version_answers_409(cast: Cast, api_as: ApiAs, draft_assessment: Assessment) -> None:
    services.save_assessment(cast.team_manager, cast.intervention, {"motivation": "Keen"}, draft_assessment, 1)
    response = submit(api_as, cast, draft_assessment, version=1)
    assert response.status_code == 409
    draft_assessment.refresh_from_db()
    assert draft_assessment.status == "draft"


def test_a_submitted_assessment_cannot_be_submitted_again(
    cast: Cast, api_as: ApiAs, submitted_assessment: Assessment
) -> None:
    response = submit(api_as, cast, submitted_assessment)
    assert response.status_code == 400
    assert "has been submitted" in response.json()["non_field_errors"][0]
