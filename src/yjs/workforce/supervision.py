"""When a member of staff's next supervision is due, and whether it is overdue: pure date rules.

Supervision is expected every calendar month by default (YJS practice and the HMIP standard 1.2 prompt
"staff receive regular, good-quality supervision"); a service may set another interval with the setting
YJS_WORKFORCE["SUPERVISION_INTERVAL_MONTHS"]. Months are calendar months, clamped to the month's end:
supervised on 31 January, next due 28 (or 29) February.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings

from yjs.lib.dates import add_months

DEFAULT_INTERVAL_MONTHS = 1


def interval_months() -> int:
    return int(getattr(settings, "YJS_WORKFORCE", {}).get("SUPERVISION_INTERVAL_MONTHS", DEFAULT_INTERVAL_MONTHS))


def next_due(last_supervised: date | None, started: date, every_months: int) -> date:
    """The date the next supervision is due: `every_months` after the last one, or after the day they started."""
    return add_months(last_supervised or started, every_months)


def is_overdue(due: date, today: date) -> bool:
    """Overdue from the day after the due date: supervision on the due date itself is on time."""
    return due < today


def days_overdue(due: date, today: date) -> int:
    return max((today - due).days, 0)
