"""Release planning: the milestones of a custody episode, when each is due, and which are late.

No request and no ORM: the pages and the board report pass dates in. The milestones and their targets are
configurable defaults kept here, in one place; a service changes them with the YJS_RESETTLEMENT setting
(for example {"address_confirmed": 42}), because local protocols and national guidance set different ones.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from yjs.lib.dates import add_working_days


class Anchor(StrEnum):
    START = "start"  # counted forward from the start of custody
    RELEASE = "release"  # counted back from the release date


@dataclass(frozen=True)
class MilestoneRule:
    code: str
    label: str | Promise
    anchor: Anchor
    days: int
    working_days: bool = False


ADDRESS_CONFIRMED = "address_confirmed"

# The defaults: the first planning meeting follows the YJB's expectation of a meeting within 10 working days of
# sentence; the days before release are this service's local targets, to be set by each service.
DEFAULT_MILESTONES = (
    MilestoneRule("initial_meeting", _("Initial resettlement planning meeting held"), Anchor.START, 10, working_days=True),
    MilestoneRule(ADDRESS_CONFIRMED, _("Release address confirmed"), Anchor.RELEASE, 28),
    MilestoneRule("ete_arranged", _("Education, training or employment on release arranged"), Anchor.RELEASE, 14),
    MilestoneRule("health_arranged", _("Health arrangements on release in place"), Anchor.RELEASE, 14),
    MilestoneRule("release_meeting", _("Release planning meeting held"), Anchor.RELEASE, 10),
)


def milestone_rules(overrides: Mapping[str, int] | None = None) -> tuple[MilestoneRule, ...]:
    """The milestones with any service's own number of days in place of the defaults."""
    overrides = overrides or {}
    return tuple(
        MilestoneRule(rule.code, rule.label, rule.anchor, overrides.get(rule.code, rule.days), rule.working_days)
        for rule in DEFAULT_MILESTONES
    )


def configured_rules() -> tuple[MilestoneRule, ...]:
    from django.conf import settings

    return milestone_rules(getattr(settings, "YJS_RESETTLEMENT", {}))


def rule_for(code: str, rules: Iterable[MilestoneRule] = DEFAULT_MILESTONES) -> MilestoneRule:
    return next(rule for rule in rules if rule.code == code)


def due_date(rule: MilestoneRule, start: date, release: date | None, holidays: Iterable[date] = ()) -> date | None:
    """When the milestone is due; None for a release milestone while no release date is known (remand)."""
    if rule.anchor == Anchor.START:
        if rule.working_days:
            return add_working_days(start, rule.days, holidays)
        return start + timedelta(days=rule.days)
    if release is None:
        return None
    return release - timedelta(days=rule.days)


class State(StrEnum):
    DONE = "done"
    DONE_LATE = "done_late"
    DUE = "due"
    OVERDUE = "overdue"
    NO_DATE = "no_date"


STATE_LABELS = {
    State.DONE: _("Done"),
    State.DONE_LATE: _("Done late"),
    State.DUE: _("Due"),
    State.OVERDUE: _("Late"),
    State.NO_DATE: _("No release date yet"),
}


@dataclass(frozen=True)
class MilestoneState:
    rule: MilestoneRule
    due: date | None
    done_on: date | None
    state: State

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def label(self) -> str:
        return str(self.rule.label)

    @property
    def state_label(self) -> str:
        return str(STATE_LABELS[self.state])

    @property
    def is_late(self) -> bool:
        return self.state in (State.OVERDUE, State.DONE_LATE)


def milestone_state(due: date | None, done_on: date | None, today: date) -> State:
    """Done on or before its due date, done after it, still to do, or not done with its date passed."""
    if done_on is not None:
        return State.DONE_LATE if due is not None and done_on > due else State.DONE
    if due is None:
        return State.NO_DATE
    return State.OVERDUE if due < today else State.DUE


def plan(
    start: date,
    release: date | None,
    done: Mapping[str, date],
    today: date,
    rules: Iterable[MilestoneRule] = DEFAULT_MILESTONES,
    holidays: Iterable[date] = (),
) -> list[MilestoneState]:
    """Every milestone of one episode, in order, with its due date and state."""
    holidays = frozenset(holidays)
    states = []
    for rule in rules:
        due = due_date(rule, start, release, holidays)
        states.append(MilestoneState(rule, due, done.get(rule.code), milestone_state(due, done.get(rule.code), today)))
    return states


def next_milestones(states: Iterable[MilestoneState]) -> list[MilestoneState]:
    """The milestones still to do, the earliest due first (those with no date yet last)."""
    open_ = [s for s in states if s.done_on is None]
    return sorted(open_, key=lambda s: (s.due is None, s.due or date.max))


def days_before_release(release: date | None, confirmed: date | None) -> int | None:
    """How many days before release the address was confirmed: 0 on the day, negative after it, None if not yet."""
    if release is None or confirmed is None:
        return None
    return (release - confirmed).days


@dataclass(frozen=True)
class AddressConfirmation:
    """The releases of a period, and how long before each the release address was confirmed."""

    releases: int
    confirmed: int
    median_days: float | None
    fewer_than_target: int  # confirmed, but fewer than the target's days before release (or after it)
    not_confirmed: int
    target_days: int


def address_confirmation(days: Iterable[int | None], target_days: int) -> AddressConfirmation:
    """Summarise one value per release: its days before release, or None where no address was confirmed."""
    values = list(days)
    confirmed = [d for d in values if d is not None]
    return AddressConfirmation(
        releases=len(values),
        confirmed=len(confirmed),
        median_days=statistics.median(confirmed) if confirmed else None,
        fewer_than_target=sum(1 for d in confirmed if d < target_days),
        not_confirmed=len(values) - len(confirmed),
        target_days=target_days,
    )
