from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tests.casework.conftest import submitted_assessment
from tests.conftest import Cast
from yjs.casework.services import countersign_plan, save_plan, submit_plan

OBJECTIVES = {
    "desistance_objectives": "Attend college; weekly sessions on consequential thinking.",
    "child_safety_objectives": "Safety plan agreed with mother and social worker.",
    "others_safety_objectives": "No contact with the victim; curfew.",
}


def test_it_refuses_a_plan_without_contingency_when_the_assessment_rates_safety_medium(cast: Cast) -> None:
    submitted_assessment(cast.intervention, cast.case_manager, safety_rating="medium")
    plan = save_plan(cast.case_manager, cast.intervention, OBJECTIVES)
    with pytest.raises(ValidationError) as refusal:
        submit_plan(cast.case_manager, plan)
    assert "contingency" in refusal.value.message_dict
    assert "medium or higher" in refusal.value.message_dict["contingency"][0]


def test_it_refuses_a_plan_without_contingency_when_rosh_is_high(cast: Cast) -> None:
    submitted_assessment(
        cast.intervention, cast.case_manager, rosh_rating="high", who_is_at_risk="Peers", nature_of_risk="Knife"
    )
    plan = save_plan(cast.case_manager, cast.intervention, OBJECTIVES)
    with pytest.raises(ValidationError):
        submit_plan(cast.case_manager, plan)


def test_a_plan_for_a_low_risk_assessment_needs_no_contingency(cast: Cast) -> None:
    assessment = submitted_assessment(cast.intervention, cast.case_manager)
    plan = submit_plan(cast.case_manager, save_plan(cast.case_manager, cast.intervention, OBJECTIVES))
    assert plan.status == "submitted"
    assert plan.assessment == assessment


def test_a_plan_cannot_be_submitted_before_an_assessment(cast: Cast) -> None:
    plan = save_plan(cast.case_manager, cast.intervention, OBJECTIVES)
    with pytest.raises(ValidationError, match="assessment"):
        submit_plan(cast.case_manager, plan)


def test_a_submitted_plan_is_countersigned_by_the_team_manager(cast: Cast) -> None:
    submitted_assessment(cast.intervention, cast.case_manager)
    plan = submit_plan(cast.case_manager, save_plan(cast.case_manager, cast.intervention, OBJECTIVES))
    countersign_plan(cast.team_manager, plan, "Meets the needs of the case.")
    plan.refresh_from_db()
    assert plan.status == "countersigned"
