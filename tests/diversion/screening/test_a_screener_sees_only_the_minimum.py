"""A partner screener sees only their agency's requests, and of the child only name, date of birth and address."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from yjs.core.models import AccessLog
from yjs.diversion.services.screening import respond_to_screening


def _health_answers(pipeline: Pipeline) -> None:
    respond_to_screening(
        pipeline.cast.police_officer,
        pipeline.health_request,
        {"child_known": "yes", "family_known": "yes", "information": "CAMHS waiting list since January"},
    )


def test_the_request_page_shows_no_offence_victim_or_other_agencys_answer(pipeline: Pipeline, client: Client) -> None:
    _health_answers(pipeline)
    client.force_login(pipeline.cast.partner_screener)

    html = client.get(reverse("diversion:screening_respond", args=[pipeline.social_care_request.pk])).content.decode()

    notification = pipeline.screening
    assert notification.first_name in html
    assert notification.date_of_birth.strftime("%-d %B %Y") in html
    assert notification.offence_description not in html
    assert notification.victim_details not in html
    assert "CAMHS" not in html
    assert f"/children/{notification.child_id}/" not in html
    assert reverse("diversion:notification", args=[notification.pk]) not in html


def test_the_screeners_list_shows_only_their_agencys_requests(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.partner_screener)

    html = client.get(reverse("diversion:screening_requests")).content.decode()

    assert reverse("diversion:screening_respond", args=[pipeline.social_care_request.pk]) in html
    assert reverse("diversion:screening_respond", args=[pipeline.health_request.pk]) not in html
    assert pipeline.screening.offence_description not in html
    assert pipeline.screening.victim_details not in html


def test_the_screeners_answered_tab_lists_what_their_agency_answered(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.partner_screener)

    waiting = client.get(reverse("diversion:screening_requests")).content.decode()
    answered = client.get(reverse("diversion:screening_requests") + "?show=answered").content.decode()

    assert pipeline.proposal.notified_name not in waiting
    assert pipeline.proposal.notified_name in answered
    assert pipeline.screening.notified_name not in answered


def test_a_screener_asking_for_another_agencys_request_gets_404(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.partner_screener)

    response = client.get(reverse("diversion:screening_respond", args=[pipeline.health_request.pk]))

    assert response.status_code == 404
    assert not AccessLog.objects.filter(user=pipeline.cast.partner_screener).exists()


def test_opening_a_request_is_written_to_the_access_log_naming_the_agency(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.partner_screener)

    client.get(reverse("diversion:screening_respond", args=[pipeline.social_care_request.pk]))

    log = AccessLog.objects.get(user=pipeline.cast.partner_screener)
    assert log.child_id == pipeline.screening.child_id
    assert log.what == "Screening request (Children's social care)"


def test_answering_from_the_page_saves_and_returns_to_the_list(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.partner_screener)

    response = client.post(
        reverse("diversion:screening_respond", args=[pipeline.social_care_request.pk]),
        {"child_known": "yes", "family_known": "no", "information": "Section 17 assessment in 2024"},
    )

    assert response.status_code == 302
    pipeline.social_care_request.refresh_from_db()
    assert pipeline.social_care_request.information == "Section 17 assessment in 2024"


def test_the_page_asks_what_is_known_when_known_and_keeps_the_answers(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.partner_screener)

    response = client.post(
        reverse("diversion:screening_respond", args=[pipeline.social_care_request.pk]),
        {"child_known": "yes", "family_known": "no", "information": ""},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter what your agency knows" in html
    assert 'name="child_known" value="yes" class="govuk-radios__input" id="id_child_known_0" checked' in html


def test_pipeline_workers_see_every_agencys_requests_with_overdue_tags(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    html = client.get(reverse("diversion:screening_requests")).content.decode()

    assert reverse("diversion:screening_respond", args=[pipeline.health_request.pk]) in html
    assert reverse("diversion:screening_respond", args=[pipeline.social_care_request.pk]) in html
    assert "Overdue" in html  # the fixture's requests were due a week after notification, two weeks ago


def test_pipeline_workers_filter_requests_by_agency(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    html = client.get(reverse("diversion:screening_requests"), {"agency": pipeline.health.pk}).content.decode()

    assert reverse("diversion:screening_respond", args=[pipeline.health_request.pk]) in html
    assert reverse("diversion:screening_respond", args=[pipeline.social_care_request.pk]) not in html
