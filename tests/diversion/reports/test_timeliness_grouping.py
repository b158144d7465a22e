"""Grouping notifications and working out each group's figures, without the database."""

from __future__ import annotations

from datetime import date, timedelta

from yjs.diversion.timeliness import (
    Interval,
    Milestones,
    by_local_authority,
    by_month,
    by_outcome,
    summarise,
    suppress_small_groups,
)


def notified(day: date, *gaps: int, la: str = "Casterbridge", decision: str = "") -> Milestones:
    """A notification reaching its milestones `gaps` days after notification, in order."""
    dates = [day + timedelta(days=gap) for gap in gaps] + [None] * (4 - len(gaps))
    return Milestones(day, *dates, local_authority=la, decision=decision)


def test_each_interval_counts_calendar_days_from_notification() -> None:
    row = notified(date(2026, 3, 2), 6, 8, 17, 40)
    assert [row.days_to(interval) for interval in Interval] == [6, 8, 17, 40]


def test_a_milestone_not_reached_adds_nothing_to_its_interval() -> None:
    [group] = summarise([notified(date(2026, 3, 2), 6), notified(date(2026, 3, 3), 4, 5, 9, 20)], by_month)
    assert group.count == 2
    assert group.intervals[Interval.SCREENING].count == 2
    assert group.intervals[Interval.SCREENING].median == 5
    assert group.intervals[Interval.DELIVERY].count == 1
    assert group.intervals[Interval.DELIVERY].median == 20


def test_groups_by_the_month_notified_in_date_order() -> None:
    rows = [notified(date(2026, 4, 30), 3), notified(date(2026, 3, 1), 2), notified(date(2026, 3, 31), 4)]
    groups = summarise(rows, by_month)
    assert [(g.label, g.count) for g in groups] == [("March 2026", 2), ("April 2026", 1)]


def test_groups_by_local_authority_with_the_unknown_last() -> None:
    rows = [notified(date(2026, 3, 1), 2, la=""), notified(date(2026, 3, 1), 2, la="Sandbourne")]
    assert [g.label for g in summarise(rows, by_local_authority)] == ["Sandbourne", "Not known"]


def test_groups_by_outcome_in_the_vocabularys_order_with_the_undecided_last() -> None:
    key = by_outcome({"CR": "Community resolution", "YC": "Youth caution"}, ["CR", "YC"])
    rows = [
        notified(date(2026, 3, 1), 2, decision="YC"),
        notified(date(2026, 3, 1), 2),
        notified(date(2026, 3, 1), 2, decision="CR"),
    ]
    assert [g.label for g in summarise(rows, key)] == ["Community resolution", "Youth caution", "Not decided yet"]


def test_a_group_of_fewer_than_five_is_withheld_whole() -> None:
    rows = [notified(date(2026, 3, d), 5, 6, 7, 8) for d in range(1, 5)]
    [group] = suppress_small_groups(summarise(rows, by_month))
    assert group.suppressed
    assert group.count == 0
    assert all(figures.median is None and figures.p90 is None for _, figures in group.rows)


def test_an_interval_reached_by_fewer_than_five_loses_its_figures_in_a_larger_group() -> None:
    rows = [notified(date(2026, 3, d), 5, 6, 7, 8) for d in range(1, 4)]
    rows += [notified(date(2026, 3, d), 5) for d in range(4, 8)]
    [group] = suppress_small_groups(summarise(rows, by_month))
    assert not group.suppressed
    assert group.intervals[Interval.SCREENING].median == 5
    assert group.intervals[Interval.DELIVERY].median is None


def test_a_group_of_five_is_shown() -> None:
    rows = [notified(date(2026, 3, d), d) for d in range(1, 6)]
    [group] = suppress_small_groups(summarise(rows, by_month))
    assert (group.suppressed, group.count, group.intervals[Interval.SCREENING].median) == (False, 5, 3)
