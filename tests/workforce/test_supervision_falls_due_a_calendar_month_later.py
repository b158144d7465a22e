"""When supervision is next due and when it is overdue, on hand-built dates including month ends."""

from __future__ import annotations

from datetime import date

import pytest

from yjs.workforce.supervision import days_overdue, interval_months, is_overdue, next_due

STARTED = date(2020, 1, 6)


@pytest.mark.parametrize(
    ("last", "every", "due"),
    [
        (date(2025, 1, 15), 1, date(2025, 2, 15)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # no 31 February: the month's last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # a leap year
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2024, 12, 20), 1, date(2025, 1, 20)),  # across the year's end
        (date(2025, 8, 31), 2, date(2025, 10, 31)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
    ],
)
def test_the_next_supervision_is_due_the_interval_after_the_last(last: date, every: int, due: date) -> None:
    assert next_due(last, STARTED, every) == due


def test_someone_never_supervised_is_due_a_month_after_they_started() -> None:
    assert next_due(None, date(2025, 1, 31), 1) == date(2025, 2, 28)


def test_supervision_is_overdue_from_the_day_after_it_was_due() -> None:
    due = date(2025, 2, 28)
    assert not is_overdue(due, date(2025, 2, 28))
    assert is_overdue(due, date(2025, 3, 1))
    assert days_overdue(due, date(2025, 3, 10)) == 10
    assert days_overdue(due, date(2025, 2, 1)) == 0


def test_the_interval_is_a_month_unless_the_service_sets_another(settings) -> None:  # type: ignore[no-untyped-def]
    assert interval_months() == 1
    settings.YJS_WORKFORCE = {"SUPERVISION_INTERVAL_MONTHS": 2}
    assert interval_months() == 2
