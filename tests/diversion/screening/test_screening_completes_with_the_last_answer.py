"""Screening is complete when the last agency answers, and not before."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.diversion.conftest import Pipeline
from yjs.diversion.services.screening import respond_to_screening
from yjs.diversion.vocabularies import Stage

NOT_KNOWN = {"child_known": "no", "family_known": "no", "information": ""}


def test_the_first_of_two_answers_leaves_the_notification_at_screening(pipeline: Pipeline) -> None:
    respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN)

    pipeline.screening.refresh_from_db()
    assert pipeline.screening.stage == Stage.SCREENING
    assert pipeline.screening.screening_completed_on is None


def test_the_last_answer_completes_screening_on_the_day_it_is_given(pipeline: Pipeline) -> None:
    respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN)
    respond_to_screening(pipeline.cast.police_officer, pipeline.health_request, NOT_KNOWN, on=date(2026, 5, 4))

    pipeline.screening.refresh_from_db()
    assert pipeline.screening.stage == Stage.PROPOSAL
    assert pipeline.screening.screening_completed_on == date(2026, 5, 4)


def test_an_answer_records_who_gave_it_and_when(pipeline: Pipeline) -> None:
    request = respond_to_screening(
        pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN, on=date(2026, 5, 1)
    )

    request.refresh_from_db()
    assert request.responded_on == date(2026, 5, 1)
    assert request.responded_by == pipeline.cast.partner_screener
    assert request.history.first().history_user == pipeline.cast.partner_screener


def test_a_pipeline_worker_may_record_an_agencys_answer_given_by_telephone(pipeline: Pipeline) -> None:
    request = respond_to_screening(pipeline.cast.team_manager, pipeline.health_request, NOT_KNOWN)

    assert request.responded_by == pipeline.cast.team_manager


def test_a_screener_may_not_answer_for_another_agency(pipeline: Pipeline) -> None:
    with pytest.raises(PermissionDenied):
        respond_to_screening(pipeline.cast.partner_screener, pipeline.health_request, NOT_KNOWN)


@pytest.mark.parametrize("role", ["case_manager", "auditor", "health_worker", "board_member", "administrator"])
def test_roles_outside_the_pipeline_work_may_not_answer(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        respond_to_screening(pipeline.cast.user(role), pipeline.health_request, NOT_KNOWN)


def test_what_the_agency_knows_is_needed_when_the_child_is_known(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        respond_to_screening(
            pipeline.cast.partner_screener,
            pipeline.social_care_request,
            {"child_known": "yes", "family_known": "no", "information": "  "},
        )

    assert "information" in refused.value.message_dict


def test_what_the_agency_knows_is_needed_when_the_family_is_known(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        respond_to_screening(
            pipeline.cast.partner_screener,
            pipeline.social_care_request,
            {"child_known": "no", "family_known": "yes", "information": ""},
        )

    assert "information" in refused.value.message_dict


def test_an_answer_must_say_whether_the_child_and_family_are_known(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, {})

    assert set(refused.value.message_dict) == {"child_known", "family_known"}


def test_a_second_answer_without_the_version_read_is_refused(pipeline: Pipeline) -> None:
    respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN)

    with pytest.raises(ValidationError, match="already answered"):
        respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN)


def test_an_answer_can_be_changed_from_the_version_read_keeping_the_first_answer_date(pipeline: Pipeline) -> None:
    request = respond_to_screening(
        pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN, on=date(2026, 5, 1)
    )
    changed = {"child_known": "yes", "family_known": "no", "information": "Child in need plan since March."}

    respond_to_screening(pipeline.cast.partner_screener, request, changed, request.version, on=date(2026, 5, 6))

    request.refresh_from_db()
    assert request.child_known == "yes"
    assert request.responded_on == date(2026, 5, 1)
    assert request.history.count() == 3


def test_a_closed_case_takes_no_more_answers(pipeline: Pipeline) -> None:
    pipeline.screening.stage = Stage.WITHDRAWN
    pipeline.screening.save()

    with pytest.raises(ValidationError, match="closed"):
        respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN)
