"""The review queue: an uncertain match is settled by a person, then the partners are asked to screen."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from tests.diversion.factories import NotificationFactory
from yjs.children.models import Child
from yjs.core.models import AccessLog
from yjs.diversion.models import ScreeningRequest
from yjs.diversion.vocabularies import Stage


def test_the_queue_lists_notifications_awaiting_review_with_their_candidates(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    response = client.get(reverse("diversion:matches"))
    page = response.content.decode()
    assert pipeline.matching.police_reference in page
    assert pipeline.cast.child.yjs_id in page
    assert pipeline.screening.police_reference not in page


def test_seeing_the_candidates_is_written_to_their_access_log(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    client.get(reverse("diversion:match", args=[pipeline.matching.pk]))
    assert AccessLog.objects.filter(child_id=pipeline.cast.child.pk, user=pipeline.cast.team_manager).exists()


def test_the_queue_says_when_nothing_is_waiting(pipeline: Pipeline, client: Client) -> None:
    pipeline.matching.delete()
    client.force_login(pipeline.cast.police_officer)
    assert "No notifications are waiting for a match review." in client.get(reverse("diversion:matches")).content.decode()


def test_choosing_a_candidate_links_the_child_and_asks_the_partners_to_screen(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    notification = pipeline.matching
    response = client.post(
        reverse("diversion:match", args=[notification.pk]),
        {"child": str(pipeline.cast.child.pk), "version": str(notification.version)},
    )
    notification.refresh_from_db()
    assert response.status_code == 302
    assert (notification.child, notification.stage, notification.candidate_ids) == (
        pipeline.cast.child,
        Stage.SCREENING,
        [],
    )
    assert ScreeningRequest.objects.filter(notification=notification).count() == 4
    assert notification.history.first().history_user == pipeline.cast.police_officer


def test_a_new_child_is_recorded_when_none_of_the_candidates_is_them(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    notification = pipeline.matching
    children = Child.objects.count()
    client.post(reverse("diversion:match", args=[notification.pk]), {"child": "new", "version": str(notification.version)})
    notification.refresh_from_db()
    assert Child.objects.count() == children + 1
    assert notification.child != pipeline.cast.child
    assert (notification.child.first_name, notification.stage) == (notification.first_name, Stage.SCREENING)


def test_a_child_who_is_not_a_candidate_cannot_be_chosen(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    other = pipeline.screening.child
    response = client.post(reverse("diversion:match", args=[pipeline.matching.pk]), {"child": str(other.pk)})
    assert response.status_code == 200
    pipeline.matching.refresh_from_db()
    assert pipeline.matching.stage == Stage.MATCHING


def test_a_notification_already_matched_is_explained_not_an_error(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    response = client.get(reverse("diversion:match", args=[pipeline.screening.pk]), follow=True)
    assert response.status_code == 200
    assert "not awaiting a match review" in response.content.decode()


def test_another_services_notification_is_not_found(pipeline: Pipeline, client: Client) -> None:
    elsewhere = NotificationFactory(
        child=None,
        service=pipeline.cast.other_service,
        stage=Stage.MATCHING,
        local_authority=None,
        first_name="A",
        last_name="B",
        date_of_birth=pipeline.cast.child.date_of_birth,
        pnc_number="",
    )
    client.force_login(pipeline.cast.police_officer)
    assert client.get(reverse("diversion:match", args=[elsewhere.pk])).status_code == 404


def test_the_notification_page_sends_a_worker_to_review_an_uncertain_match(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    page = client.get(reverse("diversion:notification", args=[pipeline.matching.pk])).content.decode()
    assert "Awaiting match review" in page
    assert reverse("diversion:match", args=[pipeline.matching.pk]) in page


def test_the_notification_page_shows_what_the_police_sent_and_links_the_child(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.auditor)
    page = client.get(reverse("diversion:notification", args=[pipeline.screening.pk])).content.decode()
    assert "2: Informal out-of-court outcome" in page
    assert pipeline.screening.child.get_absolute_url() in page
