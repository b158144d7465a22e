from __future__ import annotations

from datetime import date

import pytest

from yjs.performance.periods import PeriodError, Quarter, Window, last_complete_quarter, quarters_ending, year_ending


def test_the_first_quarter_is_april_to_june():
    quarter = Quarter.parse("2024Q1")
    assert (quarter.start, quarter.end) == (date(2024, 4, 1), date(2024, 6, 30))


def test_the_fourth_quarter_is_january_to_march_of_the_next_calendar_year():
    quarter = Quarter.parse("2024q4")
    assert (quarter.start, quarter.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert quarter.financial_year_label() == "2024/25 Q4"


def test_the_year_ending_a_quarter_is_the_twelve_months_before_its_end():
    assert year_ending(Quarter(2024, 4)) == Window(date(2024, 4, 1), date(2025, 3, 31))
    assert year_ending(Quarter(2024, 2)) == Window(date(2023, 10, 1), date(2024, 9, 30))


def test_a_day_belongs_to_the_quarter_around_it():
    assert Quarter.containing(date(2025, 3, 31)) == Quarter(2024, 4)
    assert Quarter.containing(date(2025, 4, 1)) == Quarter(2025, 1)
    assert Quarter.containing(date(2025, 12, 31)) == Quarter(2025, 3)


def test_a_trend_runs_oldest_first_across_a_financial_year_end():
    assert [str(q) for q in quarters_ending(Quarter(2025, 1), 3)] == ["2024Q3", "2024Q4", "2025Q1"]


def test_the_last_complete_quarter_is_the_one_before_today():
    assert last_complete_quarter(date(2026, 11, 25)) == Quarter(2026, 2)


@pytest.mark.parametrize("text", ["2024", "2024Q5", "Q4 2024", ""])
def test_a_quarter_that_cannot_be_read_is_refused_with_an_example(text):
    with pytest.raises(PeriodError, match="2024Q4"):
        Quarter.parse(text)


def test_a_window_that_ends_before_it_starts_is_refused():
    with pytest.raises(PeriodError):
        Window(date(2025, 1, 2), date(2025, 1, 1))
