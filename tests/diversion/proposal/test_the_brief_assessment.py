"""The YJS brief assessment: allocated by a manager, recorded by the case manager, and it sends the case to panel."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.factories import InterventionFactory, OutcomeFactory
from yjs.casework.services import allocate
from yjs.core.concurrency import StaleRecordError
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.services.proposal import (
    allocate_brief_assessment,
    complete_brief_assessment,
    save_brief_assessment,
    suggested_for_assessment,
)
from yjs.diversion.vocabularies import Stage

DONE = {
    "needs": "Lives with mum; attending school.",
    "summary": "Low risk; a short voluntary programme would meet the needs.",
    "recommended_outcome": "CR",
}


def test_completing_the_assessment_sends_the_case_to_the_panel(pipeline: Pipeline) -> None:
    complete_brief_assessment(pipeline.cast.case_manager, pipeline.brief_assessment, DONE)

    pipeline.assessment.refresh_from_db()
    pipeline.brief_assessment.refresh_from_db()
    assert pipeline.assessment.stage == Stage.PANEL
    assert pipeline.brief_assessment.completed_on == timezone.localdate()
    assert pipeline.brief_assessment.recommended_outcome == "CR"


def test_completing_needs_all_three_parts(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        complete_brief_assessment(pipeline.cast.case_manager, pipeline.brief_assessment, {"needs": "Some"})

    assert set(refused.value.message_dict) == {"summary", "recommended_outcome"}
    pipeline.assessment.refresh_from_db()
    assert pipeline.assessment.stage == Stage.ASSESSMENT


def test_a_draft_can_be_saved_before_completing(pipeline: Pipeline) -> None:
    save_brief_assessment(pipeline.cast.case_manager, pipeline.brief_assessment, {"needs": "Lives with mum"})

    pipeline.brief_assessment.refresh_from_db()
    pipeline.assessment.refresh_from_db()
    assert pipeline.brief_assessment.needs == "Lives with mum"
    assert pipeline.brief_assessment.completed_on is None
    assert pipeline.assessment.stage == Stage.ASSESSMENT


def test_a_completed_assessment_cannot_be_changed(pipeline: Pipeline) -> None:
    complete_brief_assessment(pipeline.cast.case_manager, pipeline.brief_assessment, DONE)

    with pytest.raises(ValidationError, match="completed"):
        save_brief_assessment(pipeline.cast.case_manager, pipeline.brief_assessment, DONE)


def test_completing_is_refused_when_the_case_is_not_at_assessment(pipeline: Pipeline) -> None:
    pipeline.assessment.stage = Stage.PANEL
    pipeline.assessment.save()

    with pytest.raises(TransitionRefused):
        complete_brief_assessment(pipeline.cast.case_manager, pipeline.brief_assessment, DONE)


def test_a_stale_draft_is_refused(pipeline: Pipeline) -> None:
    read_at = pipeline.brief_assessment.version
    save_brief_assessment(pipeline.cast.team_manager, pipeline.brief_assessment, {"needs": "First"}, read_at)

    with pytest.raises(StaleRecordError):
        save_brief_assessment(pipeline.cast.case_manager, pipeline.brief_assessment, {"needs": "Second"}, read_at)


@pytest.mark.parametrize("role", ["other_team_case_manager", "police_officer", "auditor", "partner_screener"])
def test_only_the_allocated_case_manager_or_a_manager_records_it(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        save_brief_assessment(pipeline.cast.user(role), pipeline.brief_assessment, DONE)


def test_a_manager_allocates_the_assessment(pipeline: Pipeline) -> None:
    allocate_brief_assessment(pipeline.cast.team_manager, pipeline.brief_assessment, pipeline.cast.other_team_case_manager)

    pipeline.brief_assessment.refresh_from_db()
    assert pipeline.brief_assessment.case_manager == pipeline.cast.other_team_case_manager
    assert pipeline.brief_assessment.allocated_on == timezone.localdate()


@pytest.mark.parametrize("role", ["case_manager", "police_officer", "auditor"])
def test_only_managers_allocate(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        allocate_brief_assessment(pipeline.cast.user(role), pipeline.brief_assessment, pipeline.cast.case_manager)


def test_it_is_allocated_only_to_case_managers_and_team_managers(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        allocate_brief_assessment(pipeline.cast.team_manager, pipeline.brief_assessment, pipeline.cast.police_officer)

    assert "case_manager" in refused.value.message_dict


def test_someone_who_worked_with_the_child_before_is_suggested_first(pipeline: Pipeline) -> None:
    child = pipeline.assessment.child
    earlier = InterventionFactory(
        outcome=OutcomeFactory(child=child, service=pipeline.cast.service),
        child=child,
        service=pipeline.cast.service,
        team=pipeline.cast.other_team_case_manager.team,
    )
    allocate(pipeline.cast.service_manager, earlier, pipeline.cast.other_team_case_manager)

    suggestions = suggested_for_assessment(pipeline.assessment)

    assert [s.user for s in suggestions] == [pipeline.cast.other_team_case_manager]
    assert suggestions[0].knows_the_child
