"""Recording supervision and training, one function per thing a manager does, each in a transaction.

Every record is checked by the model's own rules (full_clean) and kept in the history with who made it.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.workforce import access
from yjs.workforce.models import SupervisionSession, TrainingRecord

SUPERVISION_FIELDS = ("held_on", "supervisor", "note")
TRAINING_FIELDS = ("course", "completed_on", "expires_on")


def _save(record: Any, user: User) -> None:
    record.full_clean()
    record._history_user = user
    record.save()


@transaction.atomic
def record_supervision(user: User, staff: User, data: dict[str, Any]) -> SupervisionSession:
    if not access.may_record_for(user, staff):
        raise PermissionDenied
    session = SupervisionSession(
        service_id=user.service_id, staff=staff, recorded_by=user, **{f: data[f] for f in SUPERVISION_FIELDS if f in data}
    )
    if session.supervisor_id is None:
        raise ValidationError({"supervisor": _("Choose who gave the supervision")})
    if SupervisionSession.objects.filter(staff=staff, held_on=session.held_on).exists():
        raise ValidationError({"held_on": _("A supervision on that date is already recorded")})
    _save(session, user)
    return session


@transaction.atomic
def record_training(user: User, staff: User, data: dict[str, Any]) -> TrainingRecord:
    """A completed course; with no expiry date entered, the course's renewal period sets it."""
    if not access.may_record_for(user, staff):
        raise PermissionDenied
    record = TrainingRecord(
        service_id=user.service_id, staff=staff, recorded_by=user, **{f: data[f] for f in TRAINING_FIELDS if f in data}
    )
    if record.course_id is None:
        raise ValidationError({"course": _("Choose the course")})
    record.fill_expiry()
    _save(record, user)
    return record
