"""Delivering the decision: one offence and one outcome in justice and, where the YJS supervises, the intervention."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.diversion.outcome.decided import decided
from yjs.casework.models import Allocation, Intervention
from yjs.diversion.models import Notification
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.services import outcome as services
from yjs.diversion.vocabularies import Stage
from yjs.justice.models import Offence, Outcome


def test_a_youth_caution_creates_one_offence_and_one_outcome_linked_to_it(pipeline: Pipeline) -> None:
    child = pipeline.decided.child
    services.deliver_outcome(pipeline.cast.police_officer, pipeline.decided, delivered_on=timezone.localdate())
    offence = Offence.objects.get(child=child)
    outcome = Outcome.objects.get(child=child)
    assert outcome.outcome_type_id == "YC"
    assert list(outcome.offences.all()) == [offence]
    assert (offence.police_reference, offence.gravity) == (pipeline.decided.police_reference, 2)


def test_the_offence_takes_its_category_and_seriousness_from_the_proposal(pipeline: Pipeline) -> None:
    notification = decided(pipeline.cast, "CR")
    services.deliver_outcome(pipeline.cast.police_officer, notification, delivered_on=timezone.localdate())
    offence = Offence.objects.get(child=notification.child)
    assert (offence.category, offence.seriousness) == ("CRIMINAL_DAMAGE", 3)
    assert offence.offence_date == notification.offence_date


def test_delivering_completes_the_notification_and_links_the_outcome(pipeline: Pipeline) -> None:
    today = timezone.localdate()
    services.deliver_outcome(pipeline.cast.team_manager, pipeline.decided, delivered_on=today)
    pipeline.decided.refresh_from_db()
    assert pipeline.decided.stage == Stage.COMPLETED
    assert pipeline.decided.outcome == Outcome.objects.get(child=pipeline.decided.child)
    assert pipeline.decided.outcome_delivered_on == today
    assert pipeline.decided.outcome.outcome_date == today


def test_a_conditional_caution_starts_an_intervention_with_the_assessing_case_manager(pipeline: Pipeline) -> None:
    cast = pipeline.cast
    notification = decided(cast, "YCC", assessed_by=cast.case_manager)
    assert services.suggested_case_manager(notification) == cast.case_manager
    services.deliver_outcome(
        cast.team_manager,
        notification,
        delivered_on=timezone.localdate(),
        team=cast.team_manager.team,
        case_manager=services.suggested_case_manager(notification),
    )
    notification.refresh_from_db()
    intervention = Intervention.objects.get(child=notification.child)
    assert notification.intervention == intervention
    assert intervention.case_manager == cast.case_manager
    assert intervention.outcome.outcome_type_id == "YCC"
    assert intervention.allocations.get().case_manager == cast.case_manager


def test_without_a_brief_assessment_continuity_suggests_whoever_knows_the_child(pipeline: Pipeline) -> None:
    cast = pipeline.cast
    Allocation.objects.create(
        intervention=cast.intervention,
        case_manager=cast.case_manager,
        allocated_by=cast.team_manager,
        allocated_on=timezone.localdate() - timedelta(days=200),
    )
    notification = decided(cast, "YCC")
    notification.child = cast.child  # the cast's case manager held this child's earlier intervention
    assert services.suggested_case_manager(notification) == pipeline.cast.case_manager


def test_a_community_resolution_not_supervised_starts_no_intervention(pipeline: Pipeline) -> None:
    notification = decided(pipeline.cast, "CR")
    services.deliver_outcome(pipeline.cast.team_manager, notification, delivered_on=timezone.localdate(), supervise=False)
    assert Outcome.objects.get(child=notification.child).outcome_type_id == "CR"
    assert not Intervention.objects.filter(child=notification.child).exists()


def test_a_community_resolution_the_yjs_supervises_starts_an_intervention(pipeline: Pipeline) -> None:
    notification = decided(pipeline.cast, "CR")
    services.deliver_outcome(
        pipeline.cast.team_manager,
        notification,
        delivered_on=timezone.localdate(),
        supervise=True,
        team=pipeline.cast.team_manager.team,
    )
    assert Intervention.objects.filter(child=notification.child).count() == 1


def test_a_charge_records_no_outcome_and_completes(pipeline: Pipeline) -> None:
    notification = decided(pipeline.cast, "CHARGE")
    services.record_charge(pipeline.cast.police_officer, notification, charged_on=timezone.localdate())
    notification.refresh_from_db()
    assert notification.stage == Stage.COMPLETED
    assert notification.outcome is None
    assert not Offence.objects.filter(child=notification.child).exists()
    assert not Outcome.objects.filter(child=notification.child).exists()


def test_a_charge_cannot_be_delivered_as_an_outcome(pipeline: Pipeline) -> None:
    notification = decided(pipeline.cast, "CHARGE")
    with pytest.raises(ValidationError):
        services.deliver_outcome(pipeline.cast.team_manager, notification, delivered_on=timezone.localdate())


@pytest.mark.parametrize("stage", ["panel", "escalated", "completed"])
def test_an_outcome_cannot_be_delivered_before_the_decision_is_final_or_twice(pipeline: Pipeline, stage: str) -> None:
    with pytest.raises(TransitionRefused):
        services.deliver_outcome(pipeline.cast.team_manager, getattr(pipeline, stage), delivered_on=timezone.localdate())


def test_delivering_twice_is_refused(pipeline: Pipeline) -> None:
    services.deliver_outcome(pipeline.cast.team_manager, pipeline.decided, delivered_on=timezone.localdate())
    with pytest.raises(TransitionRefused):
        services.deliver_outcome(pipeline.cast.team_manager, pipeline.decided, delivered_on=timezone.localdate())
    assert Outcome.objects.filter(child=pipeline.decided.child).count() == 1


def test_a_delivery_before_the_decision_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        services.deliver_outcome(
            pipeline.cast.team_manager, pipeline.decided, delivered_on=pipeline.decided.decided_on - timedelta(days=1)
        )
    assert "delivered_on" in refused.value.message_dict


def test_a_delivery_in_the_future_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        services.deliver_outcome(
            pipeline.cast.team_manager, pipeline.decided, delivered_on=timezone.localdate() + timedelta(days=1)
        )
    assert "delivered_on" in refused.value.message_dict


def test_a_police_officer_cannot_record_a_supervised_outcome(pipeline: Pipeline) -> None:
    notification = decided(pipeline.cast, "YCC")
    with pytest.raises(ValidationError) as refused:
        services.deliver_outcome(pipeline.cast.police_officer, notification, delivered_on=timezone.localdate())
    assert "team manager or service manager" in refused.value.message_dict["supervise"][0]
    assert not Offence.objects.filter(child=notification.child).exists()


@pytest.mark.parametrize("role", ["case_manager", "auditor", "health_worker", "other_service_manager"])
def test_others_may_not_deliver_an_outcome(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        services.deliver_outcome(pipeline.cast.user(role), pipeline.decided, delivered_on=timezone.localdate())


def test_a_failure_starting_the_intervention_leaves_nothing_half_written(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    notification = decided(pipeline.cast, "YCC", assessed_by=pipeline.cast.case_manager)

    def refuse(*args: object, **kwargs: object) -> None:
        raise ValidationError("The intervention could not be started.")

    monkeypatch.setattr(services, "start_intervention", refuse)
    with pytest.raises(ValidationError):
        services.deliver_outcome(
            pipeline.cast.team_manager,
            notification,
            delivered_on=timezone.localdate(),
            team=pipeline.cast.team_manager.team,
        )
    assert not Offence.objects.filter(child=notification.child).exists()
    assert not Outcome.objects.filter(child=notification.child).exists()
    notification.refresh_from_db()
    assert (notification.stage, notification.outcome_id) == (Stage.DECIDED, None)


def test_a_team_manager_cannot_start_the_intervention_in_another_team(pipeline: Pipeline) -> None:
    notification = decided(pipeline.cast, "YCC")
    with pytest.raises(ValidationError) as refused:
        services.deliver_outcome(
            pipeline.cast.team_manager,
            notification,
            delivered_on=timezone.localdate(),
            team=pipeline.cast.other_team_case_manager.team,
        )
    assert "team" in refused.value.message_dict
    assert not Outcome.objects.filter(child=notification.child).exists()


def test_a_second_delivery_from_a_page_opened_before_the_first_was_saved_is_refused(pipeline: Pipeline) -> None:
    opened_earlier = Notification.objects.get(pk=pipeline.decided.pk)
    services.deliver_outcome(pipeline.cast.police_officer, pipeline.decided, delivered_on=timezone.localdate())
    with pytest.raises(TransitionRefused):
        services.deliver_outcome(pipeline.cast.team_manager, opened_earlier, delivered_on=timezone.localdate())
    assert Offence.objects.filter(child=pipeline.decided.child).count() == 1
