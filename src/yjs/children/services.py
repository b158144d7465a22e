"""Changes to a child's record: one function per thing a user means to do, each in a transaction."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from yjs.children.models import Carer, Child
from yjs.children.rules import date_of_birth_error
from yjs.core.archiving import archive
from yjs.core.concurrency import save_versioned
from yjs.core.models import User

CHILD_FIELDS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "sex",
    "gender_identity",
    "ethnicity",
    "local_authority",
    "pnc_number",
    "address",
    "family",
    "care_status",
    "send_status",
    "slcn",
    "mental_health_concern",
    "substance_misuse",
)
CARER_FIELDS = ("name", "relationship", "parental_responsibility", "phone", "address")


def _assign(record: Any, data: dict[str, Any], allowed: tuple[str, ...]) -> None:
    for name, value in data.items():
        if name in allowed:
            setattr(record, name, value)
    if isinstance(getattr(record, "pnc_number", None), str):
        # Stored as the police write it (09/123456A), so search can match it exactly, whoever typed it.
        record.pnc_number = record.pnc_number.strip().upper()


def _check_date_of_birth(value: Any) -> None:
    error = date_of_birth_error(value, timezone.localdate()) if value else None
    if error:
        raise ValidationError({"date_of_birth": error})


@transaction.atomic
def create_child(user: User, data: dict[str, Any]) -> Child:
    """Record a new child in the user's service. Raises ValidationError naming the field at fault."""
    child = Child(service_id=user.service_id, created_by=user, modified_by=user)
    _assign(child, data, CHILD_FIELDS)
    _check_date_of_birth(child.date_of_birth)
    child.full_clean()
    child.save()
    return child


@transaction.atomic
def update_child(user: User, child: Child, data: dict[str, Any], expected_version: int) -> Child:
    """Change a child's details; refused with StaleRecordError if someone saved them since they were read.

    The date of birth is checked only when it changes: an old record of someone now over 25 stays editable.
    """
    saved_dob = Child.objects.filter(pk=child.pk).values_list("date_of_birth", flat=True).first()
    if "date_of_birth" in data and data["date_of_birth"] != saved_dob:
        _check_date_of_birth(data["date_of_birth"])
    _assign(child, data, CHILD_FIELDS)
    child.full_clean()
    save_versioned(child, user, expected_version)
    return child


@transaction.atomic
def add_carer(user: User, child: Child, data: dict[str, Any]) -> Carer:
    carer = Carer(child=child, service_id=child.service_id, created_by=user, modified_by=user)
    _assign(carer, data, CARER_FIELDS)
    carer.full_clean()
    carer.save()
    return carer


@transaction.atomic
def update_carer(user: User, carer: Carer, data: dict[str, Any], expected_version: int) -> Carer:
    """Change a parent's or carer's details; refused with StaleRecordError if someone saved them since."""
    _assign(carer, data, CARER_FIELDS)
    carer.full_clean()
    save_versioned(carer, user, expected_version)
    return carer


@transaction.atomic
def remove_carer(user: User, carer: Carer, reason: str) -> None:
    """Take a parent or carer off the child's record. Archived, not deleted: the record and its history stay."""
    archive(carer, user, reason)
