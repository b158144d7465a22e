"""Case records are archived with a reason, never deleted."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from yjs.core.models import CaseRecord, User


@transaction.atomic
def archive(record: CaseRecord, user: User, reason: str) -> None:
    if not reason.strip():
        raise ValueError("A reason is needed to archive a record.")
    # The history names who removed the record, as save_versioned names who changed it.
    record._history_user = user  # type: ignore[attr-defined]
    record.archived_at = timezone.now()
    record.archived_by = user
    record.archive_reason = reason.strip()
    record.modified_by = user
    record.save()
