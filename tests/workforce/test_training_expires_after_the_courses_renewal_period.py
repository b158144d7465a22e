"""When training expires and how it stands on a day, on hand-built dates."""

from __future__ import annotations

from datetime import date

from yjs.workforce.training import TrainingState, expires_on, state


def test_a_renewed_course_expires_that_many_months_after_completion() -> None:
    assert expires_on(date(2022, 5, 10), 36) == date(2025, 5, 10)
    assert expires_on(date(2024, 2, 29), 12) == date(2025, 2, 28)  # 29 February, a year on


def test_a_course_with_no_renewal_never_expires() -> None:
    assert expires_on(date(2015, 1, 1), None) is None
    assert state(None, date(2030, 1, 1)) == TrainingState.CURRENT


def test_training_is_expired_on_its_expiry_date_and_expiring_in_the_two_months_before() -> None:
    expiry = date(2025, 5, 10)
    assert state(expiry, date(2025, 3, 9)) == TrainingState.CURRENT
    assert state(expiry, date(2025, 3, 10)) == TrainingState.EXPIRING
    assert state(expiry, date(2025, 5, 9)) == TrainingState.EXPIRING
    assert state(expiry, date(2025, 5, 10)) == TrainingState.EXPIRED
