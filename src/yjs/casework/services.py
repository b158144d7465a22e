"""Changes to casework: one function per thing a user means to do, each in a transaction.

Every record keeps who made and last changed it, django-simple-history keeps each version, and an
edit of an existing record is refused (StaleRecordError) if someone saved it after the page was opened.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.casework import review_schedule
from yjs.casework.assessment_rules import AssessmentContent, assessment_errors, plan_errors
from yjs.casework.continuity import ALLOCATABLE_ROLES
from yjs.casework.deadlines import CaseworkRules
from yjs.casework.models import Allocation, Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.queries import SUBMITTED_OR_SIGNED, may_allocate, may_change_intervention, may_countersign
from yjs.casework.vocabularies import ContactStatus, InterventionEnding, InterventionLevel, RecordStatus
from yjs.children.queries import may_change_casework
from yjs.core.concurrency import save_versioned
from yjs.core.models import CaseRecord, Team, User
from yjs.core.roles import Role
from yjs.justice.models import Outcome

# An intervention is recorded when it begins or shortly before; a date further off is a typing mistake.
START_DATE_HORIZON_DAYS = 365

R = TypeVar("R", bound=CaseRecord)
Draftable = TypeVar("Draftable", Assessment, Plan)

ASSESSMENT_FIELDS = (
    "factors_for_desistance",
    "factors_against_desistance",
    "motivation",
    "strengths",
    "safety_analysis",
    "safety_rating",
    "harm_analysis",
    "rosh_rating",
    "who_is_at_risk",
    "nature_of_risk",
    "reoffending_likelihood",
    "intervention_level",
)
PLAN_FIELDS = ("desistance_objectives", "child_safety_objectives", "others_safety_objectives", "contingency")
REVIEW_FIELDS = ("review_date", "reason", "progress", "changes", "plan_adjusted")
SIGNIFICANT_CHANGE_FIELDS = ("occurred_on", "description")
CONTACT_FIELDS = ("scheduled_at", "contact_type", "status", "note")
CONTACT_OUTCOMES = (ContactStatus.ATTENDED, ContactStatus.DID_NOT_ATTEND, ContactStatus.CANCELLED)


def _assign(record: Any, data: dict[str, Any], allowed: tuple[str, ...]) -> None:
    for name in allowed:
        if name in data:
            setattr(record, name, data[name] if data[name] is not None else "")


def _require_change(user: User, intervention: Intervention) -> None:
    if not may_change_intervention(user, intervention):
        raise PermissionDenied


def _new_part(model: type[R], user: User, intervention: Intervention) -> R:
    return model(intervention=intervention, service_id=intervention.service_id, created_by=user, modified_by=user)


def _attribute(record: models.Model, user: User) -> None:
    # simple_history takes the user from the request; name them here too, for commands and the API.
    record._history_user = user  # type: ignore[attr-defined]


def _save(record: CaseRecord, user: User, expected_version: int | None) -> None:
    """Save a new record, or an existing one only if it is still at the version the page was opened at."""
    _attribute(record, user)
    if record.pk is None:
        record.save()
    else:
        save_versioned(record, user, record.version if expected_version is None else expected_version)


def recompute_next_review(intervention: Intervention, rules: CaseworkRules | None = None) -> date | None:
    """Work out when the next review falls due from the reviews and significant changes recorded."""
    rules = rules or CaseworkRules.from_settings()
    due = review_schedule.next_review_due(
        intervention.start_date,
        intervention.reviews.filter(archived_at__isnull=True).values_list("review_date", flat=True),
        intervention.significant_changes.filter(archived_at__isnull=True).values_list("occurred_on", flat=True),
        end_date=intervention.end_date,
        interval_months=rules.review_interval_months,
        holidays=rules.holidays,
    )
    if due != intervention.next_review_due:
        # A derived field: written directly so it never collides with someone's edit of the intervention.
        Intervention.objects.filter(pk=intervention.pk).update(next_review_due=due)
        intervention.next_review_due = due
    return due


# Interventions and allocation


def _check_case_manager(intervention: Intervention, case_manager: User) -> None:
    if (
        case_manager.service_id != intervention.service_id
        or case_manager.role not in ALLOCATABLE_ROLES
        or not case_manager.is_active
    ):
        raise ValidationError({"case_manager": _("Choose a case manager or team manager of this service.")})


def _open_allocation(user: User, intervention: Intervention, case_manager: User, on: date) -> None:
    for current in intervention.allocations.filter(ended_on__isnull=True):
        current.ended_on = on
        _attribute(current, user)
        current.save()
    allocation = Allocation(intervention=intervention, case_manager=case_manager, allocated_by=user, allocated_on=on)
    _attribute(allocation, user)
    allocation.save()


@transaction.atomic
def start_intervention(
    user: User,
    outcome: Outcome,
    *,
    team: Team,
    start_date: date,
    planned_end_date: date | None = None,
    case_manager: User | None = None,
    level: str = InterventionLevel.STANDARD,
) -> Intervention:
    """Start the YJS's supervision of an outcome. Only outcomes the YJS may supervise can have one."""
    if not may_change_casework(user) or outcome.service_id != user.service_id:
        raise PermissionDenied
    if not outcome.outcome_type.may_be_supervised:
        raise ValidationError(
            _("%(name)s is not supervised by the youth justice service.") % {"name": outcome.outcome_type.name}
        )
    if start_date < outcome.outcome_date:
        raise ValidationError({"start_date": _("The start date must be on or after the date of the outcome.")})
    if start_date > timezone.localdate() + timedelta(days=START_DATE_HORIZON_DAYS):
        raise ValidationError({"start_date": _("The start date must be within a year from today.")})
    if outcome.interventions.open().exists():
        raise ValidationError(_("This outcome already has an open intervention."))
    if team.service_id != outcome.service_id:
        raise ValidationError({"team": _("Choose a team of this service.")})
    if user.role != Role.SERVICE_MANAGER and team.pk != user.team_id:
        raise ValidationError({"team": _("You can start an intervention only in your own team.")})
    intervention = Intervention(
        child=outcome.child,
        outcome=outcome,
        service_id=outcome.service_id,
        team=team,
        start_date=start_date,
        planned_end_date=planned_end_date,
        case_manager=case_manager,
        level=level,
        created_by=user,
        modified_by=user,
    )
    if case_manager is not None:
        _check_case_manager(intervention, case_manager)
    intervention.next_review_due = review_schedule.next_review_due(
        start_date, [], [], interval_months=CaseworkRules.from_settings().review_interval_months
    )
    intervention.full_clean()
    _save(intervention, user, None)
    if case_manager is not None:
        _open_allocation(user, intervention, case_manager, timezone.localdate())
    return intervention


@transaction.atomic
def allocate(
    user: User, intervention: Intervention, case_manager: User, expected_version: int | None = None
) -> Intervention:
    """Give the case to `case_manager`, ending the previous allocation and keeping the trail.

    A case allocated to someone in another team moves to that team, so the new case manager's team
    can see the child (children are scoped by team).
    """
    if not may_allocate(user, intervention):
        raise PermissionDenied
    if not intervention.is_open:
        raise ValidationError(_("This intervention has been closed."))
    _check_case_manager(intervention, case_manager)
    if case_manager.pk == intervention.case_manager_id:
        raise ValidationError({"case_manager": _("The case is already allocated to %(name)s.") % {"name": case_manager}})
    intervention.case_manager = case_manager
    if case_manager.team_id and case_manager.team_id != intervention.team_id:
        intervention.team_id = case_manager.team_id
    _save(intervention, user, expected_version)
    _open_allocation(user, intervention, case_manager, timezone.localdate())
    return intervention


@transaction.atomic
def close_intervention(
    user: User,
    intervention: Intervention,
    end_date: date,
    reason: str,
    expected_version: int | None = None,
    *,
    ending: str,
) -> Intervention:
    """Close the intervention, recording how it ended (completed, or why not) beside the reason in words."""
    _require_change(user, intervention)
    if not intervention.is_open:
        raise ValidationError(_("This intervention has already been closed."))
    if ending not in InterventionEnding.values:
        raise ValidationError({"ending": _("Select how the intervention ended.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Enter the reason for closing the intervention.")})
    if end_date > timezone.localdate():
        raise ValidationError({"end_date": _("The end date must be today or in the past.")})
    intervention.end_date = end_date
    intervention.closure_reason = reason.strip()
    intervention.ending = ending
    intervention.full_clean()
    intervention.next_review_due = None
    _save(intervention, user, expected_version)
    for current in intervention.allocations.filter(ended_on__isnull=True):
        current.ended_on = end_date
        _attribute(current, user)
        current.save()
    recompute_next_review(intervention)
    return intervention


# Assessments


def _require_draft(record: Assessment | Plan) -> None:
    if not record.is_draft:
        raise ValidationError(
            _("This %(what)s has been submitted: it can be changed only if a manager returns it.")
            % {"what": record._meta.verbose_name}
        )


def _save_draft(
    user: User,
    intervention: Intervention,
    model: type[Draftable],
    fields: tuple[str, ...],
    data: dict[str, Any],
    record: Draftable | None,
    expected_version: int | None,
) -> Draftable:
    """Assessments and plans are saved the same way: any content while a draft, nothing once submitted."""
    _require_change(user, intervention)
    if record is None:
        record = _new_part(model, user, intervention)
    else:
        _require_draft(record)
    _assign(record, data, fields)
    record.modified_by = user
    record.full_clean()
    _save(record, user, expected_version)
    return record


@transaction.atomic
def save_assessment(
    user: User,
    intervention: Intervention,
    data: dict[str, Any],
    assessment: Assessment | None = None,
    expected_version: int | None = None,
) -> Assessment:
    """Save an assessment as a draft: a draft may be incomplete."""
    return _save_draft(user, intervention, Assessment, ASSESSMENT_FIELDS, data, assessment, expected_version)


@transaction.atomic
def submit_assessment(user: User, assessment: Assessment) -> Assessment:
    """Submit for countersigning; refused with the field errors when something the rules need is missing."""
    _require_change(user, assessment.intervention)
    _require_draft(assessment)
    errors = assessment_errors(
        AssessmentContent(
            safety_rating=assessment.safety_rating,
            rosh_rating=assessment.rosh_rating,
            reoffending_likelihood=assessment.reoffending_likelihood,
            who_is_at_risk=assessment.who_is_at_risk,
            nature_of_risk=assessment.nature_of_risk,
            factors_for_desistance=assessment.factors_for_desistance,
            factors_against_desistance=assessment.factors_against_desistance,
        )
    )
    if errors:
        raise ValidationError(errors)
    _mark_submitted(user, assessment)
    return assessment


@transaction.atomic
def save_and_submit_assessment(
    user: User,
    intervention: Intervention,
    data: dict[str, Any],
    assessment: Assessment | None = None,
    expected_version: int | None = None,
) -> Assessment:
    """What the Submit button does: save what was typed and submit it, or neither."""
    assessment = save_assessment(user, intervention, data, assessment, expected_version)
    return submit_assessment(user, assessment)


def _mark_submitted(user: User, record: Assessment | Plan) -> None:
    record.status = RecordStatus.SUBMITTED
    record.submitted_at = timezone.now()
    record.submitted_by = user
    _save(record, user, record.version)


def _countersign(user: User, record: Assessment | Plan, note: str) -> None:
    if record.status != RecordStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted %(what)s can be countersigned.") % {"what": record._meta.verbose_name})
    if not may_countersign(user, record):
        raise PermissionDenied
    record.status = RecordStatus.COUNTERSIGNED
    record.countersigned_at = timezone.now()
    record.countersigned_by = user
    record.oversight_note = note.strip()
    _save(record, user, record.version)


def _return_to_draft(user: User, record: Assessment | Plan, note: str) -> None:
    if record.status != RecordStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted %(what)s can be returned.") % {"what": record._meta.verbose_name})
    if not may_countersign(user, record):
        raise PermissionDenied
    if not note.strip():
        raise ValidationError({"note": _("Enter what needs to change before it is submitted again.")})
    record.status = RecordStatus.DRAFT
    record.submitted_at = None
    record.submitted_by = None
    record.oversight_note = note.strip()
    _save(record, user, record.version)


@transaction.atomic
def countersign_assessment(user: User, assessment: Assessment, note: str = "") -> Assessment:
    _countersign(user, assessment, note)
    return assessment


@transaction.atomic
def return_assessment(user: User, assessment: Assessment, note: str) -> Assessment:
    _return_to_draft(user, assessment, note)
    return assessment


# Plans


def latest_assessment(intervention: Intervention) -> Assessment | None:
    """The assessment a plan answers: the intervention's most recently submitted one."""
    return (
        intervention.assessments.filter(status__in=SUBMITTED_OR_SIGNED, archived_at__isnull=True)
        .order_by("-submitted_at", "-pk")
        .first()
    )


@transaction.atomic
def save_plan(
    user: User,
    intervention: Intervention,
    data: dict[str, Any],
    plan: Plan | None = None,
    expected_version: int | None = None,
) -> Plan:
    return _save_draft(user, intervention, Plan, PLAN_FIELDS, data, plan, expected_version)


@transaction.atomic
def submit_plan(user: User, plan: Plan) -> Plan:
    """Submit for countersigning, checked against the ratings of the assessment the plan answers."""
    _require_change(user, plan.intervention)
    _require_draft(plan)
    assessment = latest_assessment(plan.intervention)
    if assessment is None:
        raise ValidationError(_("Submit an assessment for this intervention before submitting its plan."))
    errors = plan_errors(
        plan.desistance_objectives,
        plan.child_safety_objectives,
        plan.others_safety_objectives,
        plan.contingency,
        assessment.safety_rating,
        assessment.rosh_rating,
    )
    if errors:
        raise ValidationError(errors)
    plan.assessment = assessment
    _mark_submitted(user, plan)
    return plan


@transaction.atomic
def save_and_submit_plan(
    user: User,
    intervention: Intervention,
    data: dict[str, Any],
    plan: Plan | None = None,
    expected_version: int | None = None,
) -> Plan:
    plan = save_plan(user, intervention, data, plan, expected_version)
    return submit_plan(user, plan)


@transaction.atomic
def countersign_plan(user: User, plan: Plan, note: str = "") -> Plan:
    _countersign(user, plan, note)
    return plan


@transaction.atomic
def return_plan(user: User, plan: Plan, note: str) -> Plan:
    _return_to_draft(user, plan, note)
    return plan


# Reviews, significant changes and contacts


def _record_part(model: type[R], user: User, intervention: Intervention, data: dict[str, Any], fields: tuple[str, ...]) -> R:
    _require_change(user, intervention)
    if not intervention.is_open:
        raise ValidationError(_("This intervention has been closed."))
    record = _new_part(model, user, intervention)
    _assign(record, data, fields)
    record.full_clean()
    _save(record, user, None)
    recompute_next_review(intervention)
    return record


def _check_past_date(intervention: Intervention, field: str, day: date | None, what: str) -> None:
    # Reviews and changes are records of what happened: planned ones belong in contacts.
    if day is None:
        return
    if day < intervention.start_date:
        raise ValidationError({field: _("The %(what)s must be on or after the start of the intervention.") % {"what": what}})
    if day > timezone.localdate():
        raise ValidationError({field: _("The %(what)s must be today or in the past.") % {"what": what}})


@transaction.atomic
def record_review(user: User, intervention: Intervention, data: dict[str, Any]) -> Review:
    _check_past_date(intervention, "review_date", data.get("review_date"), _("date of the review"))
    return _record_part(Review, user, intervention, data, REVIEW_FIELDS)


@transaction.atomic
def record_significant_change(user: User, intervention: Intervention, data: dict[str, Any]) -> SignificantChange:
    """Record a significant change in the child's life: it brings the next review forward."""
    _check_past_date(intervention, "occurred_on", data.get("occurred_on"), _("date of the change"))
    return _record_part(SignificantChange, user, intervention, data, SIGNIFICANT_CHANGE_FIELDS)


@transaction.atomic
def record_contact(user: User, intervention: Intervention, data: dict[str, Any]) -> Contact:
    return _record_part(Contact, user, intervention, data, CONTACT_FIELDS)


@transaction.atomic
def record_contact_outcome(
    user: User, contact: Contact, status: str, note: str, expected_version: int | None = None
) -> Contact:
    """Say whether a planned contact happened: attended, did not attend, or cancelled."""
    _require_change(user, contact.intervention)
    if status not in CONTACT_OUTCOMES:
        raise ValidationError({"status": _("Select whether the child attended, did not attend, or it was cancelled.")})
    if status == ContactStatus.DID_NOT_ATTEND and not note.strip():
        raise ValidationError({"note": _("Enter what happened and what will be done about the missed contact.")})
    contact.status = status
    contact.note = note.strip()
    _save(contact, user, expected_version)
    recompute_next_review(contact.intervention)
    return contact
