"""Who turns 18 in the next six months, at the edges of the window."""

from __future__ import annotations

from datetime import date

from yjs.resettlement.transitions import birth_dates_turning_18, eighteenth_birthday, turns_18_soon

TODAY = date(2026, 1, 15)


def test_a_child_turning_18_today_or_on_the_last_day_of_the_window_is_included() -> None:
    assert turns_18_soon(date(2008, 1, 15), TODAY)  # 18 today
    assert turns_18_soon(date(2008, 7, 15), TODAY)  # 18 on 15 July 2026, six calendar months on


def test_a_child_already_18_or_turning_18_after_the_window_is_not() -> None:
    assert not turns_18_soon(date(2008, 1, 14), TODAY)  # turned 18 yesterday
    assert not turns_18_soon(date(2008, 7, 16), TODAY)  # a day too late


def test_a_child_born_on_29_february_turns_18_on_1_march_in_a_common_year() -> None:
    assert eighteenth_birthday(date(2008, 2, 29)) == date(2026, 3, 1)
    assert eighteenth_birthday(date(2006, 2, 28)) == date(2024, 2, 28)
    assert turns_18_soon(date(2008, 2, 29), date(2026, 3, 1))
    assert not turns_18_soon(date(2008, 2, 29), date(2026, 3, 2))


def test_the_database_range_holds_everyone_the_rule_includes() -> None:
    earliest, latest = birth_dates_turning_18(date(2026, 3, 1))
    assert earliest <= date(2008, 2, 29) <= latest
    assert latest == date(2008, 9, 1)
