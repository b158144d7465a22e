"""The bank holidays working-day deadlines skip, read once an hour and again whenever the list changes.

The list changes a few times a year; reading it once per process (rather than once per page) keeps the
caseload's query count flat. Other processes see a change within the hour.
"""

from __future__ import annotations

import time
from datetime import date

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from yjs.core.models import BankHoliday

REREAD_AFTER_SECONDS = 3600
_cached: tuple[float, frozenset[date]] | None = None


def bank_holidays() -> frozenset[date]:
    global _cached
    if _cached is None or time.monotonic() - _cached[0] > REREAD_AFTER_SECONDS:
        _cached = (time.monotonic(), frozenset(BankHoliday.objects.values_list("day", flat=True)))
    return _cached[1]


@receiver(post_save, sender=BankHoliday)
@receiver(post_delete, sender=BankHoliday)
def forget_bank_holidays(**kwargs: object) -> None:
    global _cached
    _cached = None
