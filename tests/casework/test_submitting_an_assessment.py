from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tests.conftest import Cast
from yjs.casework.models import Assessment
from yjs.casework.services import save_and_submit_assessment, save_assessment, submit_assessment

COMPLETE = {
    "factors_for_desistance": "Back at college three days a week.",
    "safety_rating": "low",
    "rosh_rating": "low",
    "reoffending_likelihood": "medium",
}


def test_a_draft_saves_with_anything_in_it(cast: Cast) -> None:
    draft = save_assessment(cast.case_manager, cast.intervention, {"rosh_rating": "high"})
    assert draft.is_draft
    assert draft.created_by == cast.case_manager


def test_it_refuses_an_assessment_without_who_is_at_risk_when_rosh_is_medium(cast: Cast) -> None:
    draft = save_assessment(cast.case_manager, cast.intervention, COMPLETE | {"rosh_rating": "medium"})
    with pytest.raises(ValidationError) as refusal:
        submit_assessment(cast.case_manager, draft)
    assert set(refusal.value.message_dict) == {"who_is_at_risk", "nature_of_risk"}
    draft.refresh_from_db()
    assert draft.is_draft


def test_a_complete_assessment_is_submitted_for_countersigning(cast: Cast) -> None:
    draft = save_assessment(cast.case_manager, cast.intervention, COMPLETE)
    submitted = submit_assessment(cast.case_manager, draft)
    submitted.refresh_from_db()
    assert submitted.status == "submitted"
    assert submitted.submitted_by == cast.case_manager
    assert submitted.submitted_at is not None


def test_a_refused_submission_saves_nothing(cast: Cast) -> None:
    with pytest.raises(ValidationError):
        save_and_submit_assessment(cast.case_manager, cast.intervention, {"rosh_rating": "high"})
    assert not Assessment.objects.exists()


def test_a_submitted_assessment_cannot_be_edited(cast: Cast) -> None:
    assessment = save_and_submit_assessment(cast.case_manager, cast.intervention, COMPLETE)
    with pytest.raises(ValidationError, match="submitted"):
        save_assessment(cast.case_manager, cast.intervention, {"motivation": "Changed"}, assessment)
