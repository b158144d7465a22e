"""Changes to a child's education record: one function per thing a user means to do, each in a transaction.

Every change is checked by the model's rules (full_clean), refused from a stale page (StaleRecordError),
kept in the history with who made it, and archived rather than deleted.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.archiving import archive
from yjs.core.concurrency import save_checked
from yjs.core.models import CaseRecord, User
from yjs.education import access
from yjs.education.models import EducationPlacement, Exclusion

PLACEMENT_FIELDS = (
    "kind",
    "provider",
    "start_date",
    "end_date",
    "hours_offered",
    "hours_attended",
    "attendance_percent",
    "suitable",
    "note",
)
EXCLUSION_FIELDS = ("kind", "school", "start_date", "days", "reason")

R = TypeVar("R", bound=CaseRecord)


def _require(user: User, child: Child) -> None:
    if not access.may_record(user) or child.service_id != user.service_id:
        raise PermissionDenied


def _assign(record: Any, data: dict[str, Any], allowed: tuple[str, ...]) -> None:
    for name in allowed:
        if name in data:
            value = data[name]
            setattr(record, name, value.strip() if isinstance(value, str) else value)


# A placement or exclusion is recorded when it is arranged or soon after: a start further ahead is a slip.
DAYS_AHEAD = 365


def _plausible(record: Any, child: Child, fields: tuple[str, ...]) -> None:
    """Dates within the child's life and no more than a year ahead."""
    latest = timezone.localdate() + timedelta(days=DAYS_AHEAD)
    errors = {}
    for name in fields:
        day = getattr(record, name, None)
        if day is None:
            continue
        if day < child.date_of_birth:
            errors[name] = _("The date must be after the child's date of birth")
        elif day > latest:
            errors[name] = _("The date must be within a year from today")
    if errors:
        raise ValidationError(errors)


def _save(record: R, user: User, expected_version: int | None) -> R:
    save_checked(record, user, expected_version)
    return record


@transaction.atomic
def record_placement(user: User, child: Child, data: dict[str, Any]) -> EducationPlacement:
    _require(user, child)
    placement = EducationPlacement(child=child, service_id=child.service_id, created_by=user, modified_by=user)
    _assign(placement, data, PLACEMENT_FIELDS)
    _plausible(placement, placement.child, ("start_date", "end_date"))
    return _save(placement, user, None)


@transaction.atomic
def change_placement(
    user: User, placement: EducationPlacement, data: dict[str, Any], expected_version: int | None = None
) -> EducationPlacement:
    _require(user, placement.child)
    _assign(placement, data, PLACEMENT_FIELDS)
    _plausible(placement, placement.child, ("start_date", "end_date"))
    return _save(placement, user, expected_version)


@transaction.atomic
def remove_placement(user: User, placement: EducationPlacement, reason: str) -> None:
    """A placement recorded in error comes off the record; it stays in the history. An ended one gets an end date."""
    _require(user, placement.child)
    archive(placement, user, reason)


@transaction.atomic
def record_exclusion(user: User, child: Child, data: dict[str, Any]) -> Exclusion:
    _require(user, child)
    exclusion = Exclusion(child=child, service_id=child.service_id, created_by=user, modified_by=user)
    _assign(exclusion, data, EXCLUSION_FIELDS)
    _plausible(exclusion, exclusion.child, ("start_date",))
    return _save(exclusion, user, None)


@transaction.atomic
def change_exclusion(
    user: User, exclusion: Exclusion, data: dict[str, Any], expected_version: int | None = None
) -> Exclusion:
    _require(user, exclusion.child)
    _assign(exclusion, data, EXCLUSION_FIELDS)
    _plausible(exclusion, exclusion.child, ("start_date",))
    return _save(exclusion, user, expected_version)


@transaction.atomic
def remove_exclusion(user: User, exclusion: Exclusion, reason: str) -> None:
    """An exclusion recorded in error comes off the record; it stays in the history."""
    _require(user, exclusion.child)
    archive(exclusion, user, reason)
