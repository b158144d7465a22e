"""Who is a child for the indicators: aged 10 to 17 on the day that counts (DOMAIN.md section 4).

Ages are compared as month keys (performance.sql), so the database agrees with yjs.lib.dates.age_on,
including a child born on 29 February, who turns 18 on 1 March.
"""

from __future__ import annotations

from django.db.models import F, Q
from django.db.models.lookups import GreaterThanOrEqual, LessThan

from yjs.performance.sql import MonthKey, months

YOUNGEST = 10
OLDEST = 17


def aged_10_to_17(day: str, date_of_birth: str = "child__date_of_birth") -> Q:
    """Rows where the child is at least 10 and not yet 18 on the date in column `day`."""
    on, born = MonthKey(F(day)), MonthKey(F(date_of_birth))
    return Q(GreaterThanOrEqual(on, born + months(YOUNGEST * 12))) & Q(LessThan(on, born + months((OLDEST + 1) * 12)))


def aged_10_to_17_on(born: int, on: int) -> bool:
    """The same test in Python, on month keys (sql.month_key) of the date of birth and the day, for the rows
    worked out in Python and kept (follow_ups.py, counted_outcomes.py)."""
    return born + months(YOUNGEST * 12) <= on < born + months((OLDEST + 1) * 12)
