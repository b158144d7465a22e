from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.casework.conftest import submitted_assessment
from tests.conftest import Cast
from tests.factories import UserFactory
from yjs.casework.models import Assessment
from yjs.casework.services import countersign_assessment, return_assessment
from yjs.core.roles import Role


@pytest.mark.parametrize("manager", ["team_manager", "service_manager"])
def test_a_manager_of_the_case_countersigns_a_submitted_assessment(cast: Cast, submitted: Assessment, manager: str) -> None:
    countersign_assessment(cast.user(manager), submitted, "Analysis of risk to others is sound.")
    submitted.refresh_from_db()
    assert submitted.status == "countersigned"
    assert submitted.countersigned_by == cast.user(manager)
    assert submitted.oversight_note == "Analysis of risk to others is sound."


def test_no_one_countersigns_what_they_submitted(cast: Cast) -> None:
    assessment = submitted_assessment(cast.intervention, by=cast.team_manager)
    with pytest.raises(PermissionDenied):
        countersign_assessment(cast.team_manager, assessment, "")


def test_a_team_manager_of_another_team_may_not_countersign(cast: Cast, submitted: Assessment) -> None:
    south_manager = UserFactory(service=cast.service, team=cast.other_team_case_manager.team, role=Role.TEAM_MANAGER)
    with pytest.raises(PermissionDenied):
        countersign_assessment(south_manager, submitted, "")


@pytest.mark.parametrize("role", ["case_manager", "auditor", "other_service_manager"])
def test_other_roles_may_not_countersign(cast: Cast, submitted: Assessment, role: str) -> None:
    with pytest.raises(PermissionDenied):
        countersign_assessment(cast.user(role), submitted, "")


def test_a_draft_cannot_be_countersigned(cast: Cast, submitted: Assessment) -> None:
    Assessment.objects.filter(pk=submitted.pk).update(status="draft")
    submitted.refresh_from_db()
    with pytest.raises(ValidationError):
        countersign_assessment(cast.team_manager, submitted, "")


def test_returning_sends_it_back_to_draft_with_the_managers_note(cast: Cast, submitted: Assessment) -> None:
    return_assessment(cast.team_manager, submitted, "Say who is at risk at school.")
    submitted.refresh_from_db()
    assert submitted.is_draft
    assert submitted.submitted_by is None
    assert submitted.oversight_note == "Say who is at risk at school."


def test_returning_needs_a_note(cast: Cast, submitted: Assessment) -> None:
    with pytest.raises(ValidationError):
        return_assessment(cast.team_manager, submitted, " ")
