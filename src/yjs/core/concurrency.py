"""Optimistic locking for case records: an edit made from a stale page is refused, never applied."""

from __future__ import annotations

from django.db import models
from django.db.models import F
from django.utils.translation import gettext as _

from yjs.core.models import CaseRecord, User


class StaleRecordError(Exception):
    """Someone else saved the record after the user opened it."""

    def __init__(self, record: models.Model) -> None:
        super().__init__(
            _(
                "Someone else changed this %(what)s after you opened it. Your changes have not been saved: "
                "check the latest version below, then make your changes again."
            )
            % {"what": record._meta.verbose_name}
        )


def save_versioned(record: CaseRecord, user: User | None, expected_version: int) -> None:
    """Save `record` only if nobody has saved it since `expected_version` was read.

    Callers run this inside a transaction, so the version claim and the save land together.
    """
    claimed = type(record)._default_manager.filter(pk=record.pk, version=expected_version).update(
        version=F("version") + 1
    )
    if not claimed:
        raise StaleRecordError(record)
    record.version = expected_version + 1
    record.modified_by = user
    record.save()


def save_checked(record: models.Model, user: User | None, expected_version: int | None = None) -> None:
    """Check `record` (full_clean) and save it, naming `user` to its history (for commands and the API too).

    A new case record is stamped as made by `user`; an existing one is saved only if nobody has saved it since
    `expected_version` (the version its form was opened at; by default the version it was read at), else
    StaleRecordError. Any other record is simply saved.
    """
    record.full_clean()
    record._history_user = user  # type: ignore[attr-defined]
    if isinstance(record, CaseRecord):
        if record.pk is None:
            record.created_by = record.created_by or user
            record.modified_by = user
        else:
            save_versioned(record, user, record.version if expected_version is None else expected_version)
            return
    record.save()
