"""The date suggested for a new panel: a week on from the last, on the same weekday, or next Tuesday."""

from __future__ import annotations

from datetime import date

from yjs.diversion.decision_rules import next_panel_date

WEDNESDAY = date(2026, 3, 4)


def test_with_no_panel_yet_it_suggests_next_tuesday() -> None:
    assert next_panel_date(None, WEDNESDAY) == date(2026, 3, 10)


def test_on_a_tuesday_with_no_panel_yet_it_suggests_the_tuesday_after() -> None:
    assert next_panel_date(None, date(2026, 3, 3)) == date(2026, 3, 10)


def test_it_keeps_the_weekday_of_the_last_panel() -> None:
    last_thursday = date(2026, 2, 26)
    assert next_panel_date(last_thursday, WEDNESDAY) == date(2026, 3, 5)


def test_after_a_panel_already_arranged_it_suggests_the_week_after_it() -> None:
    arranged_friday = date(2026, 3, 6)
    assert next_panel_date(arranged_friday, WEDNESDAY) == date(2026, 3, 13)
