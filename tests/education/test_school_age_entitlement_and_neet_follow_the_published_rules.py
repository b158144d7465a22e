"""Compulsory school age ends on 31 August of the school year in which the child turns 16; NEET is 16-17 with no
education, training or employment; hours fall in the YJB's bands."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yjs.education.entitlement import (
    education_on,
    full_time_hours,
    hours_band,
    is_neet,
    is_school_age,
    school_age_born_from,
    school_age_ends,
)


def test_a_child_born_on_31_august_leaves_school_age_the_day_they_turn_16() -> None:
    assert school_age_ends(date(2009, 8, 31)) == date(2025, 8, 31)
    assert is_school_age(date(2009, 8, 31), date(2025, 8, 31))
    assert not is_school_age(date(2009, 8, 31), date(2025, 9, 1))


def test_a_child_born_on_1_september_stays_of_school_age_for_another_year() -> None:
    assert school_age_ends(date(2009, 9, 1)) == date(2026, 8, 31)
    assert is_school_age(date(2009, 9, 1), date(2025, 9, 1))  # already 16, still in year 11
    assert not is_school_age(date(2009, 9, 1), date(2026, 9, 1))


def test_a_leap_day_birthday_ends_school_age_on_31_august_of_the_year_they_turn_16() -> None:
    assert school_age_ends(date(2008, 2, 29)) == date(2024, 8, 31)


def test_full_time_is_25_hours_at_school_age_and_the_post_16_offer_after(settings) -> None:  # type: ignore[no-untyped-def]
    born = date(2009, 8, 31)
    assert full_time_hours(born, date(2025, 6, 1)) == 25
    assert full_time_hours(born, date(2025, 9, 1)) == 16
    settings.YJS_POST_16_FULL_TIME_HOURS = 18
    assert full_time_hours(born, date(2025, 9, 1)) == 18


def test_school_age_and_fewer_than_25_hours_is_not_full_time() -> None:
    born = date(2011, 3, 3)
    today = date(2025, 3, 3)
    assert (
        education_on(born, today, [("school", Decimal(15)), ("alternative_provision", Decimal(10))]).not_full_time is False
    )
    assert education_on(born, today, [("school", Decimal("24.5"))]).not_full_time is True
    assert education_on(born, today, []).not_full_time is True  # no placement at all
    assert education_on(born, today, [("none", Decimal(0))]).not_full_time is True
    # Above school age, 10 hours of college is not 'not in full-time education': the count is for school age.
    assert education_on(date(2008, 3, 3), today, [("college", Decimal(10))]).not_full_time is False


def test_neet_is_aged_16_or_17_with_no_education_training_or_employment() -> None:
    today = date(2025, 3, 3)
    assert is_neet(date(2008, 3, 3), today, [])  # 17 today
    assert is_neet(date(2009, 3, 3), today, [("none", Decimal(0))])  # 16 today
    assert not is_neet(date(2009, 3, 4), today, [])  # 15 until tomorrow
    assert not is_neet(date(2007, 3, 3), today, [])  # 18 today
    assert not is_neet(date(2008, 3, 3), today, [("apprenticeship", Decimal(30))])
    assert not is_neet(date(2008, 3, 3), today, [("home_education", Decimal(0))])  # home education is education


@pytest.mark.parametrize(
    ("hours", "band"),
    [
        (None, "0"),
        (0, "0"),
        (Decimal("0.5"), "1_5"),
        (5, "1_5"),
        (Decimal("5.5"), "6_10"),
        (10, "6_10"),
        (15, "11_15"),
        (16, "16_20"),
        (20, "16_20"),
        (21, "21_24"),
        (Decimal("24.5"), "21_24"),
        (25, "25"),
        (40, "25"),
    ],
)
def test_hours_fall_in_the_yjb_bands(hours: Decimal | int | None, band: str) -> None:
    assert hours_band(hours) == band


@given(st.dates(date(1995, 1, 1), date(2020, 12, 31)), st.integers(0, 365 * 25))
def test_the_earliest_birth_date_of_school_age_agrees_with_the_rule(born: date, days: int) -> None:
    day = born + timedelta(days=days)
    assert (born >= school_age_born_from(day)) == is_school_age(born, day)
