from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from yjs.casework.review_schedule import next_review_due


def test_the_first_review_is_due_three_months_after_the_start() -> None:
    assert next_review_due(date(2025, 1, 31), [], []) == date(2025, 4, 30)


def test_after_a_review_the_next_is_due_three_months_after_it() -> None:
    assert next_review_due(date(2025, 1, 10), [date(2025, 3, 20)], []) == date(2025, 6, 20)


def test_a_significant_change_brings_the_review_forward_to_five_working_days() -> None:
    # Friday 7 March 2025 + 5 working days = Friday 14 March.
    assert next_review_due(date(2025, 1, 10), [], [date(2025, 3, 7)]) == date(2025, 3, 14)


def test_a_significant_change_already_reviewed_does_not_bring_it_forward() -> None:
    assert next_review_due(date(2025, 1, 10), [date(2025, 3, 10)], [date(2025, 3, 7)]) == date(2025, 6, 10)


def test_a_closed_intervention_has_no_review_due() -> None:
    assert next_review_due(date(2025, 1, 10), [], [], end_date=date(2025, 2, 1)) is None


@given(
    start=st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 1, 1)),
    gap=st.integers(min_value=0, max_value=400),
)
def test_a_review_is_never_due_more_than_three_months_after_the_last(start: date, gap: int) -> None:
    from datetime import timedelta

    review = start + timedelta(days=gap)
    due = next_review_due(start, [review], [])
    assert due is not None
    assert review < due <= review + timedelta(days=92)
