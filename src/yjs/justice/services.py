"""Recording offences and outcomes, each in a transaction, validated by justice.rules."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.models import User
from yjs.justice.models import Offence, Outcome

OFFENCE_FIELDS = ("offence_date", "description", "category", "seriousness", "gravity", "police_reference")
OUTCOME_FIELDS = (
    "outcome_type",
    "outcome_date",
    "start_date",
    "end_date",
    "length_months",
    "release_date",
    "court",
)


@transaction.atomic
def record_offence(user: User, child: Child, data: dict[str, Any]) -> Offence:
    offence = Offence(child=child, service_id=child.service_id, created_by=user, modified_by=user)
    for name in OFFENCE_FIELDS:
        if name in data:
            setattr(offence, name, data[name])
    offence.full_clean()
    offence.save()
    return offence


@transaction.atomic
def record_outcome(user: User, child: Child, data: dict[str, Any], offences: Iterable[Offence]) -> Outcome:
    """Record an outcome for one or more of the child's offences."""
    offences = list(offences)
    if not offences:
        raise ValidationError({"offences": _("Select at least one offence the outcome is for.")})
    if any(offence.child_id != child.pk for offence in offences):
        raise ValidationError({"offences": _("Select offences of this child only.")})
    outcome = Outcome(child=child, service_id=child.service_id, created_by=user, modified_by=user)
    for name in OUTCOME_FIELDS:
        if name in data:
            setattr(outcome, name, data[name])
    outcome.full_clean()
    if outcome.outcome_date and any(o.offence_date > outcome.outcome_date for o in offences):
        raise ValidationError({"outcome_date": _("The outcome date must be on or after the date of each offence.")})
    outcome.save()
    outcome.offences.set(offences)
    return outcome
