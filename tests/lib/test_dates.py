from __future__ import annotations

from datetime import date

from yjs.lib.dates import add_months, add_working_days, age_on


def test_age_turns_on_the_birthday() -> None:
    assert age_on(date(2010, 6, 15), date(2024, 6, 14)) == 13
    assert age_on(date(2010, 6, 15), date(2024, 6, 15)) == 14


def test_a_leap_day_birthday_turns_on_the_first_of_march() -> None:
    assert age_on(date(2008, 2, 29), date(2025, 2, 28)) == 16
    assert age_on(date(2008, 2, 29), date(2025, 3, 1)) == 17


def test_adding_months_clamps_to_the_end_of_a_short_month() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)


def test_working_days_skip_weekends_and_holidays() -> None:
    # Thursday 24 Dec 2026 + 2 working days, with Christmas and Boxing Day (observed Monday 28th) closed.
    assert add_working_days(date(2026, 12, 24), 2, holidays=[date(2026, 12, 25), date(2026, 12, 28)]) == date(
        2026, 12, 30
    )
