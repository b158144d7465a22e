"""The police proposal, and the YJS brief assessment that can change it.

The police sergeant proposes once screening is in: every agency has answered, or the ones that have
not are past their due date. A late agency must not hold a child's decision up indefinitely, so in
that case the proposal goes ahead and **screening counts as complete on the day the proposal was
made** (`screening_completed_on` = `proposed_on`): the timeliness report then measures screening as
the time the child waited for it, whether it ended with the last answer or with the decision to
go ahead without it.

A proposal of an outcome that needs a brief assessment (settings: ASSESSED_DECISIONS) sends the
notification to assessment, due 10 working days after the proposal (the casework rule for an
out-of-court assessment); a manager allocates it, the case manager records it, and completing it
sends the notification to the panel with both the police proposal and the YJS recommendation.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.casework.continuity import Suggestion, allocatable_staff, suggested_case_managers
from yjs.casework.deadlines import CaseworkRules, assessment_due
from yjs.casework.models import Intervention
from yjs.core.models import User
from yjs.core.roles import MANAGERS
from yjs.diversion import access
from yjs.diversion.models import BriefAssessment, Notification, Proposal
from yjs.diversion.pipeline import Action, next_stage
from yjs.diversion.rules import DiversionRules, needs_brief_assessment
from yjs.diversion.services.screening import still_awaited
from yjs.diversion.services.steps import advance, save_step
from yjs.diversion.vocabularies import Stage
from yjs.lib.formats import long_date

PROPOSAL_FIELDS = ["proposed_outcome", "offence_category", "seriousness", "reasons", "brief_assessment_needed"]
ASSESSMENT_FIELDS = ["needs", "summary", "recommended_outcome"]


def proposal_refusal(notification: Notification, today: date | None = None) -> str | None:
    """Why the police may not propose for this notification now, in words for the page; None when they may."""
    today = today or timezone.localdate()
    if notification.stage == Stage.PROPOSAL:
        return None
    if notification.stage != Stage.SCREENING:
        return _("An outcome can only be proposed once screening is in. This case is at the stage: %(stage)s.") % {
            "stage": notification.get_stage_display()
        }
    awaited = still_awaited(notification, today)
    if not awaited:
        return None
    waiting = ", ".join(
        _("%(agency)s (due %(due)s)") % {"agency": r.agency, "due": long_date(r.due_on)} for r in awaited
    )
    return _("Screening is not in yet. Still waiting for: %(waiting)s. You can propose once they answer or are overdue.") % {
        "waiting": waiting
    }


@transaction.atomic
def propose(
    user: User,
    notification: Notification,
    data: dict[str, Any],
    expected_version: int | None = None,
    on: date | None = None,
) -> Proposal:
    """Record the police proposal and move the notification to assessment or to the panel.

    TransitionRefused from a stage that does not allow a proposal; ValidationError while screening is
    still awaited, or when the proposal is incomplete.
    """
    if not access.may_work_pipeline(user) or notification.service_id != user.service_id:
        raise PermissionDenied
    today = on or timezone.localdate()
    rules = DiversionRules.from_settings()
    needs_assessment = bool(data.get("brief_assessment_needed")) or needs_brief_assessment(
        str(data.get("proposed_outcome") or ""), rules
    )
    action = Action.PROPOSE_FOR_ASSESSMENT if needs_assessment else Action.PROPOSE
    from_stage = notification.stage
    next_stage(from_stage, action)  # TransitionRefused before anything is checked or saved
    refusal = proposal_refusal(notification, today)
    if refusal:
        raise ValidationError(refusal)
    proposal = Proposal(
        notification=notification,
        service_id=notification.service_id,
        **{name: data.get(name) for name in PROPOSAL_FIELDS if name != "brief_assessment_needed"},
        brief_assessment_needed=needs_assessment,
    )
    proposal.reasons = str(proposal.reasons or "").strip()
    proposal.full_clean(exclude=["notification", "service", "created_by", "modified_by"])
    save_step(proposal, user)
    changes: dict[str, Any] = {"proposed_on": today}
    if from_stage == Stage.SCREENING:
        changes["screening_completed_on"] = today
    advance(notification, action, user, expected_version, **changes)
    if needs_assessment:
        casework_rules = CaseworkRules.from_settings()
        save_step(
            BriefAssessment(
                notification=notification,
                service_id=notification.service_id,
                due_on=assessment_due(today, out_of_court=True, rules=casework_rules),
            ),
            user,
        )
    return proposal


# The brief assessment


def may_allocate_assessment(user: User, assessment: BriefAssessment) -> bool:
    return user.is_authenticated and user.role in MANAGERS and user.service_id == assessment.service_id


def may_record_assessment(user: User, assessment: BriefAssessment) -> bool:
    """The case manager it is allocated to, or a manager of the service stepping in."""
    if not user.is_authenticated or user.service_id != assessment.service_id:
        return False
    return user.role in MANAGERS or (assessment.case_manager_id is not None and assessment.case_manager_id == user.pk)


def suggested_for_assessment(notification: Notification) -> list[Suggestion]:
    """Staff who worked with the child, or the family, before: continuity as casework allocation offers it.

    The casework rule is written for an intervention; an unsaved one for this child asks it the same question.
    """
    if notification.child_id is None:
        return []
    return suggested_case_managers(Intervention(child=notification.child, service_id=notification.service_id))


def _check_open_assessment(assessment: BriefAssessment) -> None:
    if assessment.completed_on is not None:
        raise ValidationError(_("This brief assessment has been completed and can no longer be changed."))
    next_stage(assessment.notification.stage, Action.COMPLETE_ASSESSMENT)


@transaction.atomic
def allocate_brief_assessment(
    user: User,
    assessment: BriefAssessment,
    case_manager: User,
    expected_version: int | None = None,
    on: date | None = None,
) -> BriefAssessment:
    if not may_allocate_assessment(user, assessment):
        raise PermissionDenied
    _check_open_assessment(assessment)
    if not allocatable_staff(assessment.service_id).filter(pk=case_manager.pk).exists():
        raise ValidationError({"case_manager": _("Choose a case manager or team manager of your service")})
    assessment.case_manager = case_manager
    assessment.allocated_on = on or timezone.localdate()
    save_step(assessment, user, expected_version)
    return assessment


def _fill(assessment: BriefAssessment, data: dict[str, Any]) -> None:
    assessment.needs = str(data.get("needs") or "").strip()
    assessment.summary = str(data.get("summary") or "").strip()
    assessment.recommended_outcome = str(data.get("recommended_outcome") or "")


@transaction.atomic
def save_brief_assessment(
    user: User, assessment: BriefAssessment, data: dict[str, Any], expected_version: int | None = None
) -> BriefAssessment:
    """Save a draft: any of the three parts may still be empty."""
    if not may_record_assessment(user, assessment):
        raise PermissionDenied
    _check_open_assessment(assessment)
    _fill(assessment, data)
    assessment.full_clean(exclude=["notification", "service", "case_manager", "created_by", "modified_by"])
    save_step(assessment, user, expected_version)
    return assessment


@transaction.atomic
def complete_brief_assessment(
    user: User,
    assessment: BriefAssessment,
    data: dict[str, Any],
    expected_version: int | None = None,
    on: date | None = None,
) -> BriefAssessment:
    """Complete the assessment (all three parts needed) and send the notification to the panel."""
    if not may_record_assessment(user, assessment):
        raise PermissionDenied
    _check_open_assessment(assessment)
    _fill(assessment, data)
    missing = {
        "needs": _("Enter the child's needs and circumstances"),
        "summary": _("Enter the assessment summary"),
        "recommended_outcome": _("Select the outcome you recommend"),
    }
    errors = {name: message for name, message in missing.items() if not getattr(assessment, name)}
    if errors:
        raise ValidationError(errors)
    assessment.full_clean(exclude=["notification", "service", "case_manager", "created_by", "modified_by"])
    today = on or timezone.localdate()
    assessment.completed_on = today
    save_step(assessment, user, expected_version)
    advance(assessment.notification, Action.COMPLETE_ASSESSMENT, user)
    return assessment
