"""What an assessment or plan must contain before it can be submitted, by risk level.

Inspectors' most repeated findings: assessments that rate risk of serious harm as medium or higher
without saying who is at risk and how, and plans with no contingency when a safety rating is raised.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from yjs.casework.vocabularies import RiskLevel, at_least


@dataclass(frozen=True)
class AssessmentContent:
    safety_rating: str
    rosh_rating: str
    reoffending_likelihood: str
    who_is_at_risk: str
    nature_of_risk: str
    factors_for_desistance: str = ""
    factors_against_desistance: str = ""


def assessment_errors(content: AssessmentContent) -> dict[str, str]:
    """Field errors that stop an assessment being submitted; empty when it may be."""
    errors: dict[str, str] = {}
    if not content.safety_rating:
        errors["safety_rating"] = _("Select a safety and wellbeing rating.")
    if not content.rosh_rating:
        errors["rosh_rating"] = _("Select a rating for risk of serious harm to others.")
    if not content.reoffending_likelihood:
        errors["reoffending_likelihood"] = _("Select the likelihood of reoffending.")
    if not (content.factors_for_desistance.strip() or content.factors_against_desistance.strip()):
        errors["factors_for_desistance"] = _("Enter the factors for or against desistance.")
    if at_least(content.rosh_rating, RiskLevel.MEDIUM):
        if not content.who_is_at_risk.strip():
            errors["who_is_at_risk"] = _("Enter who is at risk: risk of serious harm is medium or higher.")
        if not content.nature_of_risk.strip():
            errors["nature_of_risk"] = _("Enter the nature of the risk: risk of serious harm is medium or higher.")
    return errors


def contingency_required(safety_rating: str | None, rosh_rating: str | None) -> bool:
    return at_least(safety_rating, RiskLevel.MEDIUM) or at_least(rosh_rating, RiskLevel.MEDIUM)


def plan_errors(
    desistance_objectives: str,
    child_safety_objectives: str,
    others_safety_objectives: str,
    contingency: str,
    safety_rating: str | None,
    rosh_rating: str | None,
) -> dict[str, str]:
    """Field errors that stop a plan being submitted, given the ratings of the assessment it answers."""
    errors: dict[str, str] = {}
    if not desistance_objectives.strip():
        errors["desistance_objectives"] = _("Enter at least one objective for desistance.")
    if not child_safety_objectives.strip():
        errors["child_safety_objectives"] = _("Enter how the plan keeps the child safe.")
    if not others_safety_objectives.strip():
        errors["others_safety_objectives"] = _("Enter how the plan keeps other people safe.")
    if contingency_required(safety_rating, rosh_rating) and not contingency.strip():
        errors["contingency"] = _(
            "Enter the contingency arrangements: a safety rating in the assessment is medium or higher."
        )
    return errors
