"""Changes to the board, one function per thing a service manager or administrator does, each in a transaction.

Every change is checked by the models' own rules (full_clean) before it is saved, and kept in the
history with who made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yjs.core.concurrency import save_checked
from yjs.core.models import User
from yjs.governance import access
from yjs.governance.models import Attendance, BoardMeeting, BoardMember
from yjs.governance.vocabularies import Presence
from yjs.lib.formats import long_date

MEMBER_FIELDS = (
    "name",
    "organisation",
    "role_title",
    "sector",
    "seniority",
    "senior_partner",
    "active_from",
    "active_to",
    "user",
)
MEETING_FIELDS = ("held_on", "kind", "notes")


def _keeper(user: User) -> None:
    if not access.may_keep_board(user):
        raise PermissionDenied


def _save(record: Any, user: User) -> None:
    save_checked(record, user)


@transaction.atomic
def add_member(user: User, data: dict[str, Any]) -> BoardMember:
    _keeper(user)
    member = BoardMember(service_id=user.service_id, **{f: data.get(f) for f in MEMBER_FIELDS if f in data})
    _save(member, user)
    return member


def _check_attendance_within(member: BoardMember) -> None:
    """A member's dates must still cover every meeting they have a place at."""
    for attendance in member.attendances.select_related("meeting").order_by("meeting__held_on"):
        day = attendance.meeting.held_on
        if not member.is_active_on(day):
            field = "active_from" if day < member.active_from else "active_to"
            message = _("%(name)s has a place recorded at the meeting on %(day)s")
            raise ValidationError({field: message % {"name": member.name, "day": long_date(day)}})


@transaction.atomic
def change_member(user: User, member: BoardMember, data: dict[str, Any]) -> BoardMember:
    _keeper(user)
    if member.service_id != user.service_id:
        raise PermissionDenied
    for field in MEMBER_FIELDS:
        if field in data:
            setattr(member, field, data[field])
    _save(member, user)
    _check_attendance_within(member)
    return member


@transaction.atomic
def retire_member(user: User, member: BoardMember, last_day: date) -> BoardMember:
    """The member leaves the board after `last_day`; their past attendance stays as it was."""
    return change_member(user, member, {"active_to": last_day})


@dataclass(frozen=True)
class SeatAnswer:
    """What the meeting form says about one member's seat."""

    member: BoardMember
    presence: str  # a Presence, or "" when the form says nothing about this member
    deputy_name: str = ""
    deputy_seniority: str = ""


def _record_seats(meeting: BoardMeeting, answers: list[SeatAnswer], user: User) -> None:
    errors: dict[str, list[str]] = {}
    existing = {a.member_id: a for a in meeting.attendances.all()}
    for answer in answers:
        if answer.member.service_id != meeting.service_id:
            raise PermissionDenied
        attendance = existing.get(answer.member.pk)
        if not answer.presence:
            if attendance is not None:
                attendance._history_user = user  # type: ignore[attr-defined]
                attendance.delete()
            continue
        if attendance is None:
            attendance = Attendance(meeting=meeting, member=answer.member)
        attendance.attended = answer.presence == Presence.ATTENDED
        deputy = answer.presence == Presence.DEPUTY
        attendance.deputy_name = answer.deputy_name.strip() if deputy else ""
        attendance.deputy_seniority = answer.deputy_seniority if deputy else ""
        if deputy and not attendance.deputy_name:
            errors.setdefault(f"deputy_name_{answer.member.pk}", []).append(_("Enter the deputy's name"))
            continue
        try:
            _save(attendance, user)
        except ValidationError as error:
            for problem in error.messages:
                errors.setdefault(f"presence_{answer.member.pk}", []).append(problem)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def record_meeting(user: User, data: dict[str, Any], answers: list[SeatAnswer]) -> BoardMeeting:
    """A meeting with who came to it: a row for every member the form showed."""
    _keeper(user)
    meeting = BoardMeeting(service_id=user.service_id, **{f: data[f] for f in MEETING_FIELDS if f in data})
    _save(meeting, user)
    _record_seats(meeting, answers, user)
    return meeting


@transaction.atomic
def change_meeting(user: User, meeting: BoardMeeting, data: dict[str, Any], answers: list[SeatAnswer]) -> BoardMeeting:
    _keeper(user)
    if meeting.service_id != user.service_id:
        raise PermissionDenied
    for field in MEETING_FIELDS:
        if field in data:
            setattr(meeting, field, data[field])
    _save(meeting, user)
    _record_seats(meeting, answers, user)
    return meeting
