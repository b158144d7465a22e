"""The out-of-court pipeline in synthetic data: history behind every recent out-of-court outcome, a live demo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from yjs.core.models import DEFAULT_PARTNER_AGENCIES, PartnerAgency, Service, User
from yjs.diversion.models import (
    BriefAssessment,
    Escalation,
    Notification,
    PanelDecision,
    PanelMeeting,
    Proposal,
    ScreeningRequest,
)
from yjs.diversion.timeliness import Grouping
from yjs.diversion.timeliness_queries import default_period, timeliness_report
from yjs.diversion.vocabularies import OUTCOME_TYPE_FOR_DECISION, Stage
from yjs.justice.models import Outcome
from yjs.lib.dates import add_months
from yjs.synth.diversion import HISTORY_MONTHS

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("demo", children=400, as_of=AS_OF, stdout=StringIO(), verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo_service(demo: None, db) -> Service:  # type: ignore[no-untyped-def]
    return Service.objects.get()


def test_the_demo_has_a_notification_at_every_stage(demo_service: Service) -> None:
    stages = set(Notification.objects.filter(service=demo_service).values_list("stage", flat=True))
    assert stages == set(Stage)


def test_the_demo_service_screens_with_the_default_partner_agencies(demo_service: Service) -> None:
    names = set(PartnerAgency.objects.filter(service=demo_service).values_list("name", flat=True))
    assert names == set(DEFAULT_PARTNER_AGENCIES)


def test_notifications_awaiting_a_match_name_their_candidates(demo_service: Service) -> None:
    waiting = Notification.objects.filter(service=demo_service, stage=Stage.MATCHING)
    assert waiting.exists()
    for notification in waiting:
        assert notification.child_id is None
        assert notification.candidate_ids
        assert demo_service.pk == notification.service_id


def test_some_screening_is_overdue(demo_service: Service) -> None:
    overdue = ScreeningRequest.objects.filter(
        notification__stage=Stage.SCREENING, responded_on__isnull=True, due_on__lt=AS_OF
    )
    assert overdue.exists()


def test_the_demo_case_manager_holds_the_brief_assessments_waiting(demo_service: Service) -> None:
    waiting = BriefAssessment.objects.filter(notification__stage=Stage.ASSESSMENT)
    assert waiting.exists()
    assert set(waiting.values_list("case_manager__username", flat=True)) == {"casemanager"}


def test_this_weeks_panel_has_cases_due_and_last_weeks_has_decisions(demo_service: Service) -> None:
    thursday = AS_OF + timedelta(days=3 - AS_OF.weekday())
    assert Notification.objects.filter(service=demo_service, stage=Stage.PANEL).count() >= 3
    assert PanelMeeting.objects.filter(service=demo_service, meeting_date=thursday).exists()
    last_week = PanelMeeting.objects.get(service=demo_service, meeting_date=thursday - timedelta(days=7))
    assert last_week.decisions.filter(agreed=True).exists()


def test_last_weeks_disagreements_went_to_the_demo_team_manager_and_one_is_resolved(demo_service: Service) -> None:
    manager = User.objects.get(username="teammanager")
    escalations = Escalation.objects.filter(manager=manager)
    assert escalations.filter(resolved_on__isnull=True, decision__notification__stage=Stage.ESCALATED).count() == 1
    resolved = escalations.get(resolved_on__isnull=False)
    assert resolved.decision.notification.stage == Stage.DECIDED
    assert resolved.decision.notification.decision == resolved.resolved_outcome


def test_a_child_is_flagged_as_not_engaging(demo_service: Service) -> None:
    assert Notification.objects.filter(service=demo_service, not_engaging_since__isnull=False).exists()


def test_each_delivered_outcome_is_the_childs_out_of_court_outcome_reached_in_order(demo_service: Service) -> None:
    completed = Notification.objects.filter(service=demo_service, stage=Stage.COMPLETED).select_related("outcome")
    assert completed.count() >= 20
    for n in completed:
        assert n.outcome.child_id == n.child_id
        assert n.outcome.outcome_type_id == OUTCOME_TYPE_FOR_DECISION[n.decision]
        assert n.offence_date < n.notified_on <= n.screening_completed_on <= n.proposed_on
        assert n.proposed_on <= n.decided_on <= n.outcome_delivered_on == n.outcome.outcome_date
        assert n.intervention is None or n.intervention.outcome_id == n.outcome_id


def test_every_recent_out_of_court_outcome_has_its_notification(demo_service: Service) -> None:
    recent = Outcome.objects.filter(
        service=demo_service,
        outcome_type_id__in=[code for code in OUTCOME_TYPE_FOR_DECISION.values() if code],
        outcome_date__gte=add_months(AS_OF, -HISTORY_MONTHS),
        outcome_date__lte=AS_OF,
    )
    explained = set(Notification.objects.filter(outcome__isnull=False).values_list("outcome_id", flat=True))
    assert set(recent.values_list("pk", flat=True)) == explained


def test_the_timeliness_report_has_figures_by_month_authority_and_outcome(demo_service: Service) -> None:
    report = timeliness_report(User.objects.get(username="servicemanager"), *default_period(AS_OF))
    assert len(report.groups[Grouping.MONTH]) >= 10
    assert len(report.groups[Grouping.LOCAL_AUTHORITY]) == 2
    assert len(report.groups[Grouping.OUTCOME]) >= 4


def test_the_pipeline_records_pass_the_models_own_checks(demo_service: Service) -> None:
    for model in (Notification, ScreeningRequest, Proposal, BriefAssessment, PanelMeeting, PanelDecision, Escalation):
        for record in model.objects.all()[:200]:
            record.full_clean()


def test_running_the_demo_again_adds_no_notifications(demo_service: Service) -> None:
    before = Notification.objects.count()
    call_command("demo", children=400, as_of=AS_OF, stdout=StringIO(), verbosity=0)
    assert Notification.objects.count() == before
