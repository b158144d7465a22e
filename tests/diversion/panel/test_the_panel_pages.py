"""The panels list, a panel's page with its cases, arranging one, and the escalations list."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.diversion.factories import EscalationFactory, NotificationFactory, PanelDecisionFactory, PanelMeetingFactory
from tests.factories import ChildFactory
from yjs.diversion.decision_rules import next_panel_date
from yjs.diversion.models import PanelMeeting
from yjs.diversion.vocabularies import Stage


def test_a_panel_lists_the_cases_ready_for_it_and_those_it_decided(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.auditor)
    page = client.get(reverse("diversion:panel", args=[pipeline.meeting.pk])).content.decode()
    assert pipeline.panel.police_reference in page  # due
    assert pipeline.decided.police_reference in page  # decided here
    assert pipeline.proposal.police_reference not in page


def test_those_who_work_the_pipeline_get_a_link_to_record_each_decision(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    page = client.get(reverse("diversion:panel", args=[pipeline.meeting.pk])).content.decode()
    assert reverse("diversion:decide", args=[pipeline.meeting.pk, pipeline.panel.pk]) in page


def test_a_panel_with_no_cases_says_so(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    empty = PanelMeetingFactory(service=pipeline.cast.service, meeting_date=timezone.localdate() - timedelta(days=60))
    page = client.get(reverse("diversion:panel", args=[empty.pk])).content.decode()
    assert "No cases are ready for this panel." in page


def test_the_panels_list_shows_each_panel_with_an_arrange_button_for_workers(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    page = client.get(reverse("diversion:panels")).content.decode()
    assert pipeline.meeting.get_absolute_url() in page
    assert "Arrange a panel" in page


def test_a_reader_sees_the_panels_without_the_arrange_button(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.case_manager)
    page = client.get(reverse("diversion:panels")).content.decode()
    assert pipeline.meeting.get_absolute_url() in page
    assert "Arrange a panel" not in page


def test_a_service_with_no_panels_says_so(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.other_service_manager)
    assert "No panels have been arranged." in client.get(reverse("diversion:panels")).content.decode()


def test_arranging_a_panel_suggests_a_week_after_the_last(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    last = PanelMeeting.objects.filter(service=pipeline.cast.service).latest("meeting_date").meeting_date
    form = client.get(reverse("diversion:panel_new")).context["form"]
    assert form.initial["meeting_date"] == next_panel_date(last, timezone.localdate())


def test_a_second_panel_on_a_day_comes_back_with_the_error(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    response = client.post(
        reverse("diversion:panel_new"),
        {"meeting_date": pipeline.meeting.meeting_date.isoformat(), "police_attendees": "Sgt", "yjs_attendees": "TM"},
    )
    assert response.status_code == 200
    assert "There is already a panel on" in response.content.decode()


def _another_escalation(pipeline: Pipeline, manager: object, due_in_days: int) -> object:
    notification = NotificationFactory(
        child=ChildFactory(service=pipeline.cast.service, first_name="Remy"), stage=Stage.ESCALATED
    )
    return EscalationFactory(
        decision=PanelDecisionFactory(notification=notification, meeting=pipeline.meeting, agreed=False, yjs_position="CR"),
        manager=manager,
        due_on=timezone.localdate() + timedelta(days=due_in_days),
    )


def test_the_escalations_list_puts_the_managers_own_first(pipeline: Pipeline, client: Client) -> None:
    other = _another_escalation(pipeline, pipeline.cast.service_manager, -3)
    client.force_login(pipeline.cast.team_manager)
    listed = list(client.get(reverse("diversion:escalations")).context["page"].object_list)
    assert listed == [pipeline.escalation, other]


def test_an_overdue_escalation_is_tagged(pipeline: Pipeline, client: Client) -> None:
    _another_escalation(pipeline, pipeline.cast.service_manager, -3)
    client.force_login(pipeline.cast.service_manager)
    page = client.get(reverse("diversion:escalations")).content.decode()
    assert page.count("Overdue") == 1


def test_a_resolved_escalation_leaves_the_list(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    client.post(
        reverse("diversion:resolve", args=[pipeline.escalation.pk]),
        {"final_decision": "CR", "resolution": "Agreed with both parties after the panel."},
    )
    page = client.get(reverse("diversion:escalations")).content.decode()
    assert "No disagreements are waiting to be resolved." in page


def test_the_notification_page_shows_the_decision_and_escalation(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    page = client.get(pipeline.escalated.get_absolute_url()).content.decode()
    assert "Joint decision panel" in page
    assert "No: escalated" in page
    assert reverse("diversion:resolve", args=[pipeline.escalation.pk]) in page
