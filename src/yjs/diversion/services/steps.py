"""What every step of the pipeline shares: moving a notification on, and asking the partners to screen."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from yjs.core.agencies import screening_agencies
from yjs.core.concurrency import save_versioned
from yjs.core.models import CaseRecord, User
from yjs.diversion.models import Notification, ScreeningRequest
from yjs.diversion.pipeline import Action, next_stage
from yjs.diversion.rules import DiversionRules, screening_due


def save_step(record: CaseRecord, user: User | None, expected_version: int | None = None) -> None:
    """Save a new record, or an existing one only if nobody has saved it since the page was opened.

    StaleRecordError if they have. The user is named to the history too, for commands and the API.
    """
    record._history_user = user  # type: ignore[attr-defined]
    if record.pk is None:
        record.created_by = record.created_by or user
        record.modified_by = user
        record.save()
    else:
        save_versioned(record, user, record.version if expected_version is None else expected_version)


def advance(
    notification: Notification,
    action: Action,
    user: User | None,
    expected_version: int | None = None,
    **changes: object,
) -> Notification:
    """Move `notification` on by `action` (TransitionRefused if the process forbids it), saving `changes` with it."""
    notification.stage = next_stage(notification.stage, action)
    for name, value in changes.items():
        setattr(notification, name, value)
    save_step(notification, user, expected_version)
    return notification


def screening_requests_for(
    notification: Notification, user: User | None, on: date | None = None, rules: DiversionRules | None = None
) -> list[ScreeningRequest]:
    """Unsaved requests, one to each screening agency of the service, due by the service's deadline."""
    on = on or timezone.localdate()
    rules = rules or DiversionRules.from_settings()
    due = screening_due(on, rules)
    return [
        ScreeningRequest(
            notification=notification,
            agency=agency,
            service_id=notification.service_id,
            requested_on=on,
            due_on=due,
            created_by=user,
            modified_by=user,
        )
        for agency in screening_agencies(notification.service_id)
    ]


def request_screening(notification: Notification, user: User | None, on: date | None = None) -> list[ScreeningRequest]:
    """Ask every screening agency about the child; a service with no screening agencies goes straight to proposal."""
    requests = screening_requests_for(notification, user, on)
    for request in requests:
        save_step(request, user)
    if not requests:
        advance(notification, Action.COMPLETE_SCREENING, user, screening_completed_on=on or timezone.localdate())
    return requests
