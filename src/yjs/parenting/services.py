"""Changes to parenting work and feedback, one function per thing a case worker does, each in a transaction.

Every record is checked by its model's rules (full_clean) before it is saved, and kept in the history
with who made the change. The child, carer and intervention have been fetched and authorised by the page.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from yjs.children.models import Child
from yjs.core.archiving import archive
from yjs.core.concurrency import save_checked
from yjs.core.models import User
from yjs.parenting import access
from yjs.parenting.models import FeedbackResponse, ParentingProgramme, ParentingReferral

REFERRAL_FIELDS = ("carer", "referred_on", "basis", "programme", "notes")
PROGRESS_FIELDS = ("status", "start_date", "end_date", "sessions_offered", "sessions_attended", "notes")
FEEDBACK_FIELDS = ("intervention", "respondent", "carer", "given_on", "score", "went_well", "could_be_better", "may_quote")
PROGRAMME_FIELDS = ("name", "provider", "in_use")


def _recorder(user: User, child: Child) -> None:
    if not access.may_record(user) or child.service_id != user.service_id:
        raise PermissionDenied


@transaction.atomic
def refer_parent(user: User, child: Child, data: dict[str, Any]) -> ParentingReferral:
    """Offer one of the child's parents or carers parenting support; it starts as offered."""
    _recorder(user, child)
    referral = ParentingReferral(
        service_id=child.service_id,
        child=child,
        referred_by=user,
        created_by=user,
        modified_by=user,
        **{field: data.get(field) for field in REFERRAL_FIELDS if field in data},
    )
    referral.notes = referral.notes or ""
    referral.full_clean()
    referral._history_user = user  # type: ignore[attr-defined]
    referral.save()
    return referral


@transaction.atomic
def record_progress(user: User, referral: ParentingReferral, data: dict[str, Any], version: int) -> ParentingReferral:
    """Where the referral stands, its dates, and the sessions offered and attended so far."""
    _recorder(user, referral.child)
    for field in PROGRESS_FIELDS:
        if field in data:
            value = data[field]
            # An empty count on the form is no sessions, not an unknown number.
            setattr(referral, field, 0 if value is None and field.startswith("sessions") else value)
    referral.notes = referral.notes or ""
    save_checked(referral, user, version)
    return referral


@transaction.atomic
def record_feedback(user: User, child: Child, data: dict[str, Any]) -> FeedbackResponse:
    """A child's or parent's answers to the short survey about one of the child's interventions."""
    _recorder(user, child)
    response = FeedbackResponse(
        service_id=child.service_id,
        child=child,
        created_by=user,
        modified_by=user,
        **{field: data.get(field) for field in FEEDBACK_FIELDS if field in data},
    )
    response.went_well = response.went_well or ""
    response.could_be_better = response.could_be_better or ""
    response.may_quote = bool(response.may_quote)
    response.full_clean()
    response._history_user = user  # type: ignore[attr-defined]
    response.save()
    return response


@transaction.atomic
def add_programme(user: User, data: dict[str, Any]) -> ParentingProgramme:
    if not access.may_keep_programmes(user):
        raise PermissionDenied
    programme = ParentingProgramme(service_id=user.service_id, **{f: data[f] for f in PROGRAMME_FIELDS if f in data})
    programme.provider = programme.provider or ""
    programme.full_clean()
    programme._history_user = user  # type: ignore[attr-defined]
    programme.save()
    return programme


def _assign(record: Any, data: dict[str, Any], fields: tuple[str, ...]) -> None:
    for field in fields:
        if field in data:
            setattr(record, field, data[field])


@transaction.atomic
def change_referral(user: User, referral: ParentingReferral, data: dict[str, Any], version: int) -> ParentingReferral:
    """Correct a referral's basics: the carer, when, voluntary or by order, the programme and the notes."""
    _recorder(user, referral.child)
    _assign(referral, data, REFERRAL_FIELDS)
    referral.notes = referral.notes or ""
    save_checked(referral, user, version)
    return referral


@transaction.atomic
def remove_referral(user: User, referral: ParentingReferral, reason: str) -> None:
    """A referral recorded in error comes off the record; it stays in the history. A withdrawn one keeps its status."""
    _recorder(user, referral.child)
    archive(referral, user, reason)


@transaction.atomic
def change_feedback(user: User, response: FeedbackResponse, data: dict[str, Any], version: int) -> FeedbackResponse:
    """Correct a feedback response as it was given."""
    _recorder(user, response.child)
    _assign(response, data, FEEDBACK_FIELDS)
    response.went_well = response.went_well or ""
    response.could_be_better = response.could_be_better or ""
    response.may_quote = bool(response.may_quote)
    save_checked(response, user, version)
    return response


@transaction.atomic
def remove_feedback(user: User, response: FeedbackResponse, reason: str) -> None:
    """A response recorded in error comes off the record and out of the feedback figures; it stays in the history."""
    _recorder(user, response.child)
    archive(response, user, reason)


@transaction.atomic
def change_programme(user: User, programme: ParentingProgramme, data: dict[str, Any]) -> ParentingProgramme:
    """Rename a programme, change who runs it, or mark it no longer offered (referrals naming it keep it)."""
    if not access.may_keep_programmes(user) or programme.service_id != user.service_id:
        raise PermissionDenied
    _assign(programme, data, PROGRAMME_FIELDS)
    programme.provider = programme.provider or ""
    programme.full_clean()
    programme._history_user = user  # type: ignore[attr-defined]
    programme.save()
    return programme
