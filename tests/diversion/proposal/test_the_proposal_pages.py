"""The proposal, allocation and brief assessment pages, and the notification page's account of them."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from yjs.core.models import AccessLog
from yjs.diversion.services.screening import respond_to_screening
from yjs.diversion.vocabularies import Stage


def test_the_proposal_page_collates_what_each_agency_said(pipeline: Pipeline, client: Client) -> None:
    respond_to_screening(
        pipeline.cast.partner_screener,
        pipeline.social_care_request,
        {"child_known": "yes", "family_known": "yes", "information": "Child in need plan since March"},
    )
    client.force_login(pipeline.cast.police_officer)

    html = client.get(reverse("diversion:propose", args=[pipeline.screening.pk])).content.decode()

    assert "Child in need plan since March" in html
    assert "Not answered, due" in html
    assert "Overdue" in html  # health's request was due a week after notification, two weeks ago
    assert f'Gravity score</dt><dd class="govuk-summary-list__value">{pipeline.screening.gravity_score}' in html


def test_the_proposal_page_lists_the_childs_previous_outcomes(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    pipeline.completed.stage = Stage.PROPOSAL
    pipeline.completed.save()

    html = client.get(reverse("diversion:propose", args=[pipeline.completed.pk])).content.decode()

    assert "Youth caution" in html


def test_the_proposal_page_explains_why_it_must_wait_for_screening(pipeline: Pipeline, client: Client) -> None:
    pipeline.screening.screening_requests.update(due_on=timezone.localdate() + timedelta(days=3))
    client.force_login(pipeline.cast.police_officer)

    html = client.get(reverse("diversion:propose", args=[pipeline.screening.pk])).content.decode()

    assert "Still waiting for: Children&#x27;s social care" in html
    assert "Save and continue" not in html


def test_proposing_from_the_page_keeps_what_was_typed_when_reasons_are_missing(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    response = client.post(
        reverse("diversion:propose", args=[pipeline.proposal.pk]),
        {"proposed_outcome": "CR", "offence_category": "DRUGS", "seriousness": "3", "reasons": ""},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert '<option value="DRUGS" selected>' in html


def test_the_proposal_page_logs_the_view_of_the_child(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    client.get(reverse("diversion:propose", args=[pipeline.proposal.pk]))

    assert AccessLog.objects.filter(user=pipeline.cast.police_officer, child_id=pipeline.proposal.child_id).exists()


def test_the_assessment_page_says_the_assessment_can_change_the_outcome(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.case_manager)

    html = client.get(reverse("diversion:assessment_record", args=[pipeline.assessment.pk])).content.decode()

    assert (
        "Your assessment can change the outcome: the panel will weigh your recommended outcome against the police "
        "proposal of youth conditional caution." in html
    )


def test_saving_a_draft_from_the_page_stays_on_the_page(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.case_manager)
    url = reverse("diversion:assessment_record", args=[pipeline.assessment.pk])

    response = client.post(url, {"needs": "Lives with dad", "action": "draft", "version": pipeline.brief_assessment.version})

    assert response.status_code == 302
    assert response.url == url
    pipeline.assessment.refresh_from_db()
    assert pipeline.assessment.stage == Stage.ASSESSMENT


def test_completing_from_the_page_without_a_recommendation_is_refused(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.case_manager)

    response = client.post(
        reverse("diversion:assessment_record", args=[pipeline.assessment.pk]),
        {
            "needs": "Lives with dad",
            "summary": "Low risk",
            "action": "complete",
            "version": pipeline.brief_assessment.version,
        },
    )

    assert response.status_code == 200
    assert "Select the outcome you recommend" in response.content.decode()


def test_the_allocation_page_offers_allocatable_staff(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)

    html = client.get(reverse("diversion:assessment_allocate", args=[pipeline.assessment.pk])).content.decode()

    assert str(pipeline.cast.other_team_case_manager) in html
    assert str(pipeline.cast.police_officer) not in html.split("<form")[1]


def test_the_notification_page_offers_to_propose_when_screening_is_in(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    html = client.get(reverse("diversion:notification", args=[pipeline.proposal.pk])).content.decode()

    assert reverse("diversion:propose", args=[pipeline.proposal.pk]) in html


def test_the_notification_page_shows_the_proposal_and_the_assessment(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)

    html = client.get(reverse("diversion:notification", args=[pipeline.assessment.pk])).content.decode()

    assert "Youth conditional caution" in html
    assert reverse("diversion:assessment_allocate", args=[pipeline.assessment.pk]) in html
    assert reverse("diversion:assessment_record", args=[pipeline.assessment.pk]) in html


def test_the_notification_page_shows_each_agencys_screening(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    html = client.get(reverse("diversion:notification", args=[pipeline.screening.pk])).content.decode()

    assert "Children&#x27;s social care" in html
    assert "Health" in html
    assert reverse("diversion:screening_respond", args=[pipeline.health_request.pk]) in html


def test_a_case_managers_caseload_lists_their_brief_assessments(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.case_manager)

    html = client.get(reverse("casework:caseload")).content.decode()

    assert "Brief assessments for out-of-court cases" in html
    assert reverse("diversion:assessment_record", args=[pipeline.assessment.pk]) in html


def test_another_case_managers_caseload_does_not(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.other_team_case_manager)

    html = client.get(reverse("casework:caseload")).content.decode()

    assert "Brief assessments for out-of-court cases" not in html


def test_the_proposal_page_names_the_overdue_agencies_it_may_go_ahead_without(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    html = client.get(reverse("diversion:propose", args=[pipeline.screening.pk])).content.decode()

    assert "Not answered and overdue:" in html
    assert "Save and continue" in html


def test_an_outcome_that_needs_assessment_sends_the_case_to_assessment_from_the_page(
    pipeline: Pipeline, client: Client
) -> None:
    client.force_login(pipeline.cast.police_officer)

    response = client.post(
        reverse("diversion:propose", args=[pipeline.proposal.pk]),
        {"proposed_outcome": "YCC", "offence_category": "DRUGS", "seriousness": "3", "reasons": "Possession, admitted"},
    )

    assert response.status_code == 302
    pipeline.proposal.refresh_from_db()
    assert pipeline.proposal.stage == Stage.ASSESSMENT
    assert pipeline.proposal.proposal.brief_assessment_needed is True
