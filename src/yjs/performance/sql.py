"""Date arithmetic inside the database, the same on SQLite and PostgreSQL.

Indicators compare dates a number of calendar months apart (an age on a day, 12 months of follow-up,
a 6-month waiting period) across millions of rows, so the comparison must happen in SQL. Each date
becomes a month key, (year x 12 + month - 1) x 100 + day: adding N calendar months is adding N x 100,
and comparing keys is comparing dates with the end of a shorter month clamped, exactly as
yjs.lib.dates.add_months and age_on do (a child born on 29 February is 18 on 1 March).

    age on d is at least 10      <=>  MonthKey(d) >= MonthKey(dob) + 120 * 100
    age on d is under 18         <=>  MonthKey(d) <  MonthKey(dob) + 216 * 100
    d is within 12 months of i   <=>  MonthKey(d) <= MonthKey(i) + 12 * 100
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Func, IntegerField

MONTH = 100


def month_key(day: date) -> int:
    """The same key, worked out in Python, for a date given as a parameter or checked in a test."""
    return (day.year * 12 + day.month - 1) * MONTH + day.day


def months(count: int) -> int:
    """The amount to add to a month key to move it `count` calendar months on."""
    return count * MONTH


class MonthKey(Func):
    """MonthKey(F("outcome_date")): the month key of a date column, as an integer."""

    arity = 1
    output_field = IntegerField()

    _SQLITE = (
        "((CAST(substr({d}, 1, 4) AS INTEGER) * 12 + CAST(substr({d}, 6, 2) AS INTEGER) - 1) * 100"
        " + CAST(substr({d}, 9, 2) AS INTEGER))"
    )
    _POSTGRESQL = (
        "((EXTRACT(YEAR FROM {d})::integer * 12 + EXTRACT(MONTH FROM {d})::integer - 1) * 100"
        " + EXTRACT(DAY FROM {d})::integer)"
    )

    def _keyed(self, template: str, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        # The date appears three times in the SQL, so its parameters (if it is not a plain column) must too.
        sql, params = compiler.compile(self.source_expressions[0])
        return template.format(d=sql), [*params, *params, *params]

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, list[Any]]:
        return self._keyed(self._SQLITE, compiler, connection)

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, list[Any]]:
        return self._keyed(self._POSTGRESQL, compiler, connection)


class DayNumber(Func):
    """DayNumber(F("proven_on")): the date's day number as date.toordinal gives it (1 January of year 1 is 1; NULL
    stays NULL), as an integer, so that a query returning tens of thousands of days returns numbers rather than
    dates to convert."""

    arity = 1
    output_field = IntegerField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, list[Any]]:
        # julianday() of a date is its Julian day at midnight, a whole number and a half.
        return self.as_sql(compiler, connection, template="CAST(julianday(%(expressions)s) - 1721424.5 AS INTEGER)")

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, list[Any]]:
        return self.as_sql(compiler, connection, template="((%(expressions)s) - DATE '0001-01-01' + 1)")
