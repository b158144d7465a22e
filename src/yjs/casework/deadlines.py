"""When first contact and the first assessment fall due (DOMAIN.md section 2), as plain date arithmetic.

First contact is due within 5 working days of the start of an intervention, and an assessment within
15 working days for a court order or 10 for an out-of-court disposal (a brief assessment). Each is
overdue from the day after it falls due until it is met. The numbers are settings
(settings.YJS_CASEWORK) because national guidance and local practice change them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from yjs.lib.dates import add_working_days

DEFAULTS = {
    "FIRST_CONTACT_WORKING_DAYS": 5,
    "COURT_ASSESSMENT_WORKING_DAYS": 15,
    "OUT_OF_COURT_ASSESSMENT_WORKING_DAYS": 10,
    "REVIEW_INTERVAL_MONTHS": 3,
}


@dataclass(frozen=True)
class CaseworkRules:
    first_contact_working_days: int = DEFAULTS["FIRST_CONTACT_WORKING_DAYS"]
    court_assessment_working_days: int = DEFAULTS["COURT_ASSESSMENT_WORKING_DAYS"]
    out_of_court_assessment_working_days: int = DEFAULTS["OUT_OF_COURT_ASSESSMENT_WORKING_DAYS"]
    review_interval_months: int = DEFAULTS["REVIEW_INTERVAL_MONTHS"]
    # Days the service is closed, which working-day deadlines skip (core.BankHoliday).
    holidays: frozenset[date] = frozenset()

    @classmethod
    def from_settings(cls) -> CaseworkRules:
        from django.conf import settings

        from yjs.core.bank_holidays import bank_holidays

        values = {**DEFAULTS, **getattr(settings, "YJS_CASEWORK", {})}
        return cls(
            first_contact_working_days=values["FIRST_CONTACT_WORKING_DAYS"],
            court_assessment_working_days=values["COURT_ASSESSMENT_WORKING_DAYS"],
            out_of_court_assessment_working_days=values["OUT_OF_COURT_ASSESSMENT_WORKING_DAYS"],
            review_interval_months=values["REVIEW_INTERVAL_MONTHS"],
            holidays=bank_holidays(),
        )

    def assessment_working_days(self, out_of_court: bool) -> int:
        return self.out_of_court_assessment_working_days if out_of_court else self.court_assessment_working_days


def first_contact_due(start_date: date, rules: CaseworkRules) -> date:
    return add_working_days(start_date, rules.first_contact_working_days, rules.holidays)


def assessment_due(start_date: date, out_of_court: bool, rules: CaseworkRules) -> date:
    return add_working_days(start_date, rules.assessment_working_days(out_of_court), rules.holidays)


def is_overdue(due: date | None, met: bool, today: date) -> bool:
    """A deadline is overdue from the day after it falls due, until it is met."""
    return due is not None and not met and due < today


def earliest_start_not_overdue(today: date, working_days: int, holidays: Iterable[date] = ()) -> date:
    """The earliest start date whose deadline (`working_days` after it) is not yet past on `today`.

    A deadline only moves later as the start moves later, so "overdue" is the same as "started
    before this date": the caseload can then sort and filter on it in SQL rather than row by row.
    """
    closed = list(holidays)
    start = today
    while add_working_days(start - timedelta(days=1), working_days, closed) >= today:
        start -= timedelta(days=1)
    return start
