"""Changes to custody, release planning, accommodation and transitions: one function per thing a worker does.

Each runs in a transaction, checks the model's own rules (full_clean) so that a page, a script or a test is
refused the same things, records who made the change, and keeps the record's history. An edit from a page
opened before someone else's save is refused (core.concurrency). A record made in error is removed: archived
with the reason and who removed it (core.archiving), never deleted, and kept in its history.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.archiving import archive
from yjs.core.concurrency import save_versioned
from yjs.core.models import CaseRecord, User
from yjs.resettlement import access
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, ReleaseMilestone, Transition

EPISODE_FIELDS = (
    "kind",
    "outcome",
    "establishment_type",
    "establishment",
    "start_date",
    "expected_release_date",
    "release_date",
    "resettlement_worker",
)
ACCOMMODATION_FIELDS = ("accommodation_type", "start_date", "end_date", "suitability", "reason")
TRANSITION_FIELDS = ("probation_practitioner", "probation_area", "meeting_date", "handover_date", "status", "notes")


def _check(user: User, child: Child) -> None:
    access.require_changer(user)
    if child.service_id != user.service_id:
        raise PermissionDenied


def _create(user: User, record: CaseRecord) -> None:
    record.created_by = record.modified_by = user
    record.full_clean()
    record._history_user = user  # type: ignore[attr-defined]
    record.save()


def _remove(user: User, record: Any, reason: str) -> None:
    _check(user, record.child)
    archive(record, user, reason)


def _change(user: User, record: CaseRecord, fields: tuple[str, ...], data: dict[str, Any], version: int | None) -> None:
    for field in fields:
        if field in data:
            setattr(record, field, data[field])
    record.full_clean()
    record._history_user = user  # type: ignore[attr-defined]
    if version is None:
        record.modified_by = user
        record.version += 1
        record.save()
    else:
        save_versioned(record, user, version)


@transaction.atomic
def record_custody(user: User, child: Child, data: dict[str, Any]) -> CustodyEpisode:
    _check(user, child)
    episode = CustodyEpisode(service_id=child.service_id, child=child, **{f: data.get(f) for f in EPISODE_FIELDS})
    _create(user, episode)
    return episode


@transaction.atomic
def change_custody(user: User, episode: CustodyEpisode, data: dict[str, Any], version: int | None = None) -> CustodyEpisode:
    _check(user, episode.child)
    _change(user, episode, EPISODE_FIELDS, data, version)
    return episode


@transaction.atomic
def remove_custody(user: User, episode: CustodyEpisode, reason: str) -> None:
    """Custody recorded in error comes off the record, its release planning with it; it stays in the history."""
    _remove(user, episode, reason)


@transaction.atomic
def record_milestone(
    user: User, episode: CustodyEpisode, milestone: str, done_on: date, notes: str = ""
) -> ReleaseMilestone:
    """The milestone met on `done_on`: recorded, or its date corrected (the earlier date stays in the history)."""
    _check(user, episode.child)
    record = episode.milestones.filter(milestone=milestone).first() or ReleaseMilestone(episode=episode, milestone=milestone)
    record.done_on = done_on
    record.notes = notes
    record.recorded_by = user
    record.full_clean()
    record._history_user = user  # type: ignore[attr-defined]
    record.save()
    return record


@transaction.atomic
def record_accommodation(user: User, child: Child, data: dict[str, Any]) -> AccommodationRecord:
    _check(user, child)
    record = AccommodationRecord(service_id=child.service_id, child=child, **{f: data.get(f) for f in ACCOMMODATION_FIELDS})
    record.reason = record.reason or ""
    _create(user, record)
    return record


@transaction.atomic
def change_accommodation(
    user: User, record: AccommodationRecord, data: dict[str, Any], version: int | None = None
) -> AccommodationRecord:
    _check(user, record.child)
    _change(user, record, ACCOMMODATION_FIELDS, data, version)
    return record


@transaction.atomic
def remove_accommodation(user: User, record: AccommodationRecord, reason: str) -> None:
    """Accommodation recorded in error comes off the record, and so out of KPI 1; it stays in the history."""
    _remove(user, record, reason)


@transaction.atomic
def record_transition(user: User, child: Child, data: dict[str, Any]) -> Transition:
    _check(user, child)
    if Transition.objects.live().filter(child=child).exists():
        raise ValidationError(_("This child already has a transition record: change that one"))
    transition = Transition(service_id=child.service_id, child=child, **{f: data.get(f) for f in TRANSITION_FIELDS})
    transition.notes = transition.notes or ""
    transition.probation_practitioner = transition.probation_practitioner or ""
    _create(user, transition)
    return transition


@transaction.atomic
def change_transition(user: User, transition: Transition, data: dict[str, Any], version: int | None = None) -> Transition:
    _check(user, transition.child)
    _change(user, transition, TRANSITION_FIELDS, data, version)
    return transition


@transaction.atomic
def remove_transition(user: User, transition: Transition, reason: str) -> None:
    """A transition recorded in error comes off the record, so that a new one may be recorded."""
    _remove(user, transition, reason)
