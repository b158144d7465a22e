"""The improvement plan's rules, on plain dates: when an action is overdue, and the order the board reads the plan in.

No request and no database: the pages, the board report and the tests all ask these functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ActionDates:
    due_on: date
    done_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.done_on is None


def is_overdue(due_on: date, done_on: date | None, today: date) -> bool:
    """An action is overdue from the day after its due date until it is done; a done action never is."""
    return done_on is None and due_on < today


def overdue_count(actions: Iterable[ActionDates], today: date) -> int:
    return sum(1 for action in actions if is_overdue(action.due_on, action.done_on, today))


def next_due(actions: Iterable[ActionDates]) -> date | None:
    """The earliest due date among the actions still open, or None when every action is done (or there are none)."""
    return min((action.due_on for action in actions if action.is_open), default=None)


def plan_order(is_done: bool, actions: Iterable[ActionDates], today: date) -> tuple[bool, bool, date]:
    """Sort key for the plan: open recommendations before done ones; among open ones, those with an overdue
    action first; then by the earliest open due date, with no open action last.
    """
    listed = list(actions)
    soonest = next_due(listed)
    return (is_done, overdue_count(listed, today) == 0, soonest or date.max)
