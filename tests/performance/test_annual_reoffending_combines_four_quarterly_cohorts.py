"""A year's figure is the sum of its four 3-month cohorts, so a child can be in more than one of them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.performance.histories import area, child, outcome
from yjs.performance.figures import Reoffending
from yjs.performance.periods import Quarter, Window, year_ending
from yjs.performance.reoffending import (
    cohort_windows,
    final_from,
    is_provisional,
    one_cohort,
    proven_reoffending,
    reoffending_by_cohort,
)

YEAR = year_ending(Quarter(2024, 4))  # April 2024 to March 2025


def test_a_period_of_whole_quarters_is_its_quarters_and_any_other_period_is_one_cohort():
    assert cohort_windows(YEAR) == [Quarter(2024, n).window for n in (1, 2, 3, 4)]
    assert cohort_windows(Quarter(2024, 3).window) == [Quarter(2024, 3).window]
    part = Window(date(2024, 4, 1), date(2024, 6, 15))
    assert cohort_windows(part) == [part]
    assert cohort_windows(Window(date(2024, 4, 2), date(2025, 3, 31))) == [Window(date(2024, 4, 2), date(2025, 3, 31))]


def test_a_cohort_is_final_the_day_after_its_last_index_date_is_18_months_old():
    first_quarter = Quarter(2024, 1).window  # ends 30 June 2024
    assert final_from(first_quarter) == date(2025, 12, 31)
    assert is_provisional(first_quarter, today=date(2025, 12, 30))
    assert not is_provisional(first_quarter, today=date(2025, 12, 31))


@pytest.mark.django_db
def test_the_year_adds_up_four_cohorts_in_which_one_child_appears_three_times():
    authority = area()
    often = child(authority=authority)
    outcome(often, "YC", date(2024, 5, 15))  # 2024Q1 index
    outcome(often, "RO", date(2024, 11, 1), committed=date(2024, 10, 1))  # a reoffence, and the 2024Q3 index
    outcome(often, "YRO", date(2025, 3, 1), committed=date(2025, 2, 1))  # a reoffence, and the 2024Q4 index
    once = child(authority=authority)
    outcome(once, "YC", date(2024, 8, 15))  # 2024Q2 index, nothing after

    by_cohort = reoffending_by_cohort(cohort_windows(YEAR))[authority.service_id]
    assert by_cohort == {
        Quarter(2024, 1).window: Reoffending(cohort=1, reoffenders=1, reoffences=2),
        Quarter(2024, 2).window: Reoffending(cohort=1, reoffenders=0, reoffences=0),
        Quarter(2024, 3).window: Reoffending(cohort=1, reoffenders=1, reoffences=1),
        Quarter(2024, 4).window: Reoffending(cohort=1, reoffenders=0, reoffences=0),
    }
    assert proven_reoffending(YEAR)[authority.service_id] == Reoffending(cohort=4, reoffenders=2, reoffences=3)
    # Taken as one 12-month cohort, each child is counted once, from their first event.
    assert one_cohort(YEAR)[authority.service_id] == Reoffending(cohort=2, reoffenders=1, reoffences=2)
