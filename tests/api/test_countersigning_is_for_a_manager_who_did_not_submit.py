"""Management oversight of assessments and plans: the same rules for both."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import COMPLETE_ASSESSMENT, COMPLETE_PLAN, ApiAs
from tests.conftest import Cast
from tests.factories import UserFactory
from yjs.casework import services
from yjs.casework.models import Assessment, Plan
from yjs.core.roles import Role

KINDS = ["assessments", "plans"]


def submitted_by(cast: Cast, role: str, kind: str) -> Assessment | Plan:
    user = cast.user(role)
    assessment = services.save_assessment(user, cast.intervention, COMPLETE_ASSESSMENT)
    assessment = services.submit_assessment(user, assessment)
    if kind == "assessments":
        return assessment
    return services.submit_plan(user, services.save_plan(user, cast.intervention, COMPLETE_PLAN))


def oversee(api_as: ApiAs, cast: Cast, role: str, kind: str, record: Assessment | Plan, how: str, **body: Any) -> Any:
    return api_as(cast.user(role)).post(
        f"/api/v1/{kind}/{record.pk}/{how}/", {"version": record.version, **body}, format="json"
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("manager", ["team_manager", "service_manager"])
def test_a_manager_countersigns_what_a_case_manager_submitted(cast: Cast, api_as: ApiAs, kind: str, manager: str) -> None:
    record = submitted_by(cast, "case_manager", kind)
    response = oversee(api_as, cast, manager, kind, record, "countersign", note="Agreed: proportionate.")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["status"], body["countersigned_by"], body["oversight_note"]) == (
        "countersigned",
        cast.user(manager).pk,
        "Agreed: proportionate.",
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_manager_cannot_countersign_what_they_submitted_themselves(cast: Cast, api_as: ApiAs, kind: str) -> None:
    record = submitted_by(cast, "team_manager", kind)
    response = oversee(api_as, cast, "team_manager", kind, record, "countersign")
    assert response.status_code == 403
    assert "You submitted this" in response.json()["detail"]
    assert "another manager must countersign" in response.json()["detail"]
    record.refresh_from_db()
    assert record.status == "submitted"
    # Another manager may.
    assert oversee(api_as, cast, "service_manager", kind, record, "countersign").status_code == 200


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("how", ["countersign", "return"])
def test_a_case_manager_is_told_that_oversight_is_for_managers(cast: Cast, api_as: ApiAs, kind: str, how: str) -> None:
    record = submitted_by(cast, "team_manager", kind)
    response = oversee(api_as, cast, "case_manager", kind, record, how, note="Looks fine")
    assert response.status_code == 403
    assert "Only a manager of the case's team, or a service manager" in response.json()["detail"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_manager_returns_a_submission_to_draft_with_a_note(cast: Cast, api_as: ApiAs, kind: str) -> None:
    record = submitted_by(cast, "case_manager", kind)
    response = oversee(api_as, cast, "team_manager", kind, record, "return", note="Say more about the risk at home.")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["status"], body["submitted_by"], body["oversight_note"]) == (
        "draft",
        None,
        "Say more about the risk at home.",
    )


@pytest.mark.parametrize("kind", KINDS)
def test_returning_without_saying_what_to_change_is_refused(cast: Cast, api_as: ApiAs, kind: str) -> None:
    record = submitted_by(cast, "case_manager", kind)
    response = oversee(api_as, cast, "team_manager", kind, record, "return", note="  ")
    assert response.status_code == 400
    assert "Enter what needs to change" in response.json()["note"][0]


@pytest.mark.parametrize("kind", KINDS)
def test_a_draft_cannot_be_countersigned(cast: Cast, api_as: ApiAs, kind: str) -> None:
    record: Assessment | Plan
    if kind == "assessments":
        record = services.save_assessment(cast.case_manager, cast.intervention, COMPLETE_ASSESSMENT)
    else:
        record = services.save_plan(cast.case_manager, cast.intervention, COMPLETE_PLAN)
    response = oversee(api_as, cast, "team_manager", kind, record, "countersign")
    assert response.status_code == 400
    assert "Only a submitted" in response.json()["non_field_errors"][0]


@pytest.mark.parametrize("kind", KINDS)
def test_countersigning_from_a_stale_version_answers_409(cast: Cast, api_as: ApiAs, kind: str) -> None:
    record = submitted_by(cast, "case_manager", kind)
    response = api_as(cast.team_manager).post(
        f"/api/v1/{kind}/{record.pk}/countersign/", {"version": record.version - 1}, format="json"
    )
    assert response.status_code == 409
    record.refresh_from_db()
    assert record.status == "submitted"


@pytest.mark.parametrize("kind", KINDS)
def test_a_manager_of_another_team_cannot_countersign(cast: Cast, api_as: ApiAs, kind: str) -> None:
    south_manager = UserFactory(service=cast.service, team=cast.other_team_case_manager.team, role=Role.TEAM_MANAGER)
    record = submitted_by(cast, "case_manager", kind)
    response = api_as(south_manager).post(
        f"/api/v1/{kind}/{record.pk}/countersign/", {"version": record.version}, format="json"
    )
    # The south team's manager does not see the north team's child at all.
    assert response.status_code == 404
