"""The access matrix for every casework write, over the whole cast.

Read-only roles (police, health, auditor) and roles without access to records are refused with 403
before anything is looked up. A record out of the caller's scope answers 404 when it is in the address,
and is refused as unknown (400 on the field) when it is named in the body, as for offences and outcomes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.api.conftest import COMPLETE_ASSESSMENT, COMPLETE_PLAN, ApiAs
from tests.conftest import ROLE_NAMES, Cast
from tests.factories import ContactFactory, OutcomeFactory
from yjs.casework import services
from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review, SignificantChange

FORBIDDEN = ["police_officer", "health_worker", "auditor", "partner_screener", "board_member", "administrator"]
OUT_OF_SCOPE = ["other_team_case_manager", "other_service_manager"]


@dataclass
class Write:
    method: str
    url: Callable[[Cast], str]
    body: Callable[[Cast], dict[str, Any]]
    done: int
    # Where a case manager (not a manager) is refused: allocation and management oversight.
    managers_only: bool = False
    # Whether the record is in the address (404 out of scope) or named in the body (400).
    in_address: bool = True

    def expected(self, role: str) -> int:
        if role in FORBIDDEN:
            return 403
        if role in OUT_OF_SCOPE:
            return 404 if self.in_address else 400
        if self.managers_only and role == "case_manager":
            return 403
        return self.done


def _assessment(cast: Cast, submitted: bool = False) -> Assessment:
    assessment = services.save_assessment(cast.case_manager, cast.intervention, COMPLETE_ASSESSMENT)
    return services.submit_assessment(cast.case_manager, assessment) if submitted else assessment


def _plan(cast: Cast, submitted: bool = False) -> Plan:
    plan = services.save_plan(cast.case_manager, cast.intervention, COMPLETE_PLAN)
    if submitted:
        _assessment(cast, submitted=True)
        plan = services.submit_plan(cast.case_manager, plan)
    return plan


def _new_outcome(cast: Cast) -> dict[str, Any]:
    outcome = OutcomeFactory(child=cast.child, service=cast.service, offences=[cast.child.offences.get()])
    return {"outcome": outcome.pk, "team": cast.intervention.team_id, "start_date": "2025-04-02"}


WRITES = {
    "start an intervention": Write("post", lambda c: "/api/v1/interventions/", _new_outcome, 201, in_address=False),
    "allocate": Write(
        "post",
        lambda c: f"/api/v1/interventions/{c.intervention.pk}/allocate/",
        lambda c: {"case_manager": c.team_manager.pk, "version": c.intervention.version},
        200,
        managers_only=True,
    ),
    "close an intervention": Write(
        "post",
        lambda c: f"/api/v1/interventions/{c.intervention.pk}/close/",
        lambda c: {
            "end_date": "2025-10-01",
            "ending": "completed",
            "reason": "Order completed",
            "version": c.intervention.version,
        },
        200,
    ),
    "draft an assessment": Write(
        "post",
        lambda c: "/api/v1/assessments/",
        lambda c: {"intervention": c.intervention.pk, "safety_rating": "low"},
        201,
        in_address=False,
    ),
    "change an assessment": Write(
        "patch",
        lambda c: f"/api/v1/assessments/{Assessment.objects.get().pk}/",
        lambda c: {"motivation": "Wants to change", "version": 1},
        200,
    ),
    "submit an assessment": Write(
        "post", lambda c: f"/api/v1/assessments/{Assessment.objects.get().pk}/submit/", lambda c: {"version": 1}, 200
    ),
    "countersign an assessment": Write(
        "post",
        lambda c: f"/api/v1/assessments/{Assessment.objects.get().pk}/countersign/",
        lambda c: {"version": Assessment.objects.get().version},
        200,
        managers_only=True,
    ),
    "return an assessment": Write(
        "post",
        lambda c: f"/api/v1/assessments/{Assessment.objects.get().pk}/return/",
        lambda c: {"version": Assessment.objects.get().version, "note": "Say who is at risk."},
        200,
        managers_only=True,
    ),
    "draft a plan": Write(
        "post",
        lambda c: "/api/v1/plans/",
        lambda c: {"intervention": c.intervention.pk, "contingency": "Call the duty officer"},
        201,
        in_address=False,
    ),
    "change a plan": Write(
        "patch",
        lambda c: f"/api/v1/plans/{Plan.objects.get().pk}/",
        lambda c: {"contingency": "Call the duty officer", "version": 1},
        200,
    ),
    "submit a plan": Write(
        "post", lambda c: f"/api/v1/plans/{Plan.objects.get().pk}/submit/", lambda c: {"version": 1}, 200
    ),
    "countersign a plan": Write(
        "post",
        lambda c: f"/api/v1/plans/{Plan.objects.get().pk}/countersign/",
        lambda c: {"version": Plan.objects.get().version},
        200,
        managers_only=True,
    ),
    "record a review": Write(
        "post",
        lambda c: "/api/v1/reviews/",
        lambda c: {"intervention": c.intervention.pk, "review_date": "2025-06-01", "progress": "Going well"},
        201,
        in_address=False,
    ),
    "record a significant change": Write(
        "post",
        lambda c: "/api/v1/significant-changes/",
        lambda c: {"intervention": c.intervention.pk, "occurred_on": "2025-06-01", "description": "Moved home"},
        201,
        in_address=False,
    ),
    "record a contact": Write(
        "post",
        lambda c: "/api/v1/contacts/",
        lambda c: {"intervention": c.intervention.pk, "scheduled_at": "2025-06-01T10:00:00Z", "contact_type": "office"},
        201,
        in_address=False,
    ),
    "record a contact's outcome": Write(
        "post",
        lambda c: f"/api/v1/contacts/{Contact.objects.get().pk}/outcome/",
        lambda c: {"status": "attended", "version": 1},
        200,
    ),
}
# What must exist before each write: a draft to change, a submitted record to oversee.
SET_UP: dict[str, Callable[[Cast], Any]] = {
    "change an assessment": _assessment,
    "submit an assessment": _assessment,
    "countersign an assessment": lambda c: _assessment(c, submitted=True),
    "return an assessment": lambda c: _assessment(c, submitted=True),
    "change a plan": _plan,
    "submit a plan": lambda c: (_plan(c), _assessment(c, submitted=True)),
    "countersign a plan": lambda c: _plan(c, submitted=True),
    "record a contact's outcome": lambda c: ContactFactory(intervention=c.intervention),
}
COUNTS = [Intervention, Assessment, Plan, Review, SignificantChange, Contact]


def _state() -> list[Any]:
    return [list(model.objects.values_list("pk", "version")) for model in COUNTS]


@pytest.mark.parametrize("write", WRITES, ids=list(WRITES))
@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_caseworkers_in_scope_change_casework_and_managers_alone_allocate_and_countersign(
    cast: Cast, api_as: ApiAs, role: str, write: str
) -> None:
    SET_UP.get(write, lambda c: None)(cast)
    spec = WRITES[write]
    before = _state()
    body = spec.body(cast)
    response = getattr(api_as(cast.user(role)), spec.method)(spec.url(cast), body, format="json")
    assert response.status_code == spec.expected(role), response.json()
    if response.status_code >= 400:
        assert _state() == before, "a refused write changed nothing"
        assert response.json(), "a refusal says why"


@pytest.mark.parametrize("role", ["case_manager", "team_manager"])
def test_a_caseworker_cannot_change_a_case_of_another_team_that_they_can_see(cast: Cast, api_as: ApiAs, role: str) -> None:
    """The child is visible through a case of the caller's team; the other team's case is not the caller's to change."""
    south = cast.other_team_case_manager.team
    other = Intervention.objects.create(
        service=cast.service,
        child=cast.child,
        outcome=OutcomeFactory(child=cast.child, service=cast.service, offences=[cast.child.offences.get()]),
        team=south,
        start_date=cast.intervention.start_date,
    )
    response = api_as(cast.user(role)).post(
        "/api/v1/assessments/", {"intervention": other.pk, "safety_rating": "low"}, format="json"
    )
    assert response.status_code == 403
    assert "not one your role and team may change" in response.json()["detail"]
    assert not Assessment.objects.exists()
