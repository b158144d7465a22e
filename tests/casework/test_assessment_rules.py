from __future__ import annotations

from yjs.casework.assessment_rules import AssessmentContent, assessment_errors, plan_errors


def content(**overrides: str) -> AssessmentContent:
    values = {
        "safety_rating": "low",
        "rosh_rating": "low",
        "reoffending_likelihood": "low",
        "who_is_at_risk": "",
        "nature_of_risk": "",
        "factors_for_desistance": "Supportive grandmother",
    }
    values.update(overrides)
    return AssessmentContent(**values)


def test_a_low_risk_assessment_needs_no_who_is_at_risk() -> None:
    assert assessment_errors(content()) == {}


def test_it_refuses_an_assessment_without_who_is_at_risk_when_rosh_is_medium() -> None:
    errors = assessment_errors(content(rosh_rating="medium", nature_of_risk="Violence when provoked"))
    assert set(errors) == {"who_is_at_risk"}


def test_it_refuses_a_very_high_rosh_assessment_without_the_nature_of_the_risk() -> None:
    errors = assessment_errors(content(rosh_rating="very_high", who_is_at_risk="Younger sibling"))
    assert set(errors) == {"nature_of_risk"}


def test_every_rating_is_needed_before_submitting() -> None:
    errors = assessment_errors(content(safety_rating="", rosh_rating="", reoffending_likelihood=""))
    assert set(errors) == {"safety_rating", "rosh_rating", "reoffending_likelihood"}


def test_a_plan_needs_a_contingency_when_the_child_safety_rating_is_medium() -> None:
    errors = plan_errors("Attend ETE", "Safe at home", "No victim contact", "", "medium", "low")
    assert set(errors) == {"contingency"}


def test_a_plan_for_a_low_risk_child_needs_no_contingency() -> None:
    assert plan_errors("Attend ETE", "Safe at home", "No victim contact", "", "low", "low") == {}
