from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import COMPLETE_ASSESSMENT, COMPLETE_PLAN, ApiAs
from tests.conftest import Cast
from yjs.casework import services
from yjs.casework.models import Assessment, Plan


def assessed(cast: Cast, **ratings: str) -> Assessment:
    assessment = services.save_assessment(
        cast.case_manager,
        cast.intervention,
        {**COMPLETE_ASSESSMENT, "who_is_at_risk": "Staff at the shop", "nature_of_risk": "Threats", **ratings},
    )
    return services.submit_assessment(cast.case_manager, assessment)


def submit(api_as: ApiAs, cast: Cast, plan: Plan) -> Any:
    return api_as(cast.case_manager).post(f"/api/v1/plans/{plan.pk}/submit/", {"version": plan.version}, format="json")


def test_a_case_manager_drafts_a_plan_then_changes_it(cast: Cast, api_as: ApiAs) -> None:
    client = api_as(cast.case_manager)
    created = client.post("/api/v1/plans/", {"intervention": cast.intervention.pk, **COMPLETE_PLAN}, format="json")
    assert created.status_code == 201, created.json()
    assert (created.json()["status"], created.json()["assessment"]) == ("draft", None)
    changed = client.patch(
        f"/api/v1/plans/{created.json()['id']}/", {"contingency": "Call the duty officer", "version": 1}, format="json"
    )
    assert changed.status_code == 200, changed.json()
    assert (changed.json()["contingency"], changed.json()["version"]) == ("Call the duty officer", 2)


@pytest.mark.parametrize(("ratings"), [{"safety_rating": "medium"}, {"rosh_rating": "high"}])
def test_it_refuses_a_plan_without_contingency_when_a_rating_is_medium_or_higher(
    cast: Cast, api_as: ApiAs, draft_plan: Plan, ratings: dict[str, str]
) -> None:
    assessed(cast, **ratings)
    response = submit(api_as, cast, draft_plan)
    assert response.status_code == 400
    assert response.json() == {
        "contingency": ["Enter the contingency arrangements: a safety rating in the assessment is medium or higher."]
    }


def test_a_plan_answering_low_ratings_needs_no_contingency_and_records_the_assessment(
    cast: Cast, api_as: ApiAs, draft_plan: Plan
) -> None:
    assessment = assessed(cast)
    response = submit(api_as, cast, draft_plan)
    assert response.status_code == 200, response.json()
    assert (response.json()["status"], response.json()["assessment"]) == ("submitted", assessment.pk)


def test_a_plan_cannot_be_submitted_before_an_assessment(cast: Cast, api_as: ApiAs, draft_plan: Plan) -> None:
    response = submit(api_as, cast, draft_plan)
    assert response.status_code == 400
    assert "Submit an assessment" in response.json()["non_field_errors"][0]


def test_an_empty_plan_is_refused_with_each_objective_named(cast: Cast, api_as: ApiAs) -> None:
    assessed(cast)
    empty = services.save_plan(cast.case_manager, cast.intervention, {})
    response = submit(api_as, cast, empty)
    assert response.status_code == 400
    assert set(response.json()) == {"desistance_objectives", "child_safety_objectives", "others_safety_objectives"}


def test_changing_a_plan_from_a_stale_version_answers_409(cast: Cast, api_as: ApiAs, draft_plan: Plan) -> None:
    services.save_plan(cast.team_manager, cast.intervention, {"contingency": "Theirs"}, draft_plan, 1)
    response = api_as(cast.case_manager).put(
        f"/api/v1/plans/{draft_plan.pk}/", {**COMPLETE_PLAN, "contingency": "Mine", "version": 1}, format="json"
    )
    assert response.status_code == 409
    draft_plan.refresh_from_db()
    assert draft_plan.contingency == "Theirs"
