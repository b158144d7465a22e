"""When an intervention's next review falls due (DOMAIN.md section 2).

Reviews are due at least every few months (3 by default) from the intervention's start, counted from
the last review held; and a recorded significant change calls for a review within a few working days
unless a review has been held since.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from yjs.lib.dates import add_months, add_working_days

REVIEW_INTERVAL_MONTHS = 3
SIGNIFICANT_CHANGE_WORKING_DAYS = 5


def next_review_due(
    start_date: date,
    review_dates: Iterable[date],
    significant_change_dates: Iterable[date],
    end_date: date | None = None,
    interval_months: int = REVIEW_INTERVAL_MONTHS,
    change_working_days: int = SIGNIFICANT_CHANGE_WORKING_DAYS,
    holidays: Iterable[date] = (),
) -> date | None:
    """The date the next review is due, or None when the intervention has ended."""
    if end_date is not None:
        return None
    last_review = max((d for d in review_dates if d >= start_date), default=None)
    anchor = last_review or start_date
    scheduled = add_months(anchor, interval_months)
    unanswered = [d for d in significant_change_dates if last_review is None or d > last_review]
    if unanswered:
        return min(scheduled, add_working_days(min(unanswered), change_working_days, holidays))
    return scheduled
