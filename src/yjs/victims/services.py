"""Changes to victims' records, one function per thing a victim worker or manager does, each in a transaction.

Each checks that the user may see victims' details and that the record is in their service, runs the
models' own rules (full_clean) and keeps the change in the history with who made it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.archiving import archive
from yjs.core.concurrency import StaleRecordError, save_checked
from yjs.core.models import CaseRecord, User
from yjs.core.roles import CASEWORKERS
from yjs.lib.formats import long_date
from yjs.victims import access
from yjs.victims.models import (
    Consent,
    RestorativeJusticeOffer,
    Victim,
    VictimContact,
    VictimFeedback,
    VictimWishes,
    VictimWorker,
)

VICTIM_FIELDS = ("kind", "name", "phone", "email", "address", "referred_on")
CONTACT_FIELDS = ("contact_date", "method", "outcome", "notes", "follow_up_on")
CONSENT_FIELDS = ("answer", "answered_on", "withdrawn_on")
OFFER_FIELDS = ("offered_on", "response", "responded_on", "kind", "took_place_on", "completed_on", "notes")
WISHES_FIELDS = ("recorded_on", "wishes")
FEEDBACK_FIELDS = ("received_on", "satisfaction", "comments")
WORKER_FIELDS = ("user", "active_from", "active_to")

R = TypeVar("R", bound=CaseRecord)


def _worker(user: User) -> None:
    if not access.may_see_details(user):
        raise PermissionDenied


def _same_service(user: User, record: Any) -> None:
    if record.service_id != user.service_id:
        raise PermissionDenied


def _fill(record: Any, fields: tuple[str, ...], data: dict[str, Any]) -> None:
    for name in fields:
        if name in data:
            value = data[name]
            field = record._meta.get_field(name)
            setattr(record, name, "" if value is None and not field.null else value)


class StaleChange(ValidationError):
    """A change refused because someone else saved the record after the page was opened: a refusal like any
    other, which also carries the StaleRecordError so that the page can show the record as it is saved now."""

    def __init__(self, error: StaleRecordError) -> None:
        super().__init__(str(error))
        self.stale = error


def _save(record: Any, user: User, expected_version: int | None = None) -> None:
    """Check and save `record`; a change to a case record saved by someone else since `expected_version`
    (the version the form was opened at) is refused rather than silently overwriting theirs."""
    try:
        save_checked(record, user, expected_version)
    except StaleRecordError as error:
        raise StaleChange(error) from error


def _check_offences(child: Child, offences: Any) -> None:
    offences = list(offences or [])
    if not offences:
        raise ValidationError({"offences": _("Select the offence or offences the victim was harmed by")})
    if any(offence.child_id != child.pk or offence.archived_at is not None for offence in offences):
        raise ValidationError({"offences": _("Choose offences of this child")})


def _check_after_offences(victim: Victim, offences: Any) -> None:
    """The victim's records must still be dated on or after the earliest offence they are linked to."""
    first = min(offence.offence_date for offence in offences)
    for related in (victim.contacts, victim.consents, victim.offers, victim.wishes, victim.feedback):
        for record in related.filter(archived_at__isnull=True):
            try:
                record.full_clean()
            except ValidationError as error:
                raise ValidationError(
                    {"offences": _("Work with the victim is recorded before %(day)s") % {"day": long_date(first)}}
                ) from error


@transaction.atomic
def add_victim(user: User, child: Child, data: dict[str, Any]) -> Victim:
    _worker(user)
    _same_service(user, child)
    _check_offences(child, data.get("offences"))
    victim = Victim(child=child, service_id=child.service_id)
    _fill(victim, VICTIM_FIELDS, data)
    _save(victim, user)
    victim.offences.set(data["offences"])
    return victim


@transaction.atomic
def change_victim(user: User, victim: Victim, data: dict[str, Any]) -> Victim:
    _worker(user)
    _same_service(user, victim)
    _fill(victim, VICTIM_FIELDS, data)
    _save(victim, user, data.get("version"))
    if "offences" in data:
        _check_offences(victim.child, data["offences"])
        victim.offences.set(data["offences"])
        _check_after_offences(victim, data["offences"])
    return victim


@transaction.atomic
def archive_victim(user: User, victim: Victim, reason: str) -> None:
    """Take a victim recorded by mistake off the child's record; their history stays."""
    _worker(user)
    _same_service(user, victim)
    if not reason.strip():
        raise ValidationError({"reason": _("Enter why the victim is being removed")})
    archive(victim, user, reason)


def _new(model: type[R], user: User, victim: Victim, fields: tuple[str, ...], data: dict[str, Any]) -> R:
    _worker(user)
    _same_service(user, victim)
    record = model(victim=victim, service_id=victim.service_id)
    _fill(record, fields, data)
    _save(record, user)
    return record


@transaction.atomic
def record_contact(user: User, victim: Victim, data: dict[str, Any]) -> VictimContact:
    return _new(VictimContact, user, victim, CONTACT_FIELDS, data)


@transaction.atomic
def record_consent(user: User, victim: Victim, kind: str, data: dict[str, Any]) -> Consent:
    """The victim's answer to one consent question: the first answer, or a change to it (kept in its history)."""
    _worker(user)
    _same_service(user, victim)
    consent = victim.consents.filter(kind=kind, archived_at__isnull=True).first()
    if consent is None:
        consent = Consent(victim=victim, service_id=victim.service_id, kind=kind)
    _fill(consent, CONSENT_FIELDS, data)
    _save(consent, user, data.get("version") if consent.pk else None)
    return consent


@transaction.atomic
def offer_restorative_justice(user: User, victim: Victim, data: dict[str, Any]) -> RestorativeJusticeOffer:
    return _new(RestorativeJusticeOffer, user, victim, OFFER_FIELDS, data)


@transaction.atomic
def change_offer(user: User, offer: RestorativeJusticeOffer, data: dict[str, Any]) -> RestorativeJusticeOffer:
    """The victim's answer, what took place and when it was completed, as they happen."""
    _worker(user)
    _same_service(user, offer)
    _fill(offer, OFFER_FIELDS, data)
    _save(offer, user, data.get("version"))
    return offer


@transaction.atomic
def record_wishes(user: User, victim: Victim, data: dict[str, Any]) -> VictimWishes:
    return _new(VictimWishes, user, victim, WISHES_FIELDS, data)


@transaction.atomic
def record_feedback(user: User, victim: Victim, data: dict[str, Any]) -> VictimFeedback:
    return _new(VictimFeedback, user, victim, FEEDBACK_FIELDS, data)


def _keeper(user: User) -> None:
    if not access.may_keep_workers(user):
        raise PermissionDenied


@transaction.atomic
def designate_worker(user: User, data: dict[str, Any]) -> VictimWorker:
    """Make a member of the service's casework staff one of its victim workers, from a date."""
    _keeper(user)
    staff = data.get("user")
    if staff is None or staff.service_id != user.service_id or staff.role not in CASEWORKERS or not staff.is_active:
        raise ValidationError({"user": _("Choose a case manager or manager of your own service")})
    worker = VictimWorker(service_id=user.service_id)
    _fill(worker, WORKER_FIELDS, data)
    _save(worker, user)
    return worker


@transaction.atomic
def end_designation(user: User, worker: VictimWorker, last_day: date) -> VictimWorker:
    _keeper(user)
    _same_service(user, worker)
    worker.active_to = last_day
    _save(worker, user)
    return worker
