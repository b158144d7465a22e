"""When a child's contingency is listed for their manager: the pure rule, on hand-built cases."""

from __future__ import annotations

from datetime import date

from yjs.safety.contingency import CURRENT, MISSING, NOT_NEEDED, OUT_OF_DATE, Rating, contingency_state, rose_on

PLAN = "Call the duty manager and the police if he goes missing."


def test_low_ratings_need_no_contingency() -> None:
    ratings = [Rating(date(2025, 1, 10), "low", "low")]
    assert rose_on(ratings) is None
    assert contingency_state(ratings, "", None) == NOT_NEEDED


def test_no_assessment_needs_no_contingency() -> None:
    assert contingency_state([], "", None) == NOT_NEEDED


def test_a_medium_rating_with_no_contingency_is_missing() -> None:
    ratings = [Rating(date(2025, 1, 10), "medium", "low")]
    assert contingency_state(ratings, "  ", date(2025, 1, 12)) == MISSING


def test_a_contingency_written_after_the_rating_rose_is_current() -> None:
    ratings = [Rating(date(2025, 1, 10), "low", "medium")]
    assert contingency_state(ratings, PLAN, date(2025, 1, 10)) == CURRENT


def test_a_rise_after_the_contingency_was_written_makes_it_out_of_date() -> None:
    # Medium in January (plan written 12 Jan), high in March: the January contingency no longer answers.
    ratings = [Rating(date(2025, 1, 10), "medium", "low"), Rating(date(2025, 3, 3), "high", "low")]
    assert rose_on(ratings) == date(2025, 3, 3)
    assert contingency_state(ratings, PLAN, date(2025, 1, 12)) == OUT_OF_DATE
    # A review on the day of the rise, or after, brings it up to date.
    assert contingency_state(ratings, PLAN, date(2025, 3, 3)) == CURRENT


def test_a_fall_keeps_the_day_of_the_last_rise() -> None:
    # High in January, medium in April: the contingency reviewed in February still stands.
    ratings = [Rating(date(2025, 4, 1), "medium", "medium"), Rating(date(2025, 1, 10), "low", "high")]
    assert rose_on(ratings) == date(2025, 1, 10)
    assert contingency_state(ratings, PLAN, date(2025, 2, 1)) == CURRENT


def test_falling_to_low_and_rising_again_counts_the_new_rise() -> None:
    ratings = [
        Rating(date(2025, 1, 10), "medium", ""),
        Rating(date(2025, 3, 1), "low", "low"),
        Rating(date(2025, 5, 1), "medium", "low"),
    ]
    assert rose_on(ratings) == date(2025, 5, 1)
    assert contingency_state(ratings, PLAN, date(2025, 2, 1)) == OUT_OF_DATE


def test_the_higher_of_the_two_ratings_is_the_level() -> None:
    # Safety falls from high to low while risk to others rises from low to high: the level stays high.
    ratings = [Rating(date(2025, 1, 10), "high", "low"), Rating(date(2025, 2, 10), "low", "high")]
    assert rose_on(ratings) == date(2025, 1, 10)
