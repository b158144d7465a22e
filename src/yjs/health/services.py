"""Recording and changing a child's health interventions: one function per intention, each in a transaction."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.archiving import archive
from yjs.core.concurrency import save_checked
from yjs.core.models import User
from yjs.health import access
from yjs.health.models import HealthIntervention

FIELDS = ("need", "intervention_type", "provider", "offered_on", "response", "started_on", "ended_on", "note")
# An offer is recorded when made; an appointment may be booked a little ahead, never a year.
DAYS_AHEAD = 90


def _require(user: User, child: Child) -> None:
    if not access.may_record(user) or child.service_id != user.service_id:
        raise PermissionDenied


def _check_dates(record: HealthIntervention) -> None:
    latest = timezone.localdate() + timedelta(days=DAYS_AHEAD)
    errors = {}
    for name in ("offered_on", "started_on", "ended_on"):
        day = getattr(record, name)
        if day is None:
            continue
        if day < record.child.date_of_birth:
            errors[name] = _("The date must be after the child's date of birth")
        elif day > latest:
            errors[name] = _("The date must be within 90 days from today")
    if errors:
        raise ValidationError(errors)


def _assign(record: HealthIntervention, data: dict[str, Any]) -> None:
    for name in FIELDS:
        if name in data:
            value = data[name]
            setattr(record, name, value.strip() if isinstance(value, str) else value)


def _save(record: HealthIntervention, user: User, expected_version: int | None) -> HealthIntervention:
    _check_dates(record)
    save_checked(record, user, expected_version)
    return record


@transaction.atomic
def record_intervention(user: User, child: Child, data: dict[str, Any]) -> HealthIntervention:
    _require(user, child)
    record = HealthIntervention(child=child, service_id=child.service_id, created_by=user, modified_by=user)
    _assign(record, data)
    return _save(record, user, None)


@transaction.atomic
def change_intervention(
    user: User, record: HealthIntervention, data: dict[str, Any], expected_version: int | None = None
) -> HealthIntervention:
    _require(user, record.child)
    _assign(record, data)
    return _save(record, user, expected_version)


@transaction.atomic
def remove_intervention(user: User, record: HealthIntervention, reason: str) -> None:
    """An intervention recorded in error comes off the record; it stays in the history."""
    _require(user, record.child)
    archive(record, user, reason)
