"""Withdrawing a notification sent in error: a reason and a confirmation, and it goes no further."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from yjs.diversion.vocabularies import Stage


def test_a_worker_withdraws_a_notification_giving_the_reason(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    notification = pipeline.screening
    response = client.post(
        reverse("diversion:withdraw", args=[notification.pk]),
        {"reason": "Duplicate of DP/000002/25", "confirm": "on", "version": str(notification.version)},
    )
    notification.refresh_from_db()
    assert response.status_code == 302
    assert (notification.stage, notification.withdrawn_reason) == (Stage.WITHDRAWN, "Duplicate of DP/000002/25")
    assert notification.history.first().history_user == pipeline.cast.police_officer


def test_withdrawing_needs_a_reason_and_a_confirmation(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    response = client.post(reverse("diversion:withdraw", args=[pipeline.screening.pk]), {"reason": ""})
    page = response.content.decode()
    assert "Enter the reason for withdrawing the notification" in page
    assert "Confirm that the notification should be withdrawn" in page
    pipeline.screening.refresh_from_db()
    assert pipeline.screening.stage == Stage.SCREENING


def test_a_closed_notification_cannot_be_withdrawn(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    response = client.get(reverse("diversion:withdraw", args=[pipeline.completed.pk]), follow=True)
    assert "cannot be withdrawn" in response.content.decode()


def test_the_notification_page_offers_withdrawing_to_workers_only(pipeline: Pipeline, client: Client) -> None:
    url = reverse("diversion:notification", args=[pipeline.screening.pk])
    withdraw = reverse("diversion:withdraw", args=[pipeline.screening.pk])
    client.force_login(pipeline.cast.police_officer)
    assert withdraw in client.get(url).content.decode()
    client.force_login(pipeline.cast.auditor)
    assert withdraw not in client.get(url).content.decode()
