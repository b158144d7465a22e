"""The outcome page: it says who may record a supervised outcome, pre-selects the suggested case manager."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.diversion.outcome.decided import decided
from yjs.casework.models import Intervention
from yjs.diversion.vocabularies import Stage


def test_a_police_officer_is_told_a_supervised_outcome_needs_a_manager(pipeline: Pipeline, client: Client) -> None:
    notification = decided(pipeline.cast, "YCC")
    client.force_login(pipeline.cast.police_officer)
    page = client.get(reverse("diversion:deliver", args=[notification.pk])).content.decode()
    assert "a team manager or service manager records it" in page
    assert 'name="delivered_on_day"' not in page


def test_the_suggested_case_manager_is_pre_selected(pipeline: Pipeline, client: Client) -> None:
    notification = decided(pipeline.cast, "YCC", assessed_by=pipeline.cast.case_manager)
    client.force_login(pipeline.cast.team_manager)
    form = client.get(reverse("diversion:deliver", args=[notification.pk])).context["form"]
    assert form.initial["case_manager"] == pipeline.cast.case_manager.pk
    assert form.initial["team"] == pipeline.cast.team_manager.team_id


def test_posting_a_conditional_caution_starts_the_intervention(pipeline: Pipeline, client: Client) -> None:
    cast = pipeline.cast
    notification = decided(cast, "YCC", assessed_by=cast.case_manager)
    client.force_login(cast.team_manager)
    response = client.post(
        reverse("diversion:deliver", args=[notification.pk]),
        {
            "delivered_on": timezone.localdate().isoformat(),
            "team": cast.team_manager.team_id,
            "case_manager": cast.case_manager.pk,
        },
    )
    assert response.status_code == 302
    assert Intervention.objects.get(child=notification.child).case_manager == cast.case_manager


def test_a_charge_asks_only_for_the_date_and_says_the_child_goes_to_court(pipeline: Pipeline, client: Client) -> None:
    notification = decided(pipeline.cast, "CHARGE")
    client.force_login(pipeline.cast.police_officer)
    url = reverse("diversion:deliver", args=[notification.pk])
    assert "the child goes to court" in client.get(url).content.decode()
    client.post(url, {"delivered_on": timezone.localdate().isoformat()})
    notification.refresh_from_db()
    assert notification.stage == Stage.COMPLETED


def test_a_delivery_date_before_the_decision_comes_back_with_the_error(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    response = client.post(
        reverse("diversion:deliver", args=[pipeline.decided.pk]),
        {"delivered_on": (pipeline.decided.decided_on - timedelta(days=1)).isoformat()},
    )
    assert response.status_code == 200
    assert "on or after the date of the decision" in response.content.decode()


def test_a_notification_not_yet_decided_has_no_outcome_page(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    response = client.get(reverse("diversion:deliver", args=[pipeline.escalated.pk]))
    assert response.status_code == 302


def test_the_notification_page_shows_the_outcome_with_links(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    page = client.get(pipeline.completed.get_absolute_url()).content.decode()
    assert "Youth caution" in page
    assert pipeline.completed.child.get_absolute_url() in page
    assert reverse("diversion:follow_up", args=[pipeline.completed.pk]) in page


def test_the_notification_page_offers_to_record_the_outcome_once_decided(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    page = client.get(pipeline.decided.get_absolute_url()).content.decode()
    assert reverse("diversion:deliver", args=[pipeline.decided.pk]) in page
