"""Delivering the panel's decision: the outcome in justice, the intervention in casework, and follow-up."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.casework.continuity import suggested_case_managers
from yjs.casework.models import Intervention
from yjs.casework.services import start_intervention
from yjs.children.queries import may_change_casework
from yjs.core.models import Team, User
from yjs.diversion import access, outcome_rules
from yjs.diversion.models import Notification
from yjs.diversion.pipeline import Action, next_stage
from yjs.diversion.services.panel import lock_stage
from yjs.diversion.services.steps import advance, save_step
from yjs.diversion.vocabularies import OUTCOME_TYPE_FOR_DECISION, Decision
from yjs.justice.models import Offence, OutcomeType
from yjs.justice.services import record_offence, record_outcome
from yjs.lib.formats import long_date


def _require_worker(user: User, notification: Notification) -> None:
    if not access.may_work_pipeline(user) or user.service_id != notification.service_id:
        raise PermissionDenied


def outcome_type_for(notification: Notification) -> OutcomeType | None:
    """The registry entry the decision is recorded as; None for a charge, which goes to court."""
    code = OUTCOME_TYPE_FOR_DECISION.get(notification.decision)
    return OutcomeType.objects.get(pk=code) if code else None


def suggested_case_manager(notification: Notification) -> User | None:
    """Who should supervise: whoever did the brief assessment knows the child; else continuity's first choice."""
    try:
        assessor = notification.brief_assessment.case_manager
    except ObjectDoesNotExist:
        assessor = None
    if assessor is not None and assessor.is_active:
        return assessor
    if notification.child is None:
        return None
    unsaved = Intervention(child=notification.child, service_id=notification.service_id)
    suggestions = suggested_case_managers(unsaved)
    return suggestions[0].user if suggestions else None


def _offence_for(user: User, notification: Notification) -> Offence:
    try:
        proposal = notification.proposal
    except ObjectDoesNotExist:
        proposal = None
    category = (proposal.offence_category if proposal else "") or notification.offence_category
    if proposal is None or not category:
        raise ValidationError(
            _("The offence category and seriousness come from the police proposal, and there is none to take them from.")
        )
    return record_offence(
        user,
        notification.child,  # type: ignore[arg-type]
        {
            "offence_date": notification.offence_date,
            "description": notification.offence_description,
            "category": category,
            "seriousness": proposal.seriousness,
            "gravity": notification.gravity_score,
            "police_reference": notification.police_reference,
        },
    )


@transaction.atomic
def deliver_outcome(
    user: User,
    notification: Notification,
    *,
    delivered_on: date,
    supervise: bool = False,
    team: Team | None = None,
    case_manager: User | None = None,
    length_months: int | None = None,
    today: date | None = None,
) -> Notification:
    """Record the decided outcome in justice and, where the YJS supervises it, start the intervention.

    All or nothing: if any part is refused (the offence, the outcome, the intervention), none is kept.
    """
    _require_worker(user, notification)
    lock_stage(notification)
    next_stage(notification.stage, Action.DELIVER_OUTCOME)
    outcome_type = outcome_type_for(notification)
    if outcome_type is None:
        raise ValidationError(_("A charge has no out-of-court outcome: record the date of the charge instead."))
    if notification.child is None:
        raise ValidationError(_("Match the notification to a child before recording the outcome."))
    today = today or timezone.localdate()
    errors: dict[str, str] = {}
    problem = outcome_rules.delivery_date_error(delivered_on, notification.decided_on, today)
    if problem:
        errors["delivered_on"] = problem
    if outcome_rules.needs_length(outcome_type) and length_months is None:
        errors["length_months"] = _("Enter the length of the %(name)s in months") % {"name": outcome_type.name}
    supervised = outcome_rules.yjs_supervises(outcome_type.supervision, supervise)
    if supervised and not may_change_casework(user):
        errors["supervise"] = _(
            "The YJS supervises a %(name)s: a team manager or service manager records it, to start the intervention"
        ) % {"name": outcome_type.name}
    elif supervised and team is None:
        errors["team"] = _("Select the team that will supervise the %(name)s") % {"name": outcome_type.name}
    if errors:
        raise ValidationError(errors)
    offence = _offence_for(user, notification)
    data: dict[str, object] = {"outcome_type": outcome_type, "outcome_date": delivered_on}
    if length_months is not None:
        data["length_months"] = length_months
    outcome = record_outcome(user, notification.child, data, [offence])
    intervention = None
    if supervised:
        intervention = start_intervention(
            user,
            outcome,
            team=team,
            start_date=delivered_on,
            case_manager=case_manager,  # type: ignore[arg-type]
        )
    return advance(
        notification,
        Action.DELIVER_OUTCOME,
        user,
        outcome=outcome,
        intervention=intervention,
        outcome_delivered_on=delivered_on,
    )


@transaction.atomic
def record_charge(user: User, notification: Notification, *, charged_on: date, today: date | None = None) -> Notification:
    """A charge ends the out-of-court process: the child goes to court, and no out-of-court outcome is recorded."""
    _require_worker(user, notification)
    lock_stage(notification)
    next_stage(notification.stage, Action.DELIVER_OUTCOME)
    if notification.decision != Decision.CHARGE:
        raise ValidationError(_("Only a decision to charge is completed by recording the charge."))
    problem = outcome_rules.delivery_date_error(charged_on, notification.decided_on, today or timezone.localdate())
    if problem:
        raise ValidationError({"delivered_on": problem})
    return advance(notification, Action.DELIVER_OUTCOME, user, outcome_delivered_on=charged_on)


def may_follow_up(user: User, notification: Notification) -> bool:
    """Those who work the pipeline, and the case manager supervising the child's intervention."""
    if user.service_id != notification.service_id:
        return False
    if access.may_work_pipeline(user):
        return True
    intervention = notification.intervention
    return intervention is not None and intervention.case_manager_id == user.pk and user.is_authenticated


def _note(user: User, on: date, what: str, note: str) -> str:
    return f"{long_date(on)}, {user.get_full_name() or user.get_username()}: {what} {note.strip()}"


def _append(history: str, entry: str) -> str:
    # Earlier notes are kept: the follow-up's whole story stays on the record, newest last.
    return f"{history}\n\n{entry}" if history else entry


@transaction.atomic
def flag_not_engaging(
    user: User, notification: Notification, *, note: str, on: date | None = None, expected_version: int | None = None
) -> Notification:
    """Put a child who is not engaging on the follow-up list, so they are not silently dropped."""
    if not may_follow_up(user, notification):
        raise PermissionDenied
    if not notification.child_id or notification.stage == "withdrawn":
        raise ValidationError(_("Only a child whose case is still being dealt with can be flagged as not engaging."))
    if notification.not_engaging_since:
        raise ValidationError(_("This child is already flagged as not engaging: record the follow-up instead."))
    if not note.strip():
        raise ValidationError({"note": _("Enter what has happened: how the child has not engaged")})
    on = on or timezone.localdate()
    notification.not_engaging_since = on
    notification.not_engaging_note = _append(notification.not_engaging_note, _note(user, on, _("Not engaging."), note))
    save_step(notification, user, expected_version)
    return notification


@transaction.atomic
def record_follow_up(
    user: User, notification: Notification, *, note: str, on: date | None = None, expected_version: int | None = None
) -> Notification:
    """Record what was done about a child not engaging; the flag is cleared and the note kept."""
    if not may_follow_up(user, notification):
        raise PermissionDenied
    if not notification.not_engaging_since:
        raise ValidationError(_("This child is not flagged as not engaging."))
    if not note.strip():
        raise ValidationError({"note": _("Enter the follow-up: what was done and what happens next")})
    on = on or timezone.localdate()
    notification.not_engaging_since = None
    notification.not_engaging_note = _append(notification.not_engaging_note, _note(user, on, _("Followed up."), note))
    save_step(notification, user, expected_version)
    return notification
