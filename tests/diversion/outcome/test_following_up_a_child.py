"""A child who does not engage is flagged for follow-up, and the flag cleared only by recording what was done."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from tests.diversion.factories import NotificationFactory
from yjs.diversion.services.outcome import flag_not_engaging, record_follow_up
from yjs.diversion.vocabularies import Stage


def test_flagging_puts_the_child_on_the_follow_up_list_with_the_note(pipeline: Pipeline) -> None:
    flag_not_engaging(pipeline.cast.police_officer, pipeline.decided, note="Did not attend to receive the caution.")
    pipeline.decided.refresh_from_db()
    assert pipeline.decided.not_engaging_since is not None
    assert "Did not attend to receive the caution." in pipeline.decided.not_engaging_note


def test_recording_the_follow_up_clears_the_flag_and_keeps_the_earlier_note(pipeline: Pipeline) -> None:
    flag_not_engaging(pipeline.cast.team_manager, pipeline.decided, note="Missed two appointments.")
    record_follow_up(pipeline.cast.team_manager, pipeline.decided, note="Home visit made; new date agreed with mum.")
    pipeline.decided.refresh_from_db()
    assert pipeline.decided.not_engaging_since is None
    assert "Missed two appointments." in pipeline.decided.not_engaging_note
    assert "Home visit made" in pipeline.decided.not_engaging_note


def test_a_follow_up_without_a_note_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError):
        flag_not_engaging(pipeline.cast.team_manager, pipeline.decided, note="  ")


def test_a_child_not_flagged_has_no_follow_up_to_record(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError):
        record_follow_up(pipeline.cast.team_manager, pipeline.decided, note="Nothing to follow up.")


def test_the_case_manager_of_the_intervention_may_flag_their_child(pipeline: Pipeline) -> None:
    cast = pipeline.cast
    notification = NotificationFactory(child=cast.child, stage=Stage.COMPLETED, intervention=cast.intervention)
    flag_not_engaging(cast.case_manager, notification, note="Not at home for the last three visits.")
    notification.refresh_from_db()
    assert notification.not_engaging_since is not None


def test_another_case_manager_may_not_flag_the_child(pipeline: Pipeline) -> None:
    cast = pipeline.cast
    notification = NotificationFactory(child=cast.child, stage=Stage.COMPLETED, intervention=cast.intervention)
    with pytest.raises(PermissionDenied):
        flag_not_engaging(cast.other_team_case_manager, notification, note="Not seen.")


@pytest.mark.parametrize("role", ["auditor", "health_worker", "board_member", "other_service_manager"])
def test_those_outside_the_pipeline_may_not_flag_a_child(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        flag_not_engaging(pipeline.cast.user(role), pipeline.decided, note="Not seen.")


def test_a_follow_up_from_a_page_opened_before_another_was_saved_is_refused(pipeline: Pipeline, client: Client) -> None:
    url = reverse("diversion:follow_up", args=[pipeline.decided.pk])
    opened_at = pipeline.decided.version
    flag_not_engaging(pipeline.cast.police_officer, pipeline.decided, note="Missed the appointment.")
    client.force_login(pipeline.cast.team_manager)
    response = client.post(url, {"note": "Written on a page opened earlier.", "version": opened_at}, follow=True)
    assert "Someone else changed this" in response.content.decode()
    pipeline.decided.refresh_from_db()
    assert "Written on a page opened earlier." not in pipeline.decided.not_engaging_note
