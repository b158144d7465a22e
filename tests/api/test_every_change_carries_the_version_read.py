"""Each change to an existing record is refused with 409 when made from a version someone has since replaced."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from tests.factories import ContactFactory
from yjs.casework.models import Assessment, Contact, Intervention, Plan

# Each change: who makes it, its address, its body, and the record it would change.
CHANGES: dict[str, tuple[str, Callable[[Cast], str], Callable[[Cast], dict[str, Any]], Callable[[Cast], Any]]] = {
    "allocating": (
        "team_manager",
        lambda c: f"/api/v1/interventions/{c.intervention.pk}/allocate/",
        lambda c: {"case_manager": c.team_manager.pk},
        lambda c: c.intervention,
    ),
    "closing": (
        "case_manager",
        lambda c: f"/api/v1/interventions/{c.intervention.pk}/close/",
        lambda c: {"end_date": "2025-10-01", "ending": "completed", "reason": "Order completed"},
        lambda c: c.intervention,
    ),
    "changing an assessment": (
        "case_manager",
        lambda c: f"/api/v1/assessments/{Assessment.objects.get().pk}/",
        lambda c: {"motivation": "Keen"},
        lambda c: Assessment.objects.get(),
    ),
    "submitting an assessment": (
        "case_manager",
        lambda c: f"/api/v1/assessments/{Assessment.objects.get().pk}/submit/",
        lambda c: {},
        lambda c: Assessment.objects.get(),
    ),
    "changing a plan": (
        "case_manager",
        lambda c: f"/api/v1/plans/{Plan.objects.get().pk}/",
        lambda c: {"contingency": "Call the duty officer"},
        lambda c: Plan.objects.get(),
    ),
    "recording a contact's outcome": (
        "case_manager",
        lambda c: f"/api/v1/contacts/{Contact.objects.get().pk}/outcome/",
        lambda c: {"status": "attended"},
        lambda c: Contact.objects.get(),
    ),
}


@pytest.fixture
def records_changed_by_someone_else(cast: Cast, draft_assessment: Assessment, draft_plan: Plan) -> Cast:
    """Every record at version 2: someone saved each after the client read version 1."""
    Intervention.objects.filter(pk=cast.intervention.pk).update(version=2)
    Assessment.objects.update(version=2)
    Plan.objects.update(version=2)
    ContactFactory(intervention=cast.intervention, version=2)
    return cast


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_from_a_replaced_version_answers_409_and_changes_nothing(
    records_changed_by_someone_else: Cast, api_as: ApiAs, change: str
) -> None:
    cast = records_changed_by_someone_else
    role, url, body, record = CHANGES[change]
    before = record(cast)
    method = "patch" if change.startswith("changing") else "post"
    response = getattr(api_as(cast.user(role)), method)(url(cast), {**body(cast), "version": 1}, format="json")
    assert response.status_code == 409, response.json()
    assert "Someone else changed this" in response.json()["detail"]
    after = record(cast)
    after.refresh_from_db()
    assert after.version == 2
    assert after.modified_at == before.modified_at
