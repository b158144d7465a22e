"""When training expires and how a record stands today: pure date rules.

A course that must be renewed (safeguarding every three years, say) gives each completion an expiry
date that many calendar months later; a course with no renewal period never expires. A record is
"expiring" within EXPIRING_WITHIN_MONTHS of its expiry, so there is time to book the next course.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from yjs.lib.dates import add_months

EXPIRING_WITHIN_MONTHS = 2


class TrainingState(StrEnum):
    CURRENT = "current"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    MISSING = "missing"


def expires_on(completed_on: date, renewal_months: int | None) -> date | None:
    """The day the training stops counting: `renewal_months` after completion, or None for a course that does not expire."""
    if not renewal_months:
        return None
    return add_months(completed_on, renewal_months)


def state(expiry: date | None, today: date) -> TrainingState:
    """Expired on and after its expiry date; expiring from EXPIRING_WITHIN_MONTHS before it."""
    if expiry is None:
        return TrainingState.CURRENT
    if expiry <= today:
        return TrainingState.EXPIRED
    if expiry <= add_months(today, EXPIRING_WITHIN_MONTHS):
        return TrainingState.EXPIRING
    return TrainingState.CURRENT
