"""First contact and assessment deadlines, worked out by hand on a calendar (no database)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from yjs.casework.deadlines import (
    CaseworkRules,
    assessment_due,
    earliest_start_not_overdue,
    first_contact_due,
    is_overdue,
)
from yjs.lib.dates import add_working_days

RULES = CaseworkRules()


def test_first_contact_is_due_five_working_days_after_the_start() -> None:
    # Wednesday 2 April 2025 + 5 working days = Wednesday 9 April.
    assert first_contact_due(date(2025, 4, 2), RULES) == date(2025, 4, 9)


def test_a_court_assessment_is_due_fifteen_working_days_after_the_start() -> None:
    # Tuesday 1 April 2025 + 15 working days (three whole weeks) = Tuesday 22 April.
    assert assessment_due(date(2025, 4, 1), out_of_court=False, rules=RULES) == date(2025, 4, 22)


def test_an_out_of_court_assessment_is_due_ten_working_days_after_the_start() -> None:
    # Friday 4 April 2025 + 10 working days = Friday 18 April.
    assert assessment_due(date(2025, 4, 4), out_of_court=True, rules=RULES) == date(2025, 4, 18)


def test_the_numbers_of_working_days_come_from_the_rules() -> None:
    rules = CaseworkRules(first_contact_working_days=2, court_assessment_working_days=20)
    assert first_contact_due(date(2025, 4, 4), rules) == date(2025, 4, 8)
    assert assessment_due(date(2025, 4, 1), out_of_court=False, rules=rules) == date(2025, 4, 29)


def test_rules_from_settings_follow_the_setting(settings, db) -> None:  # type: ignore[no-untyped-def]
    settings.YJS_CASEWORK = {**settings.YJS_CASEWORK, "FIRST_CONTACT_WORKING_DAYS": 3}
    assert CaseworkRules.from_settings().first_contact_working_days == 3


def test_a_deadline_is_overdue_only_after_the_day_it_falls_due_and_until_it_is_met() -> None:
    due = date(2025, 4, 9)
    assert not is_overdue(due, met=False, today=due)
    assert is_overdue(due, met=False, today=due + timedelta(days=1))
    assert not is_overdue(due, met=True, today=due + timedelta(days=1))


@given(
    today=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    start=st.dates(min_value=date(2019, 10, 1), max_value=date(2030, 1, 1)),
    working_days=st.integers(min_value=0, max_value=25),
)
def test_a_case_is_overdue_exactly_when_it_started_before_the_cut_off(today: date, start: date, working_days: int) -> None:
    overdue = add_working_days(start, working_days) < today
    assert overdue == (start < earliest_start_not_overdue(today, working_days))
