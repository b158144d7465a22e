"""Proven reoffending by the Ministry of Justice's method (DOMAIN.md section 4; docs/indicators.md).

A cohort is the children aged 10 to 17 with a qualifying index event in a period: a youth caution, a
youth conditional caution, a non-custodial court outcome, or release from custody (custody enters at
its release date, not its sentence date). The child's first such event in the period is the index.
A proven reoffence is an offence committed after the index date and no later than 12 calendar months
after it, proven by a caution or a court outcome dated no later than 18 calendar months after the index
(the 6-month waiting period). Breach offences never count; an offence counts once whatever number of
outcomes it has.

Each 3-month cohort is counted for all services at once, on the follow-ups kept for each child
(follow_ups.py): one row per index event joined to its later offences, each kept with how long after the index
it was committed and the first day it was proven within the waiting period. What a cohort counts is kept per
service and local authority (period_counts.py) twice over: its official figure, and for the live tracker (which
counts what was proven by the day it is run) each reoffender's and reoffence's day of proof.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Case, Count, DateField, F, Field, IntegerField, Min, Q, QuerySet, Value, When

from yjs.lib.dates import add_months
from yjs.lib.garbage import collecting_less
from yjs.performance.figures import EMPTY_REOFFENDING, Reoffending
from yjs.performance.follow_ups import FOLLOW_UP_MONTHS, PROOF_MONTHS, recount_marked
from yjs.performance.grouping import kept_field
from yjs.performance.models import FollowUp, FollowUpOffence
from yjs.performance.period_counts import Counts, added, folded, kept_counts, nested
from yjs.performance.periods import Quarter, Window
from yjs.performance.sql import DayNumber, months


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


def index_events(kind: int, window: Window, *, services: Iterable[int] | None = None) -> QuerySet[FollowUp]:
    """Each child's first qualifying event in the window, aged 10 to 17 that day: one row per child.

    Read from the kept follow-ups (follow_ups.py) of `kind`, after working out those of any child whose record
    changed since.
    """
    return cohorts_index_events(kind, [window], services=services)


def cohorts_index_events(
    kind: int, cohorts: Sequence[Window], *, services: Iterable[int] | None = None
) -> QuerySet[FollowUp]:
    """index_events of several cohorts that do not overlap, read at once, each annotated with its cohort's place in
    `cohorts` ("cohort"): in a cohort, and no earlier qualifying event in it. Read as one range of dates from the
    first cohort's start to the last one's end, each event then checked against its own cohort: SQLite reads an
    index for one range, not for several joined by OR."""
    recount_marked()
    first, last = min(cohort.start for cohort in cohorts), max(cohort.end for cohort in cohorts)
    events = (
        FollowUp.objects.filter(kind=kind, event_date__range=(first, last))
        .annotate(
            cohort=_in_cohort("event_date", cohorts, _places(cohorts), IntegerField()),
            cohort_start=_in_cohort("event_date", cohorts, [Value(cohort.start) for cohort in cohorts], DateField()),
        )
        .filter(Q(cohort__isnull=False), Q(previous_date__isnull=True) | Q(previous_date__lt=F("cohort_start")))
    )
    if services is not None:
        events = events.filter(service_id__in=list(services))
    return events


def _places(cohorts: Sequence[Window]) -> list[Value]:
    return [Value(i) for i in range(len(cohorts))]


def _in_cohort(event_date: str, cohorts: Sequence[Window], values: list[Value], output_field: Field) -> Case:
    """Of an event dated by the field `event_date`, the value given for the cohort it is in (NULL in none)."""
    return Case(
        *[
            When(**{f"{event_date}__range": (cohort.start, cohort.end)}, then=value)
            for cohort, value in zip(cohorts, values, strict=True)
        ],
        output_field=output_field,
    )


def reoffence() -> Q:
    """The condition, on a follow-up joined to its offences, that the offence is a proven reoffence: committed
    after the index date and within 12 months of it, and proven by a caution or court outcome within 18 months
    of the index date (both kept with the offence)."""
    return Q(offences__committed_after__lte=months(FOLLOW_UP_MONTHS))


def grouped_follow_ups(
    events: QuerySet[FollowUp], *, follow_ups: dict[str, Q], splits: Sequence[str] = ()
) -> QuerySet[FollowUp]:
    """Grouped rows: the `splits` (fields of the follow-up), the cohort size ("size"), and "<name>_reoffenders"
    and "<name>_reoffences" for each follow-up condition (at most 12 months)."""
    counts: dict[str, Any] = {"size": Count("pk", distinct=True)}
    for name, condition in follow_ups.items():
        counts[f"{name}_reoffenders"] = Count("pk", distinct=True, filter=condition)
        # One row per follow-up and offence: an offence counts once however many outcomes proved it.
        counts[f"{name}_reoffences"] = Count("offences", filter=condition)
    return events.values(*splits).order_by().annotate(**counts)


TRACKER_MONTHS = (3, 6, 9, 12)


def _cohorts(cohorts: list[Window], services: list[int] | None) -> list[Counts]:
    """Each 3-month cohort per service and local authority, as the official figure reads it: [children,
    reoffenders, reoffences]. Counted together, the cohorts not overlapping."""
    events = cohorts_index_events(FollowUp.OFFICIAL, cohorts, services=services)
    rows = grouped_follow_ups(
        events, follow_ups={"official": reoffence()}, splits=("cohort", "service_id", "local_authority_id")
    )
    figures = ("size", "official_reoffenders", "official_reoffences")
    found: list[list[tuple[int, int | None, list[int]]]] = [[] for _ in cohorts]
    for row in rows:
        found[row["cohort"]].append((row["service_id"], row["local_authority_id"], [row[name] for name in figures]))
    return [nested(rows_of_cohort) for rows_of_cohort in found]


def _tracked(cohorts: list[Window], services: list[int] | None) -> list[Counts]:
    """Each 3-month cohort per service and local authority, as the live tracker reads it: {"size": children,
    "reoffenders": for 3, 6, 9 and 12 months, each reoffender's first day proven within them, "reoffences": for
    the same months, [days, offences proven by each day]}. Days are ordinals (date.toordinal), worked out by the
    database (sql.DayNumber), each list sorted, so that a reading of what was proven by a day is a search, not a
    pass over every reoffender (tracked_figure). Counted together, the cohorts not overlapping: each query reads
    the offences once for them all."""
    events = cohorts_index_events(FollowUp.OFFICIAL, cohorts, services=services)
    parts: dict[tuple[int, int, int | None], dict[str, Any]] = {}
    sizes = events.values_list("cohort", "service_id", "local_authority_id").annotate(size=Count("pk")).order_by()
    for cohort, service, authority, size in sizes:
        parts[cohort, service, authority] = {"size": size, "reoffenders": [[] for _ in TRACKER_MONTHS], "reoffences": {}}
    offences = FollowUpOffence.objects.filter(
        follow_up__in=events.values("pk"), committed_after__lte=months(FOLLOW_UP_MONTHS)
    ).annotate(cohort=_in_cohort("follow_up__event_date", cohorts, _places(cohorts), IntegerField()))
    firsts = {f"d{n}": DayNumber(Min("proven_on", filter=Q(committed_after__lte=months(n)))) for n in TRACKER_MONTHS}
    unit = ("cohort", "follow_up__service_id", "follow_up__local_authority_id")
    reoffenders = offences.values("follow_up_id", *unit).annotate(**firsts).values_list(*unit, *firsts).order_by()
    for cohort, service, authority, *firsts_proven in reoffenders:
        days = parts[cohort, service, authority]["reoffenders"]
        for at, day in enumerate(firsts_proven):
            if day is not None:
                days[at].append(day)
    within = Case(
        *[When(committed_after__lte=months(n), then=Value(n)) for n in TRACKER_MONTHS], output_field=IntegerField()
    )
    reoffences = (
        offences.values(*unit, within=within, day=DayNumber("proven_on"))
        .annotate(offences=Count("pk"))
        .values_list(*unit, "within", "day", "offences")
        .order_by()
    )
    for cohort, service, authority, committed_within, day, count in reoffences:
        found = parts[cohort, service, authority]["reoffences"]
        found[committed_within, day] = found.get((committed_within, day), 0) + count
    for part in parts.values():
        for days in part["reoffenders"]:
            days.sort()
        proven = part["reoffences"]
        part["reoffences"] = [
            _by_day({day: n for (committed_within, day), n in proven.items() if committed_within <= limit})
            for limit in TRACKER_MONTHS
        ]
    return [
        nested((service, authority, part) for (of, service, authority), part in parts.items() if of == cohort)
        for cohort in range(len(cohorts))
    ]


def _by_day(offences: dict[int, int]) -> list[list[int]]:
    """[days in order, offences proven by each of them] from {day: offences proven that day}."""
    days = sorted(offences)
    proven, total = [], 0
    for day in days:
        total += offences[day]
        proven.append(total)
    return [days, proven]


def _joined(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Two parts of a group's tracked cohort: their sizes added up, their days kept apart (each part's lists are
    sorted; a reading adds up what it finds in each)."""
    return {"size": first["size"] + second["size"], "parts": [*first.get("parts", [first]), *second.get("parts", [second])]}


def tracked_figure(part: dict[str, Any], follow_up_months: int, proven_by: date) -> Reoffending:
    """A tracked cohort's figure from its kept counts: offences committed within `follow_up_months` of the index
    date, proven within the waiting period and no later than `proven_by`."""
    at = TRACKER_MONTHS.index(follow_up_months)
    by_day = proven_by.toordinal()
    reoffenders = reoffences = 0
    for kept in part.get("parts", [part]):
        offence_days, proven = kept["reoffences"][at]
        reoffenders += bisect_right(kept["reoffenders"][at], by_day)
        reached = bisect_right(offence_days, by_day)
        reoffences += proven[reached - 1] if reached else 0
    return Reoffending(part["size"], reoffenders, reoffences)


def reoffending_by_cohort(
    cohorts: Sequence[Window], *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[Window, Reoffending]]:
    """Each cohort's figures, per service or local authority, kept per service (period_counts.py); `cohorts` must
    not overlap."""
    kept_field(by)  # refuses an unknown grouping before counting
    result: dict[int, dict[Window, Reoffending]] = {}
    kept = kept_counts("reoffending_cohort", cohorts, services, _cohorts, together=True)
    for cohort, counts in zip(cohorts, kept, strict=True):
        for group, figure in folded(counts, by, added).items():
            result.setdefault(group, {})[cohort] = Reoffending(*figure)
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


@collecting_less()
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
    # The same for every group: whether each cohort is provisional and which of its points are reached.
    reached = [
        (i, quarter, is_provisional(window, today), [n for n in TRACKER_MONTHS if add_months(window.end, n) <= today])
        for i, (quarter, window) in enumerate(zip(quarters, windows, strict=True))
    ]
    kept_field(by)  # refuses an unknown grouping before counting
    cohorts: dict[int | None, dict[int, dict[str, Any]]] = {}
    for i, counts in enumerate(kept_counts("reoffending_tracker", windows, services, _tracked, together=True)):
        for group, part in folded(counts, by, _joined).items():
            cohorts.setdefault(group, {})[i] = part
    result: dict[int, list[TrackedCohort]] = {}
    for group, parts in cohorts.items():
        tracked = []
        for i, quarter, provisional, points_reached in reached:
            part = parts.get(i)
            points = tuple(
                TrackerPoint(n, tracked_figure(part, n, today) if part else EMPTY_REOFFENDING, provisional)
                for n in points_reached
            )
            tracked.append(TrackedCohort(quarter, part["size"] if part else 0, points))
        result[group] = tracked
    return result
