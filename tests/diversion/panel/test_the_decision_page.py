"""The decision page: the facts to weigh beside the form, and a decision without a rationale coming back."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from tests.diversion.factories import BriefAssessmentFactory
from yjs.core.models import AccessLog
from yjs.diversion.models import PanelDecision
from yjs.diversion.vocabularies import Stage


def _url(pipeline: Pipeline, notification: object = None) -> str:
    return reverse("diversion:decide", args=[pipeline.meeting.pk, (notification or pipeline.panel).pk])  # type: ignore[attr-defined]


def test_a_decision_without_a_rationale_comes_back_with_the_error_and_what_was_typed(
    pipeline: Pipeline, client: Client
) -> None:
    client.force_login(pipeline.cast.team_manager)
    response = client.post(
        _url(pipeline),
        {
            "police_position": "CR",
            "yjs_position": "CR",
            "agreed": "yes",
            "decision": "CR",
            "early_help_view": "Family known to early help",
            "rationale": "",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Enter the rationale for the decision" in page
    assert "Family known to early help" in page
    assert response.context["form"]["decision"].value() == "CR"
    assert not PanelDecision.objects.filter(notification=pipeline.panel).exists()


def test_the_page_shows_what_the_rationale_must_weigh(pipeline: Pipeline, client: Client) -> None:
    BriefAssessmentFactory(notification=pipeline.panel, needs="Struggling at school; young carer", recommended_outcome="NFA")
    client.force_login(pipeline.cast.police_officer)
    page = client.get(_url(pipeline)).content.decode()
    assert "normally an informal out-of-court outcome" in page  # gravity 2's meaning
    assert "The child admits the offence." in page
    assert "Struggling at school; young carer" in page
    assert "Corner Shop Ltd" in page  # the victim's details
    assert "No further action" in page  # the YJS recommendation beside the police proposal


def test_opening_the_page_is_logged_as_a_view_of_the_child(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    client.get(_url(pipeline))
    assert AccessLog.objects.filter(user=pipeline.cast.team_manager, child_id=pipeline.panel.child_id).exists()


def test_a_notification_not_at_the_panel_stage_says_why_it_cannot_be_decided(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    page = client.get(_url(pipeline, pipeline.decided)).content.decode()
    assert "This cannot be done while the notification is at the stage" in page
    assert "<form" not in page.split("<main", 1)[1]


def test_posting_a_decision_for_a_notification_not_at_panel_saves_nothing(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.team_manager)
    response = client.post(
        _url(pipeline, pipeline.decided),
        {
            "police_position": "CR",
            "yjs_position": "CR",
            "agreed": "yes",
            "decision": "CR",
            "rationale": "Long enough rationale for the panel to weigh.",
        },
        follow=True,
    )
    assert "This cannot be done while the notification is at the stage" in response.content.decode()
    pipeline.decided.refresh_from_db()
    assert pipeline.decided.decision == "YC"


def test_a_disagreement_posted_with_a_manager_is_escalated(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    response = client.post(
        _url(pipeline),
        {
            "police_position": "YC",
            "yjs_position": "CR",
            "agreed": "no",
            "decision": "YC",
            "rationale": "Police see a pattern; YJS see unmet needs better met by a community resolution.",
            "manager": pipeline.cast.service_manager.pk,
            "due_on": pipeline.meeting.meeting_date.isoformat(),
        },
    )
    assert response.status_code == 302
    pipeline.panel.refresh_from_db()
    assert pipeline.panel.stage == Stage.ESCALATED
    assert pipeline.panel.panel_decision.escalation.manager == pipeline.cast.service_manager
