"""Resolving a panel disagreement: the named manager, or a service manager, makes the decision final."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.services.panel import resolve_escalation
from yjs.diversion.vocabularies import Stage

RESOLUTION = "Spoke to the sergeant and the YJS worker: a caution with voluntary support is proportionate."


def _resolve(pipeline: Pipeline, role: str = "team_manager") -> None:
    resolve_escalation(pipeline.cast.user(role), pipeline.escalation, final_decision="YC", resolution=RESOLUTION)


def test_the_named_manager_resolves_it_and_the_decision_is_final(pipeline: Pipeline) -> None:
    _resolve(pipeline)
    pipeline.escalated.refresh_from_db()
    assert pipeline.escalated.stage == Stage.DECIDED
    assert pipeline.escalated.decision == "YC"
    assert pipeline.escalated.decided_on == timezone.localdate()


def test_the_resolution_records_who_and_when(pipeline: Pipeline) -> None:
    _resolve(pipeline)
    pipeline.escalation.refresh_from_db()
    assert pipeline.escalation.resolved_by == pipeline.cast.team_manager
    assert pipeline.escalation.resolved_on == timezone.localdate()
    assert pipeline.escalation.resolved_outcome == "YC"
    assert pipeline.escalation.resolution == RESOLUTION


def test_a_service_manager_may_step_in_for_the_named_manager(pipeline: Pipeline) -> None:
    _resolve(pipeline, "service_manager")
    pipeline.escalated.refresh_from_db()
    assert pipeline.escalated.stage == Stage.DECIDED


@pytest.mark.parametrize("role", ["case_manager", "other_team_case_manager", "police_officer", "auditor", "board_member"])
def test_nobody_else_may_resolve_it(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        _resolve(pipeline, role)


def test_another_services_manager_may_not_resolve_it(pipeline: Pipeline) -> None:
    with pytest.raises(PermissionDenied):
        _resolve(pipeline, "other_service_manager")


def test_it_cannot_be_resolved_twice(pipeline: Pipeline) -> None:
    _resolve(pipeline)
    with pytest.raises(TransitionRefused):
        _resolve(pipeline, "service_manager")


def test_a_resolution_without_saying_how_is_refused(pipeline: Pipeline) -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        resolve_escalation(pipeline.cast.team_manager, pipeline.escalation, final_decision="YC", resolution=" ")
    pipeline.escalated.refresh_from_db()
    assert pipeline.escalated.stage == Stage.ESCALATED
