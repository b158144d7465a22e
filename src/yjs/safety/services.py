"""Changes to the safety records, one function per thing staff do, each in a transaction.

Each checks who is acting (PermissionDenied otherwise), checks the record with its model's rules
(full_clean, so dates run in order), and saves it with who did it in its history. A change to a saved record
takes the version its page was opened at and is refused (StaleRecordError) when someone else has saved the
record since, rather than silently overwriting their change. A record made in error is removed: archived with
the reason and who removed it (core.archiving), never deleted, and kept in its history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.casework.models import Plan
from yjs.children.models import Child
from yjs.children.queries import children_visible_to, may_change_casework
from yjs.core.archiving import archive
from yjs.core.concurrency import save_checked
from yjs.core.models import User
from yjs.lib.formats import long_date
from yjs.safety import access
from yjs.safety.models import (
    ContingencyReview,
    ExploitationScreening,
    MappaRecord,
    NrmReferral,
    PanelAttendee,
    PanelMeeting,
    PanelReferral,
    SafetyAction,
)
from yjs.safety.vocabularies import ReferralReason

MEETING_FIELDS = ("held_on", "chair", "notes")
MAPPA_FIELDS = ("category", "level", "started_on", "next_meeting_on", "ended_on")
SCREENING_FIELDS = ("screened_on", "indicators", "missing_episodes", "associates", "locations", "risk", "summary")
NRM_FIELDS = (
    "referred_on",
    "exploitation_type",
    "reasonable_grounds_on",
    "reasonable_grounds",
    "conclusive_grounds_on",
    "conclusive_grounds",
)
DECISION_FIELDS = ("decided_on", "agreed_rosh", "agreed_safety", "decision", "review_on")


def _save(record: Any, user: User, expected_version: int | None = None) -> None:
    """Check and save `record`; a saved case record must still be at `expected_version` (by default, the
    version it was read at) or StaleRecordError is raised and nothing is written."""
    save_checked(record, user, expected_version)


def _assign(record: Any, data: dict[str, Any], fields: tuple[str, ...]) -> None:
    for name in fields:
        if name in data:
            setattr(record, name, data[name])


def _require_child_writer(user: User, child: Child) -> None:
    if not may_change_casework(user) or not children_visible_to(user).filter(pk=child.pk).exists():
        raise PermissionDenied


def _remove(record: Any, user: User, reason: str) -> None:
    if record.service_id != user.service_id:
        raise PermissionDenied
    archive(record, user, reason)


# The risk panel


@transaction.atomic
def record_meeting(
    user: User,
    data: dict[str, Any],
    attendees: dict[str, str],
    meeting: PanelMeeting | None = None,
    expected_version: int | None = None,
) -> PanelMeeting:
    """A panel meeting with who came from each agency (`attendees` maps an Agency to the names given)."""
    access.require_panel(user)
    if meeting is None:
        meeting = PanelMeeting(service_id=user.service_id)
    elif meeting.service_id != user.service_id:
        raise PermissionDenied
    _assign(meeting, data, MEETING_FIELDS)
    named = {agency: names.strip() for agency, names in attendees.items() if names.strip()}
    if not named:
        raise ValidationError(_("Enter who came from at least one agency"))
    _save(meeting, user, expected_version)
    existing = {row.agency: row for row in meeting.attendees.all()}
    for agency, row in existing.items():
        if agency not in named:
            row._history_user = user  # type: ignore[attr-defined]
            row.delete()
    for agency, names in named.items():
        row = existing.get(agency) or PanelAttendee(meeting=meeting, agency=agency)
        row.names = names
        _save(row, user)
    return meeting


@transaction.atomic
def refer_child(user: User, child: Child, reason: str, note: str, meeting: PanelMeeting | None = None) -> PanelReferral:
    """A manager refers a child to the panel: because of the ratings, or for a reason of their own."""
    access.require_panel(user)
    _require_child_writer(user, child)
    if not note.strip():
        field = "note"
        message = (
            _("Enter why you are referring the child")
            if reason == ReferralReason.MANAGER
            else _("Enter what the panel should consider")
        )
        raise ValidationError({field: message})
    if meeting is not None and (meeting.service_id != user.service_id or meeting.held_on < timezone.localdate()):
        raise ValidationError({"meeting": _("Choose a meeting that has not taken place yet")})
    if PanelReferral.objects.filter(child=child, decided_on__isnull=True, archived_at__isnull=True).exists():
        raise ValidationError(_("%(name)s is already waiting for the panel") % {"name": child.full_name})
    referral = PanelReferral(service_id=user.service_id, child=child, reason=reason, note=note.strip(), meeting=meeting)
    _save(referral, user)
    return referral


def referral_removal_refusal(referral: PanelReferral) -> str | None:
    """Why a referral may not be removed, or None: one the panel has heard stays on the record."""
    heard_on = referral.heard_on
    if heard_on is None:
        return None
    return _(
        "The risk panel heard this referral on %(day)s, so it cannot be removed: what the panel heard and agreed "
        "stays on the record."
    ) % {"day": long_date(heard_on)}


@transaction.atomic
def remove_referral(user: User, referral: PanelReferral, reason: str) -> None:
    """A referral made in error, before the panel has heard it, comes off the record; it stays in the history."""
    access.require_panel(user)
    _require_child_writer(user, referral.child)
    refusal = referral_removal_refusal(referral)
    if refusal:
        raise ValidationError(refusal)
    _remove(referral, user, reason)


@dataclass(frozen=True)
class ActionAnswer:
    description: str
    owner: User
    due_on: date


@transaction.atomic
def record_decision(
    user: User,
    referral: PanelReferral,
    meeting: PanelMeeting,
    data: dict[str, Any],
    actions: list[ActionAnswer],
    expected_version: int | None = None,
) -> PanelReferral:
    """What the panel agreed for one child at a meeting: ratings, a summary, a review date and actions."""
    access.require_panel(user)
    if referral.service_id != user.service_id or meeting.service_id != user.service_id:
        raise PermissionDenied
    if referral.is_decided:
        raise ValidationError(_("The panel's decision for this referral is already recorded"))
    if meeting.held_on > timezone.localdate():
        raise ValidationError(_("Record the decision once the meeting has taken place"))
    referral.meeting = meeting
    _assign(referral, data, DECISION_FIELDS)
    if not referral.decided_on:
        referral.decided_on = meeting.held_on
    errors: dict[str, str] = {}
    for name, message in (
        ("agreed_rosh", _("Select the agreed risk of serious harm to others")),
        ("agreed_safety", _("Select the agreed safety and wellbeing rating")),
        ("decision", _("Enter what the panel agreed")),
        ("review_on", _("Enter the date of the panel's review")),
    ):
        if not getattr(referral, name):
            errors[name] = message
    if errors:
        raise ValidationError(errors)
    _save(referral, user, expected_version)
    for answer in actions:
        add_action(user, referral, answer)
    return referral


@transaction.atomic
def add_action(user: User, referral: PanelReferral, answer: ActionAnswer) -> SafetyAction:
    access.require_panel(user)
    if answer.owner.service_id != user.service_id or not answer.owner.is_active:
        raise ValidationError({"owner": _("Choose an active member of staff in your own service")})
    action = SafetyAction(
        service_id=user.service_id,
        referral=referral,
        description=answer.description.strip(),
        owner=answer.owner,
        due_on=answer.due_on,
    )
    _save(action, user)
    return action


@transaction.atomic
def complete_action(
    user: User, action: SafetyAction, on: date | None = None, expected_version: int | None = None
) -> SafetyAction:
    """Its owner, or a manager whose scope holds the child, marks an action done."""
    access.get_action_for_user(user, action.pk)
    if action.completed_on is not None:
        raise ValidationError(_("This action is already done"))
    action.completed_on = on or timezone.localdate()
    _save(action, user, expected_version)
    return action


# MAPPA, exploitation and contingency


@transaction.atomic
def save_mappa(
    user: User,
    child: Child,
    data: dict[str, Any],
    record: MappaRecord | None = None,
    expected_version: int | None = None,
) -> MappaRecord:
    _require_child_writer(user, child)
    if record is None:
        if MappaRecord.objects.filter(child=child, ended_on__isnull=True, archived_at__isnull=True).exists():
            raise ValidationError(_("The child is already managed under MAPPA: change that record instead"))
        record = MappaRecord(service_id=user.service_id, child=child)
    elif record.child_id != child.pk:
        raise PermissionDenied
    _assign(record, data, MAPPA_FIELDS)
    _save(record, user, expected_version)
    return record


@transaction.atomic
def remove_mappa(user: User, record: MappaRecord, reason: str) -> None:
    """MAPPA management recorded in error comes off the record, and so the child is no longer marked."""
    _require_child_writer(user, record.child)
    _remove(record, user, reason)


@transaction.atomic
def record_screening(user: User, child: Child, data: dict[str, Any]) -> ExploitationScreening:
    _require_child_writer(user, child)
    access.require_exploitation_reader(user, child)
    screening = ExploitationScreening(service_id=user.service_id, child=child)
    _assign(screening, data, SCREENING_FIELDS)
    _save(screening, user)
    return screening


@transaction.atomic
def remove_screening(user: User, screening: ExploitationScreening, reason: str) -> None:
    _require_child_writer(user, screening.child)
    access.require_exploitation_reader(user, screening.child)
    _remove(screening, user, reason)


@transaction.atomic
def save_nrm_referral(
    user: User,
    child: Child,
    data: dict[str, Any],
    record: NrmReferral | None = None,
    expected_version: int | None = None,
) -> NrmReferral:
    _require_child_writer(user, child)
    access.require_exploitation_reader(user, child)
    if record is None:
        record = NrmReferral(service_id=user.service_id, child=child)
    elif record.child_id != child.pk:
        raise PermissionDenied
    _assign(record, data, NRM_FIELDS)
    _save(record, user, expected_version)
    return record


@transaction.atomic
def remove_nrm_referral(user: User, record: NrmReferral, reason: str) -> None:
    _require_child_writer(user, record.child)
    access.require_exploitation_reader(user, record.child)
    _remove(record, user, reason)


@transaction.atomic
def review_contingency(user: User, plan: Plan, reviewed_on: date, note: str) -> ContingencyReview:
    """Record that the plan's contingency was looked at again (casework's plan itself is not changed)."""
    _require_child_writer(user, plan.intervention.child)
    review = ContingencyReview(service_id=user.service_id, plan=plan, reviewed_on=reviewed_on, note=note.strip())
    _save(review, user)
    return review
