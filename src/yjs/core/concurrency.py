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
