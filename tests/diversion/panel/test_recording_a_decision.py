"""Recording the panel's decision: an agreed one is final; a disagreement is escalated to a named manager."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.diversion.factories import PanelMeetingFactory
from yjs.diversion.models import Escalation, Notification, PanelDecision
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.services.panel import record_decision
from yjs.diversion.vocabularies import Stage

RATIONALE = "Gravity 2, admitted, no previous outcomes; the shop accepts a community resolution."


def _decide(pipeline: Pipeline, user: Any = None, notification: Any = None, **overrides: Any) -> PanelDecision:
    values: dict[str, Any] = {
        "decision": "CR",
        "rationale": RATIONALE,
        "police_position": "CR",
        "yjs_position": "CR",
        "agreed": True,
        **overrides,
    }
    return record_decision(user or pipeline.cast.team_manager, pipeline.meeting, notification or pipeline.panel, **values)


def _disagree(pipeline: Pipeline, **overrides: Any) -> PanelDecision:
    values = {
        "agreed": False,
        "police_position": "YC",
        "yjs_position": "CR",
        "decision": "YC",
        "manager": pipeline.cast.team_manager,
        "due_on": timezone.localdate() + timedelta(days=5),
        **overrides,
    }
    return _decide(pipeline, **values)


def test_an_agreed_decision_makes_the_notification_decided(pipeline: Pipeline) -> None:
    _decide(pipeline)
    pipeline.panel.refresh_from_db()
    assert pipeline.panel.stage == Stage.DECIDED
    assert pipeline.panel.decision == "CR"
    assert pipeline.panel.decided_on == pipeline.meeting.meeting_date


def test_an_agreed_decision_keeps_the_rationale_and_each_position(pipeline: Pipeline) -> None:
    decision = _decide(pipeline, early_help_view="Known to early help; family support offered.")
    decision.refresh_from_db()
    assert (decision.police_position, decision.yjs_position, decision.agreed) == ("CR", "CR", True)
    assert decision.rationale == RATIONALE
    assert decision.meeting == pipeline.meeting


def test_a_disagreement_is_escalated_to_the_named_manager(pipeline: Pipeline) -> None:
    decision = _disagree(pipeline)
    pipeline.panel.refresh_from_db()
    assert pipeline.panel.stage == Stage.ESCALATED
    escalation = Escalation.objects.get(decision=decision)
    assert escalation.manager == pipeline.cast.team_manager
    assert not escalation.is_resolved


def test_a_disagreement_leaves_the_decision_unset_until_it_is_resolved(pipeline: Pipeline) -> None:
    _disagree(pipeline)
    pipeline.panel.refresh_from_db()
    assert pipeline.panel.decision == ""
    assert pipeline.panel.decided_on is None


def test_a_disagreement_without_a_named_manager_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        _disagree(pipeline, manager=None)
    assert "manager" in refused.value.message_dict
    assert not PanelDecision.objects.filter(notification=pipeline.panel).exists()


def test_a_disagreement_cannot_be_escalated_to_a_case_manager(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        _disagree(pipeline, manager=pipeline.cast.case_manager)
    assert "manager" in refused.value.message_dict


def test_a_disagreement_due_in_the_past_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        _disagree(pipeline, due_on=timezone.localdate() - timedelta(days=1))
    assert "due_on" in refused.value.message_dict


def test_a_decision_without_a_rationale_cannot_be_saved(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        _decide(pipeline, rationale="   ")
    assert "rationale" in refused.value.message_dict
    pipeline.panel.refresh_from_db()
    assert pipeline.panel.stage == Stage.PANEL
    assert not PanelDecision.objects.filter(notification=pipeline.panel).exists()


def test_an_agreed_decision_with_different_positions_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError):
        _decide(pipeline, yjs_position="YC")


@pytest.mark.parametrize("stage", ["proposal", "assessment", "escalated", "decided", "completed"])
def test_a_notification_not_ready_for_the_panel_cannot_be_decided(pipeline: Pipeline, stage: str) -> None:
    notification = getattr(pipeline, stage)
    with pytest.raises(TransitionRefused):
        _decide(pipeline, notification=notification)


def test_a_panel_that_sat_before_the_proposal_cannot_decide_it(pipeline: Pipeline) -> None:
    earlier = PanelMeetingFactory(service=pipeline.cast.service, meeting_date=timezone.localdate() - timedelta(days=4))
    with pytest.raises(ValidationError):
        record_decision(
            pipeline.cast.team_manager,
            earlier,
            pipeline.panel,
            decision="CR",
            rationale=RATIONALE,
            police_position="CR",
            yjs_position="CR",
            agreed=True,
        )


def test_a_panel_that_has_not_sat_yet_cannot_decide(pipeline: Pipeline) -> None:
    later = PanelMeetingFactory(service=pipeline.cast.service, meeting_date=timezone.localdate() + timedelta(days=7))
    with pytest.raises(ValidationError):
        record_decision(
            pipeline.cast.team_manager,
            later,
            pipeline.panel,
            decision="CR",
            rationale=RATIONALE,
            police_position="CR",
            yjs_position="CR",
            agreed=True,
        )


@pytest.mark.parametrize("role", ["team_manager", "service_manager", "police_officer"])
def test_those_who_work_the_pipeline_may_record_a_decision(pipeline: Pipeline, role: str) -> None:
    _decide(pipeline, user=pipeline.cast.user(role))
    pipeline.panel.refresh_from_db()
    assert pipeline.panel.stage == Stage.DECIDED


@pytest.mark.parametrize(
    "role", ["case_manager", "health_worker", "partner_screener", "board_member", "auditor", "administrator"]
)
def test_others_may_not_record_a_decision(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        _decide(pipeline, user=pipeline.cast.user(role))


def test_another_services_manager_may_not_record_a_decision(pipeline: Pipeline) -> None:
    with pytest.raises(PermissionDenied):
        _decide(pipeline, user=pipeline.cast.other_service_manager)


def test_a_second_decision_from_a_page_opened_before_the_first_was_saved_is_refused(pipeline: Pipeline) -> None:
    opened_earlier = Notification.objects.get(pk=pipeline.panel.pk)
    _decide(pipeline)
    with pytest.raises(TransitionRefused):
        _decide(pipeline, notification=opened_earlier, decision="NFA", police_position="NFA", yjs_position="NFA")
    assert PanelDecision.objects.get(notification=pipeline.panel).decision == "CR"
