"""Children reaching 18, whose supervision moves to adult probation: who is due in the coming months."""

from __future__ import annotations

from datetime import date, timedelta

from yjs.lib.dates import add_months

MONTHS_AHEAD = 6


def eighteenth_birthday(date_of_birth: date) -> date:
    """The day a child turns 18; born on 29 February, 1 March in a year that has none (as lib.dates.age_on)."""
    try:
        return date_of_birth.replace(year=date_of_birth.year + 18)
    except ValueError:
        return date(date_of_birth.year + 18, 3, 1)


def turns_18_soon(date_of_birth: date, today: date, months: int = MONTHS_AHEAD) -> bool:
    """Whether the 18th birthday falls from today to the same day `months` calendar months on, both included."""
    return today <= eighteenth_birthday(date_of_birth) <= add_months(today, months)


def birth_dates_turning_18(today: date, months: int = MONTHS_AHEAD) -> tuple[date, date]:
    """A range of dates of birth wide enough for everyone turning 18 in the window, for a database filter.

    It starts a day early so that a child born on 29 February is not missed; callers narrow it with
    turns_18_soon.
    """
    return _years_back(today, 18) - timedelta(days=1), _years_back(add_months(today, months), 18)


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)
