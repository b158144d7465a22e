"""Indicator periods: a window of days, and the quarter labels the YJB's returns use.

YJB quarters run from April (DOMAIN.md section 4): "2024Q1" is April to June 2024 and "2024Q4" is
January to March 2025, the last quarter of the 2024/25 financial year. "Year ending 2024Q4" is the
12 months April 2024 to March 2025.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from yjs.lib.dates import add_months

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*Q([1-4])\s*$", re.IGNORECASE)


class PeriodError(ValueError):
    """A period that cannot be read or is empty; its message is for the user."""


@dataclass(frozen=True, order=True)
class Window:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(_("The period ends before it starts."))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def overlaps(self, other: Window) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        return f"{self.start:%-d %b %Y} to {self.end:%-d %b %Y}"


@dataclass(frozen=True, order=True)
class Quarter:
    """Quarter `number` (1-4) of the financial year that starts in April of `year`."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        found = _QUARTER.match(text)
        if not found:
            raise PeriodError(_("Give a quarter as a year and a quarter number, like 2024Q4."))
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        months_into_year = (day.month - 4) % 12
        year = day.year if day.month >= 4 else day.year - 1
        return cls(year, months_into_year // 3 + 1)

    @property
    def start(self) -> date:
        return add_months(date(self.year, 4, 1), 3 * (self.number - 1))

    @property
    def end(self) -> date:
        return add_months(self.start, 3) - timedelta(days=1)

    @property
    def window(self) -> Window:
        return Window(self.start, self.end)

    def previous(self, count: int = 1) -> Quarter:
        index = self.year * 4 + self.number - 1 - count
        return Quarter(index // 4, index % 4 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    def financial_year_label(self) -> str:
        return f"{self.year}/{(self.year + 1) % 100:02d} Q{self.number}"


def year_ending(quarter: Quarter) -> Window:
    """The 12 months ending on the last day of `quarter`: the indicators' default period."""
    return Window(quarter.previous(3).start, quarter.end)


def quarters_ending(quarter: Quarter, count: int) -> list[Quarter]:
    """The `count` quarters up to and including `quarter`, oldest first: the points of a trend chart."""
    return [quarter.previous(back) for back in range(count - 1, -1, -1)]


def last_complete_quarter(today: date) -> Quarter:
    return Quarter.containing(today).previous()
