"""Date arithmetic the youth justice rules use: ages, calendar months, working days."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta


def age_on(date_of_birth: date, day: date) -> int:
    """Age in whole years on `day` (a child born on 29 February turns a year older on 1 March)."""
    had_birthday = (day.month, day.day) >= (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - (0 if had_birthday else 1)


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last_day))


def add_working_days(day: date, working_days: int, holidays: Iterable[date] = ()) -> date:
    """The date `working_days` working days after `day`, skipping weekends and the given holidays."""
    closed = set(holidays)
    current = day
    remaining = working_days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in closed:
            remaining -= 1
    return current
