"""The joint decision panel: arranging a sitting, recording each decision, and resolving a disagreement."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.core.roles import MANAGERS, Role
from yjs.diversion import access, decision_rules
from yjs.diversion.models import Escalation, Notification, PanelDecision, PanelMeeting
from yjs.diversion.pipeline import Action, next_stage
from yjs.diversion.services.steps import advance, save_step
from yjs.lib.formats import long_date

CHAIRS = MANAGERS | {Role.POLICE_OFFICER}


def _require_worker(user: User, service_id: int) -> None:
    if not access.may_work_pipeline(user) or user.service_id != service_id:
        raise PermissionDenied


def lock_stage(notification: Notification) -> None:
    """Hold the notification's row until the transaction ends, and read its stage afresh.

    Two people recording the same step at once (a double-clicked button, two browsers at the panel)
    must not both pass the stage check: the second waits here and is then refused the step.
    """
    current = Notification.objects.select_for_update().only("stage", "version").get(pk=notification.pk)
    notification.stage, notification.version = current.stage, current.version


def chairs_for(service_id: int) -> QuerySet[User]:
    """Who may chair a panel: the service's managers and its police officers."""
    return User.objects.filter(service_id=service_id, role__in=CHAIRS, is_active=True).order_by("last_name", "username")


def escalation_managers_for(service_id: int) -> QuerySet[User]:
    """Who a disagreement may be escalated to: the service's team and service managers."""
    return User.objects.filter(service_id=service_id, role__in=MANAGERS, is_active=True).order_by("last_name", "username")


@transaction.atomic
def arrange_panel(
    user: User,
    *,
    meeting_date: date,
    chair: User | None,
    police_attendees: str,
    yjs_attendees: str,
    early_help_attendees: str = "",
    other_attendees: str = "",
) -> PanelMeeting:
    """Arrange a sitting of the panel; a service holds at most one a day."""
    if not access.may_work_pipeline(user):
        raise PermissionDenied
    errors: dict[str, str] = {}
    if chair is not None and not chairs_for(user.service_id).filter(pk=chair.pk).exists():  # type: ignore[arg-type]
        errors["chair"] = _("Choose a manager or police officer of this service to chair the panel")
    if not police_attendees.strip():
        errors["police_attendees"] = _("Enter who is attending from the police")
    if not yjs_attendees.strip():
        errors["yjs_attendees"] = _("Enter who is attending from the YJS")
    if PanelMeeting.objects.filter(service_id=user.service_id, meeting_date=meeting_date).exists():
        errors["meeting_date"] = _("There is already a panel on %(day)s: add the cases to that one") % {
            "day": long_date(meeting_date)
        }
    if errors:
        raise ValidationError(errors)
    meeting = PanelMeeting(
        service_id=user.service_id,
        meeting_date=meeting_date,
        chair=chair,
        police_attendees=police_attendees.strip(),
        yjs_attendees=yjs_attendees.strip(),
        early_help_attendees=early_help_attendees.strip(),
        other_attendees=other_attendees.strip(),
    )
    save_step(meeting, user)
    return meeting


def _check_meeting(meeting: PanelMeeting, notification: Notification, today: date) -> None:
    if meeting.service_id != notification.service_id:
        raise ValidationError(_("The panel and the notification belong to different services."))
    if meeting.meeting_date > today:
        raise ValidationError(
            _("The panel meets on %(day)s: record its decisions on or after that day.")
            % {"day": long_date(meeting.meeting_date)}
        )
    if notification.proposed_on and meeting.meeting_date < notification.proposed_on:
        raise ValidationError(
            _("This panel sat before the police proposal of %(day)s: record the decision at a later panel.")
            % {"day": long_date(notification.proposed_on)}
        )


@transaction.atomic
def record_decision(
    user: User,
    meeting: PanelMeeting,
    notification: Notification,
    *,
    decision: str,
    rationale: str,
    police_position: str,
    yjs_position: str,
    agreed: bool | None,
    early_help_view: str = "",
    manager: User | None = None,
    due_on: date | None = None,
    today: date | None = None,
) -> PanelDecision:
    """Record what the panel decided for one child and why; a disagreement is escalated to a named manager.

    Only an agreed decision is final: after a disagreement the notification waits, escalated, and its
    decision stays unset until the manager resolves it.
    """
    _require_worker(user, notification.service_id)
    today = today or timezone.localdate()
    action = Action.DECIDE_AGREED if agreed else Action.DECIDE_DISAGREED
    lock_stage(notification)
    next_stage(notification.stage, action)  # TransitionRefused before anything is written
    _check_meeting(meeting, notification, today)
    errors = decision_rules.decision_errors(
        decision=decision, police_position=police_position, yjs_position=yjs_position, agreed=agreed, rationale=rationale
    )
    if agreed is False:
        errors.update(decision_rules.escalation_errors(manager_id=manager and manager.pk, due_on=due_on, today=today))
        if manager and not escalation_managers_for(notification.service_id).filter(pk=manager.pk).exists():
            errors["manager"] = _("Choose a team manager or service manager of this service")
    if errors:
        raise ValidationError(errors)
    record = PanelDecision(
        notification=notification,
        service_id=notification.service_id,
        meeting=meeting,
        decision=decision,
        rationale=rationale.strip(),
        police_position=police_position,
        yjs_position=yjs_position,
        early_help_view=early_help_view.strip(),
        agreed=bool(agreed),
    )
    save_step(record, user)
    if agreed:
        advance(notification, action, user, decided_on=meeting.meeting_date, decision=decision)
    else:
        save_step(Escalation(decision=record, service_id=notification.service_id, manager=manager, due_on=due_on), user)
        advance(notification, action, user)
    return record


@transaction.atomic
def resolve_escalation(
    user: User, escalation: Escalation, *, final_decision: str, resolution: str, on: date | None = None
) -> Escalation:
    """The named manager (or a service manager) settles a panel disagreement; the decision is then final."""
    notification = escalation.decision.notification
    if not access.may_resolve_escalation(user, escalation.manager_id) or user.service_id != escalation.service_id:
        raise PermissionDenied
    lock_stage(notification)
    next_stage(notification.stage, Action.RESOLVE_ESCALATION)
    if escalation.is_resolved:
        raise ValidationError(_("This disagreement has already been resolved."))
    errors = decision_rules.resolution_errors(final_decision=final_decision, resolution=resolution)
    if errors:
        raise ValidationError(errors)
    on = on or timezone.localdate()
    escalation.resolved_outcome = final_decision
    escalation.resolution = resolution.strip()
    escalation.resolved_on = on
    escalation.resolved_by = user
    save_step(escalation, user)
    advance(notification, Action.RESOLVE_ESCALATION, user, decided_on=on, decision=final_decision)
    return escalation
