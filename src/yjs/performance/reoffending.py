"""Proven reoffending by the Ministry of Justice's method (DOMAIN.md section 4; docs/indicators.md).

A cohort is the children aged 10 to 17 with a qualifying index event in a period: a youth caution, a
youth conditional caution, a non-custodial court outcome, or release from custody (custody enters at
its release date, not its sentence date). The child's first such event in the period is the index.
A proven reoffence is an offence committed after the index date and no later than 12 calendar months
after it, proven by a caution or a court outcome dated no later than 18 calendar months after the index
(the 6-month waiting period). Breach offences never count; an offence counts once whatever number of
outcomes it has.

Every figure comes from one grouped query over all services (or local authorities): one row per index
event joined to the child's offences and the outcomes that prove them, counted with COUNT(DISTINCT).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Case, Count, DateField, F, FilteredRelation, IntegerField, Q, QuerySet, Value, When
from django.db.models import Window as WindowFunction
from django.db.models.functions import RowNumber
from django.db.models.lookups import LessThanOrEqual

from yjs.justice.models import Outcome
from yjs.justice.vocabularies import OffenceCategory, Stage
from yjs.lib.dates import add_months
from yjs.performance.figures import EMPTY_REOFFENDING, Reoffending
from yjs.performance.periods import Quarter, Window
from yjs.performance.sql import MonthKey, months

FOLLOW_UP_MONTHS = 12
PROOF_MONTHS = 18
GROUPINGS = {"service": "child__service_id", "local_authority": "child__local_authority_id"}

# A caution, a conditional caution or any court outcome proves an offence (the sentence date, for custody).
PROVING = Q(outcome_type__stage=Stage.COURT) | Q(outcome_type__stage=Stage.PRE_COURT, outcome_type__statutory=True)
# The same outcomes start a follow-up, except that custody starts it at release.
INDEX_EVENT = (
    Q(outcome_type__stage=Stage.PRE_COURT, outcome_type__statutory=True)
    | Q(outcome_type__stage=Stage.COURT, outcome_type__custodial=False)
    | Q(outcome_type__custodial=True, release_date__isnull=False)
)


def event_key() -> Case:
    """The month key of the day an outcome starts a follow-up: release for custody, else the outcome date."""
    return Case(
        When(outcome_type__custodial=True, then=MonthKey(F("release_date"))),
        default=MonthKey(F("outcome_date")),
        output_field=IntegerField(),
    )


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


def event_date() -> Case:
    """The day an outcome starts a follow-up, as a date: compared with offence dates without month keys."""
    return Case(
        When(outcome_type__custodial=True, then=F("release_date")),
        default=F("outcome_date"),
        output_field=DateField(),
    )


def _in_cohorts(events: QuerySet[Outcome], cohorts: Sequence[Window]) -> QuerySet[Outcome]:
    """`event_date` and `cohort` (position of the cohort the event falls in), keeping events in one.

    Plain dates, not month keys: a cohort is whole days, and comparing dates is cheap on every row.
    """
    events = events.annotate(event_date=event_date())
    return events.annotate(
        cohort=Case(
            *[When(event_date__range=(cohort.start, cohort.end), then=Value(i)) for i, cohort in enumerate(cohorts)],
            default=None,
            output_field=IntegerField(),
        )
    ).filter(cohort__isnull=False)


def index_events(
    qualifying: Q,
    cohorts: Sequence[Window],
    *,
    by: str = "service",
    services: Iterable[int] | None = None,
) -> QuerySet[Outcome]:
    """Each child's first qualifying event in each cohort, aged 10 to 17 that day: one row per child per cohort.

    Annotated with `event_key` (month key of the index date), `event_date` (the index date), `cohort` (its
    position in `cohorts`) and `group` (service or local authority id). Events on the same day are told
    apart by the most serious outcome, then the first recorded, so that exactly one is the index.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {sorted(GROUPINGS)}")
    first, last = min(cohort.start for cohort in cohorts), max(cohort.end for cohort in cohorts)
    # Plain date comparisons first, each served by an index (outcome_released for releases), so only
    # the period's outcomes are read and have their month keys worked out.
    in_span = Q(outcome_date__gte=first, outcome_date__lte=last) | Q(release_date__gte=first, release_date__lte=last)
    candidates = _in_cohorts(Outcome.objects.filter(qualifying, in_span, archived_at__isnull=True), cohorts)
    # The index is the first of the child's candidates in the cohort: one sort of the period's candidates
    # (a window function), not a lookup per candidate. Kept by id, as Django cannot join onto a subquery.
    ranked = candidates.annotate(
        rank=WindowFunction(
            RowNumber(),
            # Cohort first: no index gives that order, so the database reads the period's outcomes by
            # their date indexes and sorts them (by child first, SQLite scanned the whole table in order).
            partition_by=[F("cohort"), F("child_id")],
            order_by=[F("event_date").asc(), F("outcome_type__severity_rank").desc(), F("pk").asc()],
        )
    ).filter(rank=1)
    events = _in_cohorts(Outcome.objects.filter(pk__in=ranked.values("pk"), child__archived_at__isnull=True), cohorts)
    events = events.annotate(event_key=event_key())
    born = MonthKey(F("child__date_of_birth"))
    events = events.filter(event_key__gte=born + months(120), event_key__lt=born + months(216))
    if services is not None:
        events = events.filter(child__service_id__in=list(services))
    return events.annotate(group=F(GROUPINGS[by]))


# The child's offences that could be reoffences, joined to each index event (followed_up).
LATER = "later_offences"


def reoffence(follow_up_months: int = FOLLOW_UP_MONTHS, proven_by: date | None = None) -> Q:
    """The condition, on an index event row joined to its later offences, that the offence is a proven reoffence.

    Committed after the index date and within `follow_up_months` of it; proven by a caution or court
    outcome within 18 months of the index date and, where `proven_by` is given, no later than that day.
    Not a breach; neither the offence nor the outcome archived. Cheap tests first: SQLite stops at the
    first that fails.
    """
    offence_key = MonthKey(F(f"{LATER}__offence_date"))
    proof_key = MonthKey(F(f"{LATER}__outcomes__outcome_date"))
    proving = Q(**{f"{LATER}__outcomes__outcome_type__stage": Stage.COURT}) | Q(
        **{f"{LATER}__outcomes__outcome_type__stage": Stage.PRE_COURT, f"{LATER}__outcomes__outcome_type__statutory": True}
    )
    conditions: list[Any] = [Q(**{f"{LATER}__outcomes__archived_at__isnull": True}), proving]
    if proven_by is not None:
        conditions.append(Q(**{f"{LATER}__outcomes__outcome_date__lte": proven_by}))
    # Committed after the index date is a condition of the join itself (later_offences), not tested here.
    conditions += [
        LessThanOrEqual(offence_key, F("event_key") + months(follow_up_months)),
        LessThanOrEqual(proof_key, F("event_key") + months(PROOF_MONTHS)),
    ]
    return Q(*conditions) & ~Q(**{f"{LATER}__category": OffenceCategory.BREACH})


def later_offences(cohorts: Sequence[Window]) -> FilteredRelation:
    """The child's live offences committed after the index date and no later than any follow-up can reach.

    A condition of the join itself (LEFT JOIN ... ON), so the database reads them by the index on
    (child, offence_date) from the index date on, instead of every offence of every child in the cohort,
    and the index events with none are still there to be counted in the cohort's size. Offence after the
    index date is the same test on dates as on month keys, which only order them.
    """
    last = max(cohort.end for cohort in cohorts)
    return FilteredRelation(
        "child__offences",
        condition=Q(
            child__offences__offence_date__gt=F("event_date"),
            child__offences__offence_date__lte=add_months(last, FOLLOW_UP_MONTHS),
            child__offences__archived_at__isnull=True,
        ),
    )


def followed_up(
    events: QuerySet[Outcome], cohorts: Sequence[Window], *, follow_ups: dict[str, Q], splits: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Grouped rows: group, cohort, any `splits` annotated on the events, the cohort size ("size"), and
    "<name>_reoffenders" and "<name>_reoffences" for each follow-up condition (at most 12 months)."""
    counts: dict[str, Any] = {"size": Count("child", distinct=True)}
    for name, condition in follow_ups.items():
        counts[f"{name}_reoffenders"] = Count("child", distinct=True, filter=condition)
        counts[f"{name}_reoffences"] = Count(LATER, distinct=True, filter=condition)
    joined = events.alias(**{LATER: later_offences(cohorts)})
    return list(joined.values("group", "cohort", *splits).order_by().annotate(**counts))


def reoffending_by_cohort(
    cohorts: Sequence[Window], *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[Window, Reoffending]]:
    """Each cohort's figures, per service or local authority, from one query; `cohorts` must not overlap."""
    events = index_events(INDEX_EVENT, cohorts, by=by, services=services)
    result: dict[int, dict[Window, Reoffending]] = {}
    for row in followed_up(events, cohorts, follow_ups={"official": reoffence()}):
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
    events = index_events(INDEX_EVENT, windows, by=by, services=services)
    follow_ups = {f"m{n}": reoffence(n, proven_by=today) for n in TRACKER_MONTHS}
    rows: dict[int, dict[int, dict[str, Any]]] = {}
    for row in followed_up(events, windows, follow_ups=follow_ups):
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
