"""The plan's rules on hand-built dates: when an action is overdue, and the order the board reads recommendations in."""

from __future__ import annotations

from datetime import date

from yjs.governance.improvement import ActionDates, is_overdue, next_due, overdue_count, plan_order

TODAY = date(2025, 3, 10)


def test_an_action_is_overdue_from_the_day_after_its_due_date() -> None:
    assert not is_overdue(date(2025, 3, 10), None, TODAY)  # due today: not yet
    assert is_overdue(date(2025, 3, 9), None, TODAY)


def test_a_done_action_is_never_overdue_however_late_it_was_done() -> None:
    assert not is_overdue(date(2024, 1, 1), date(2025, 2, 1), TODAY)


def test_the_next_due_date_is_the_earliest_among_open_actions_only() -> None:
    actions = [ActionDates(date(2025, 1, 1), date(2025, 1, 5)), ActionDates(date(2025, 6, 1)), ActionDates(date(2025, 4, 1))]
    assert next_due(actions) == date(2025, 4, 1)
    assert next_due([ActionDates(date(2025, 1, 1), date(2025, 1, 2))]) is None
    assert next_due([]) is None


def test_overdue_actions_are_counted() -> None:
    actions = [
        ActionDates(date(2025, 1, 1)),
        ActionDates(date(2025, 3, 9)),
        ActionDates(date(2025, 3, 11)),
        ActionDates(date(2024, 1, 1), TODAY),
    ]
    assert overdue_count(actions, TODAY) == 2


def test_recommendations_sort_overdue_first_then_by_next_due_then_done_last() -> None:
    plan = {
        "done": (True, [ActionDates(date(2024, 1, 1), date(2024, 2, 1))]),
        "due soon": (False, [ActionDates(date(2025, 3, 20))]),
        "overdue, due later otherwise": (False, [ActionDates(date(2025, 3, 1)), ActionDates(date(2025, 9, 1))]),
        "due later": (False, [ActionDates(date(2025, 8, 1))]),
        "no actions": (False, []),
        "long overdue": (False, [ActionDates(date(2024, 12, 1))]),
    }
    ordered = sorted(plan, key=lambda name: plan_order(plan[name][0], plan[name][1], TODAY))
    assert ordered == ["long overdue", "overdue, due later otherwise", "due soon", "due later", "no actions", "done"]
