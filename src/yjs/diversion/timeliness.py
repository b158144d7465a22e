"""How long the out-of-court pipeline takes: days from notification to each milestone, by group.

Every interval counts calendar days from the day the police notified the YJS (notified_on) to the day a
milestone was reached, over the notifications that reached it. A notification still waiting for a
milestone adds nothing to that interval; it still counts towards its group's number of notifications.

The median and the 90th percentile use linear interpolation between closest ranks, the method of
Python's ``statistics.quantiles(method="inclusive")`` (and of spreadsheets' PERCENTILE.INC): with the n
values sorted, the p-th percentile sits at position (n - 1) * p counted from 0, and a position between
two values takes the value that far between them. So the median of 2, 4, 9, 30 is 6.5 and its 90th
percentile is 23.7 (position 2.7: 9 + 0.7 * (30 - 9)).

This module knows nothing of the database or the request: diversion.timeliness_queries reads the rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

# A board member sees the report in aggregate only. A figure drawn from fewer than five children could
# let a reader who knows the area pick out a child (ONS and YJB statistics suppress small cells the same
# way), so any figure from fewer than this many notifications is withheld from the board.
SMALL_GROUP_THRESHOLD = 5


class Interval(StrEnum):
    SCREENING = "screening"
    PROPOSAL = "proposal"
    DECISION = "decision"
    DELIVERY = "delivery"


INTERVAL_LABELS = {
    Interval.SCREENING: _("Notification to screening complete"),
    Interval.PROPOSAL: _("Notification to proposal"),
    Interval.DECISION: _("Notification to decision"),
    Interval.DELIVERY: _("Notification to outcome delivered"),
}


class Grouping(StrEnum):
    MONTH = "month"
    LOCAL_AUTHORITY = "local_authority"
    OUTCOME = "outcome"


GROUPING_LABELS = {
    Grouping.MONTH: _("Month notified"),
    Grouping.LOCAL_AUTHORITY: _("Local authority"),
    Grouping.OUTCOME: _("Outcome"),
}


@dataclass(frozen=True)
class Milestones:
    """One notification as the report sees it: its milestone dates and what it is grouped by."""

    notified_on: date
    screening_completed_on: date | None
    proposed_on: date | None
    decided_on: date | None
    outcome_delivered_on: date | None
    local_authority: str  # the child's, else the one the police gave; "" if neither is known
    decision: str  # the final decision's code; "" while undecided

    def reached(self, interval: Interval) -> date | None:
        return {
            Interval.SCREENING: self.screening_completed_on,
            Interval.PROPOSAL: self.proposed_on,
            Interval.DECISION: self.decided_on,
            Interval.DELIVERY: self.outcome_delivered_on,
        }[interval]

    def days_to(self, interval: Interval) -> int | None:
        """Calendar days from notification to the milestone, or None if it has not been reached."""
        day = self.reached(interval)
        return None if day is None else (day - self.notified_on).days


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th quantile (0 <= p <= 1) by linear interpolation between closest ranks (see the module)."""
    if not values:
        raise ValueError("no values")
    if not 0 <= p <= 1:
        raise ValueError("p must be between 0 and 1")
    ordered = sorted(values)
    position = (len(ordered) - 1) * p
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (position - below) * (ordered[above] - ordered[below])


def median(values: Sequence[float]) -> float:
    return percentile(values, 0.5)


def p90(values: Sequence[float]) -> float:
    return percentile(values, 0.9)


@dataclass(frozen=True)
class IntervalFigures:
    count: int  # notifications in the group that reached the milestone
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, days: Sequence[int]) -> IntervalFigures:
        if not days:
            return cls(0, None, None)
        return cls(len(days), median(days), p90(days))


@dataclass(frozen=True)
class Group:
    key: str  # sorts the groups: "2026-03", the authority's name, the decision's code
    label: str
    count: int  # notifications in the group
    intervals: dict[Interval, IntervalFigures]
    suppressed: bool = False

    @property
    def rows(self) -> list[tuple[Interval, IntervalFigures]]:
        return [(interval, self.intervals[interval]) for interval in Interval]


@dataclass
class _Collector:
    label: str
    count: int = 0
    days: dict[Interval, list[int]] = field(default_factory=lambda: {interval: [] for interval in Interval})

    def add(self, row: Milestones) -> None:
        self.count += 1
        for interval in Interval:
            days = row.days_to(interval)
            if days is not None:
                self.days[interval].append(days)


Key = Callable[[Milestones], tuple[str, str]]


def summarise(rows: Iterable[Milestones], key: Key) -> list[Group]:
    """Count and the two statistics for each interval, per group; `key` gives a row's (sort key, label)."""
    groups: dict[str, _Collector] = {}
    for row in rows:
        sort_key, label = key(row)
        groups.setdefault(sort_key, _Collector(label)).add(row)
    return [
        Group(
            key,
            collected.label,
            collected.count,
            {interval: IntervalFigures.of(days) for interval, days in collected.days.items()},
        )
        for key, collected in sorted(groups.items())
    ]


def suppress_small_groups(groups: list[Group], threshold: int = SMALL_GROUP_THRESHOLD) -> list[Group]:
    """The groups as a board member may see them: no figures for a group of fewer than `threshold`.

    An interval reached by fewer than `threshold` notifications in a larger group loses its statistics too,
    since a median of two or three values is as telling as the values themselves.
    """
    shown = []
    for group in groups:
        if group.count < threshold:
            blank = {interval: IntervalFigures(0, None, None) for interval in Interval}
            shown.append(Group(group.key, group.label, 0, blank, suppressed=True))
            continue
        intervals = {
            interval: figures if figures.count >= threshold else IntervalFigures(figures.count, None, None)
            for interval, figures in group.intervals.items()
        }
        shown.append(Group(group.key, group.label, group.count, intervals))
    return shown


def by_month(row: Milestones) -> tuple[str, str]:
    """The month the police notified the YJS: a month's figures do not change as later months decide."""
    return f"{row.notified_on:%Y-%m}", f"{row.notified_on:%B %Y}"


def by_local_authority(row: Milestones) -> tuple[str, str]:
    name = row.local_authority or str(_("Not known"))
    # Unknown last, whatever its name sorts as.
    return ("~" if not row.local_authority else name), name


def by_outcome(decision_labels: dict[str, str], order: Sequence[str]) -> Key:
    """Group by final decision, in the order given (the vocabulary's); undecided notifications last."""

    def key(row: Milestones) -> tuple[str, str]:
        if not row.decision:
            return "~", str(_("Not decided yet"))
        position = order.index(row.decision) if row.decision in order else len(order)
        return f"{position:02d}", decision_labels.get(row.decision, row.decision)

    return key
