"""Proven reoffending by the Ministry of Justice's method (DOMAIN.md section 4; docs/indicators.md).

A cohort is the children aged 10 to 17 with a qualifying index event in a period: a youth caution, a
youth conditional caution, a non-custodial court outcome, or release from custody (custody enters at
its release date, not its sentence date). The child's first such event in the period is the index.
A proven reoffence is an offence committed after the index date and no later than 12 calendar months
after it, proven by a caution or a court outcome dated no later than 18 calendar months after the index
(the 6-month waiting period). Breach offences never count; an offence counts once whatever number of
outcomes it has.

Every figure comes from one grouped query over all services (or local authorities), on the follow-ups kept
for each child (follow_ups.py): one row per index event joined to its later offences, each kept with how long
after the index it was committed and the first day it was proven within the waiting period.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When

from yjs.lib.dates import add_months
from yjs.performance.figures import EMPTY_REOFFENDING, Reoffending
from yjs.performance.follow_ups import FOLLOW_UP_MONTHS, PROOF_MONTHS, recount_marked
from yjs.performance.grouping import GROUPINGS, kept_field
from yjs.performance.models import FollowUp
from yjs.performance.periods import Quarter, Window
from yjs.performance.sql import months


def cohort_windows(window: Window) -> list[Window]:
    """The 3-month cohorts a period is made of: its YJB quarters if it is whole quarters, else itself."""
    quarter = Quarter.containing(window.start)
    cohorts = []
    while quarter.start <= window.end:
        cohorts.append(quarter.window)
        quarter = quarter.previous(-1)
    if cohorts[0].start != window.start or cohorts[-1].end != window.end:
        return [window]
    return cohorts


def final_from(window: Window) -> date:
    """The first day a cohort's figures can no longer change: every index date is 18 months past."""
    return add_months(window.end, PROOF_MONTHS) + timedelta(days=1)


def is_provisional(window: Window, today: date) -> bool:
    return today < final_from(window)


def _first_in(cohort: Window) -> Q:
    """The follow-up is the child's first qualifying event in the cohort: in it, and none before it in it."""
    return Q(event_date__range=(cohort.start, cohort.end)) & (
        Q(previous_date__isnull=True) | Q(previous_date__lt=cohort.start)
    )


def index_events(
    kind: int,
    cohorts: Sequence[Window],
    *,
    by: str = "service",
    services: Iterable[int] | None = None,
) -> QuerySet[FollowUp]:
    """Each child's first qualifying event in each cohort, aged 10 to 17 that day: one row per child per cohort.

    Read from the kept follow-ups (follow_ups.py) of `kind`, after working out those of any child whose record
    changed since. Annotated with `cohort` (its position in `cohorts`) and `group` (service or local
    authority id).
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {sorted(GROUPINGS)}")
    recount_marked()
    # The cohorts' whole span as one range as well, so that the events are read from that range of the index
    # rather than from every event of the kind (neither database makes one range of several OR'd ones).
    span = (min(cohort.start for cohort in cohorts), max(cohort.end for cohort in cohorts))
    events = FollowUp.objects.filter(
        reduce(or_, [_first_in(cohort) for cohort in cohorts]), kind=kind, event_date__range=span
    )
    if services is not None:
        events = events.filter(service_id__in=list(services))
    cohort = Case(
        *[When(event_date__range=(c.start, c.end), then=Value(i)) for i, c in enumerate(cohorts)],
        output_field=IntegerField(),
    )
    return events.annotate(cohort=cohort, group=F(kept_field(by)))


def reoffence(follow_up_months: int = FOLLOW_UP_MONTHS, proven_by: date | None = None) -> Q:
    """The condition, on a follow-up joined to its offences, that the offence is a proven reoffence.

    Committed after the index date and within `follow_up_months` of it; proven by a caution or court
    outcome within 18 months of the index date (both kept with the offence) and, where `proven_by` is given,
    no later than that day.
    """
    condition = Q(offences__committed_after__lte=months(follow_up_months))
    if proven_by is not None:
        condition &= Q(offences__proven_on__lte=proven_by)
    return condition


def followed_up(
    events: QuerySet[FollowUp], *, follow_ups: dict[str, Q], splits: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Grouped rows: group, cohort, any `splits` (fields of the follow-up), the cohort size ("size"), and
    "<name>_reoffenders" and "<name>_reoffences" for each follow-up condition (at most 12 months)."""
    return list(grouped_follow_ups(events, follow_ups=follow_ups, splits=splits))


def grouped_follow_ups(
    events: QuerySet[FollowUp], *, follow_ups: dict[str, Q], splits: Sequence[str] = ()
) -> QuerySet[FollowUp]:
    """The query of `followed_up`'s rows, to be read or built on."""
    counts: dict[str, Any] = {"size": Count("pk", distinct=True)}
    for name, condition in follow_ups.items():
        counts[f"{name}_reoffenders"] = Count("pk", distinct=True, filter=condition)
        # One row per follow-up and offence: an offence counts once however many outcomes proved it.
        counts[f"{name}_reoffences"] = Count("offences", filter=condition)
    return events.values("group", "cohort", *splits).order_by().annotate(**counts)


def reoffending_by_cohort(
    cohorts: Sequence[Window], *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[Window, Reoffending]]:
    """Each cohort's figures, per service or local authority, from one query; `cohorts` must not overlap."""
    events = index_events(FollowUp.OFFICIAL, cohorts, by=by, services=services)
    result: dict[int, dict[Window, Reoffending]] = {}
    for row in followed_up(events, follow_ups={"official": reoffence()}):
        result.setdefault(row["group"], {})[cohorts[row["cohort"]]] = Reoffending(
            row["size"], row["official_reoffenders"], row["official_reoffences"]
        )
    return result


def one_cohort(window: Window, *, by: str = "service", services: Iterable[int] | None = None) -> dict[int, Reoffending]:
    """The whole window taken as a single cohort: each child once, at their first index event in it."""
    return {group: cohorts[window] for group, cohorts in reoffending_by_cohort([window], by=by, services=services).items()}


def proven_reoffending(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, Reoffending]:
    """The proven reoffending figure for a period: the sum of its 3-month cohorts (cohort_windows)."""
    result: dict[int, Reoffending] = {}
    for group, cohorts in reoffending_by_cohort(cohort_windows(window), by=by, services=services).items():
        total = EMPTY_REOFFENDING
        for figure in cohorts.values():
            total = total + figure
        result[group] = total
    return result


@dataclass(frozen=True)
class TrackerPoint:
    """Reoffending so far, `months` after each index date, counting offences proven by the day it was run."""

    months: int
    figure: Reoffending
    provisional: bool


@dataclass(frozen=True)
class TrackedCohort:
    """One 3-month cohort: its size, and the points of its follow-up reached so far (oldest first)."""

    quarter: Quarter
    cohort: int
    points: tuple[TrackerPoint, ...]


TRACKER_MONTHS = (3, 6, 9, 12)


def live_tracker(
    quarters: Sequence[Quarter],
    *,
    today: date,
    by: str = "service",
    services: Iterable[int] | None = None,
) -> dict[int, list[TrackedCohort]]:
    """Recent 3-month cohorts followed up so far: reoffending at 3, 6, 9 and 12 months after the index.

    A point appears only once that many months have passed since the cohort's last day, so every child
    in it has been followed that long. It counts offences proven by `today` (and, as the official
    figure does, within 18 months of the index): a point stays provisional until the cohort's waiting
    period is over, when its 12-month point equals the official figure. Quarters are listed in the order
    given, each with at least its cohort size (a cohort with no point yet has an empty `points`).
    """
    windows = [quarter.window for quarter in quarters]
    events = index_events(FollowUp.OFFICIAL, windows, by=by, services=services)
    follow_ups = {f"m{n}": reoffence(n, proven_by=today) for n in TRACKER_MONTHS}
    rows: dict[int, dict[int, dict[str, Any]]] = {}
    for row in followed_up(events, follow_ups=follow_ups):
        rows.setdefault(row["group"], {})[row["cohort"]] = row
    result: dict[int, list[TrackedCohort]] = {}
    for group, cohorts in rows.items():
        tracked = []
        for i, quarter in enumerate(quarters):
            row = cohorts.get(i)
            provisional = is_provisional(quarter.window, today)
            points = tuple(
                TrackerPoint(
                    n,
                    Reoffending(row["size"], row[f"m{n}_reoffenders"], row[f"m{n}_reoffences"])
                    if row
                    else EMPTY_REOFFENDING,
                    provisional,
                )
                for n in TRACKER_MONTHS
                if add_months(quarter.end, n) <= today
            )
            tracked.append(TrackedCohort(quarter, row["size"] if row else 0, points))
        result[group] = tracked
    return result
