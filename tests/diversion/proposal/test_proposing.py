"""The police proposal: when it may be made, where it sends the case, and the brief assessment it may need."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from yjs.diversion.models import BriefAssessment, Proposal
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.services.proposal import propose
from yjs.diversion.vocabularies import Stage

COMMUNITY_RESOLUTION = {
    "proposed_outcome": "CR",
    "offence_category": "THEFT_AND_HANDLING",
    "seriousness": 2,
    "reasons": "First offence, admitted, low value.",
}
YOUTH_CAUTION = {**COMMUNITY_RESOLUTION, "proposed_outcome": "YC"}


def test_a_proposal_from_the_proposal_stage_goes_to_the_panel(pipeline: Pipeline) -> None:
    propose(pipeline.cast.police_officer, pipeline.proposal, COMMUNITY_RESOLUTION, on=date(2026, 5, 4))

    pipeline.proposal.refresh_from_db()
    assert pipeline.proposal.stage == Stage.PANEL
    assert pipeline.proposal.proposed_on == date(2026, 5, 4)
    assert pipeline.proposal.proposal.proposed_outcome == "CR"
    assert not BriefAssessment.objects.filter(notification=pipeline.proposal).exists()


def test_the_proposal_names_who_made_it(pipeline: Pipeline) -> None:
    proposal = propose(pipeline.cast.police_officer, pipeline.proposal, COMMUNITY_RESOLUTION)

    assert proposal.created_by == pipeline.cast.police_officer
    assert proposal.history.first().history_user == pipeline.cast.police_officer


def test_a_proposal_needing_assessment_goes_to_assessment_due_ten_working_days_later_skipping_easter(
    pipeline: Pipeline,
) -> None:
    # Thursday 2 April 2026; Good Friday (3rd) and Easter Monday (6th) are bank holidays.
    propose(pipeline.cast.police_officer, pipeline.proposal, YOUTH_CAUTION, on=date(2026, 4, 2))

    pipeline.proposal.refresh_from_db()
    assessment = pipeline.proposal.brief_assessment
    assert pipeline.proposal.stage == Stage.ASSESSMENT
    assert assessment.due_on == date(2026, 4, 20)
    assert assessment.case_manager is None


def test_an_assessed_outcome_always_needs_the_assessment_even_if_unticked(pipeline: Pipeline) -> None:
    proposal = propose(pipeline.cast.police_officer, pipeline.proposal, {**YOUTH_CAUTION, "brief_assessment_needed": False})

    assert proposal.brief_assessment_needed is True


def test_an_assessment_may_be_asked_for_where_it_is_not_required(pipeline: Pipeline) -> None:
    propose(pipeline.cast.police_officer, pipeline.proposal, {**COMMUNITY_RESOLUTION, "brief_assessment_needed": True})

    pipeline.proposal.refresh_from_db()
    assert pipeline.proposal.stage == Stage.ASSESSMENT


def test_a_proposal_is_refused_while_screening_is_unanswered_and_not_yet_due(pipeline: Pipeline) -> None:
    pipeline.screening.screening_requests.update(due_on=timezone.localdate() + timedelta(days=2))

    with pytest.raises(ValidationError, match="Still waiting for: Children's social care"):
        propose(pipeline.cast.police_officer, pipeline.screening, COMMUNITY_RESOLUTION)

    pipeline.screening.refresh_from_db()
    assert pipeline.screening.stage == Stage.SCREENING
    assert not Proposal.objects.filter(notification=pipeline.screening).exists()


def test_a_proposal_goes_ahead_once_unanswered_screening_is_overdue(pipeline: Pipeline) -> None:
    today = timezone.localdate()
    pipeline.screening.screening_requests.update(due_on=today - timedelta(days=1))

    propose(pipeline.cast.police_officer, pipeline.screening, COMMUNITY_RESOLUTION, on=today)

    pipeline.screening.refresh_from_db()
    assert pipeline.screening.stage == Stage.PANEL
    # Screening counts as complete on the day the proposal went ahead without the late agencies.
    assert pipeline.screening.screening_completed_on == today


def test_a_proposal_is_not_held_up_by_an_agency_answered_while_another_is_overdue(pipeline: Pipeline) -> None:
    today = timezone.localdate()
    pipeline.social_care_request.responded_on = today
    pipeline.social_care_request.child_known = pipeline.social_care_request.family_known = "no"
    pipeline.social_care_request.save()
    pipeline.health_request.due_on = today - timedelta(days=1)
    pipeline.health_request.save()

    propose(pipeline.cast.police_officer, pipeline.screening, COMMUNITY_RESOLUTION, on=today)

    pipeline.screening.refresh_from_db()
    assert pipeline.screening.stage == Stage.PANEL


@pytest.mark.parametrize("stage", ["matching", "assessment", "panel", "escalated", "decided", "completed"])
def test_a_proposal_is_refused_from_other_stages(pipeline: Pipeline, stage: str) -> None:
    notification = getattr(pipeline, stage)
    Proposal.objects.filter(notification=notification).delete()

    with pytest.raises(TransitionRefused):
        propose(pipeline.cast.police_officer, notification, COMMUNITY_RESOLUTION)


def test_a_proposal_needs_reasons(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        propose(pipeline.cast.police_officer, pipeline.proposal, {**COMMUNITY_RESOLUTION, "reasons": " "})

    assert "reasons" in refused.value.message_dict


def test_seriousness_is_from_one_to_eight(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        propose(pipeline.cast.police_officer, pipeline.proposal, {**COMMUNITY_RESOLUTION, "seriousness": 9})

    assert "seriousness" in refused.value.message_dict


@pytest.mark.parametrize("role", ["case_manager", "auditor", "partner_screener", "health_worker", "board_member"])
def test_only_pipeline_workers_propose(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        propose(pipeline.cast.user(role), pipeline.proposal, COMMUNITY_RESOLUTION)


@pytest.mark.parametrize("role", ["police_officer", "team_manager", "service_manager"])
def test_pipeline_workers_propose(pipeline: Pipeline, role: str) -> None:
    propose(pipeline.cast.user(role), pipeline.proposal, COMMUNITY_RESOLUTION)

    assert Proposal.objects.filter(notification=pipeline.proposal).exists()
