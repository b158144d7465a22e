from __future__ import annotations

from datetime import date

import pytest

from yjs.core.bank_holidays import bank_holidays
from yjs.core.models import BankHoliday


@pytest.mark.django_db
def test_the_bank_holidays_of_england_and_wales_are_loaded_with_their_substitute_days() -> None:
    assert date(2026, 12, 28) in bank_holidays()  # Boxing Day 2026 is a Saturday
    assert date(2026, 12, 26) not in bank_holidays()
    assert BankHoliday.objects.get(day=date(2026, 4, 3)).name == "Good Friday"


@pytest.mark.django_db
def test_a_day_added_by_an_administrator_counts_at_once() -> None:
    extra = date(2028, 1, 3)
    assert extra not in bank_holidays()
    BankHoliday.objects.create(day=extra, name="New Year's Day (substitute day)")
    assert extra in bank_holidays()
