"""On random small histories, the grouped SQL gives the same figures as the definition read literally in Python.

Dates are drawn as whole calendar months (plus or minus a day) from a few anchors, chosen either side of
the 10th and 18th birthdays, the end of the 12-month follow-up and the end of the 18-month waiting period,
so those edges are met often rather than by luck.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import LocalAuthorityFactory, ServiceFactory
from yjs.children.models import Child
from yjs.justice.models import Offence, Outcome
from yjs.lib.dates import add_months, age_on
from yjs.performance.disposals import out_of_court_reoffending
from yjs.performance.figures import EMPTY_REOFFENDING, Reoffending
from yjs.performance.periods import Quarter, Window, year_ending
from yjs.performance.reoffending import live_tracker, proven_reoffending

PROVING = {"YC", "YCC", "RO", "YRO", "DTO"}
NON_CUSTODIAL_INDEX = {"YC", "YCC", "RO", "YRO"}
CODES = ["YC", "YCC", "CR", "O22", "O20_21", "NFA", "RO", "YRO", "DTO", "YC", "RO", "YRO"]
# Mostly in 2024Q1 (April to June 2024), the cohort every period below starts with.
ANCHORS = [date(2024, 4, 1), date(2024, 5, 15), date(2024, 5, 31), date(2024, 6, 30), date(2024, 8, 29), date(2024, 1, 31)]

# Each period with the cohorts the official method splits it into, written out by hand.
PERIODS = [
    (Quarter(2024, 1).window, [Quarter(2024, 1).window]),
    (year_ending(Quarter(2024, 4)), [Quarter(2024, n).window for n in (1, 2, 3, 4)]),
    (Window(date(2024, 5, 10), date(2024, 11, 20)), [Window(date(2024, 5, 10), date(2024, 11, 20))]),
]

rarely = st.sampled_from([False, False, False, False, True])
jitter = st.integers(-1, 1)


@dataclass
class OutcomeRow:
    code: str
    on: date
    released: date | None
    archived: bool


@dataclass
class OffenceRow:
    committed: date
    breach: bool
    archived: bool
    proofs: list[OutcomeRow]


@dataclass
class ChildRow:
    born: date
    authority: int
    archived: bool
    events: list[OutcomeRow]
    offences: list[OffenceRow]

    @property
    def outcomes(self) -> list[OutcomeRow]:
        return self.events + [proof for offence in self.offences for proof in offence.proofs]


# Months after the anchor: near the start (the index events), and either side of 12 and 18 months.
OFFENCE_MONTHS = st.sampled_from([-1, 0, 1, 3, 6, 11, 12, 13])
PROOF_MONTHS = st.sampled_from([1, 6, 12, 17, 18, 18, 19])


@st.composite
def outcome_rows(draw, anchor: date, months, not_before: int = -1) -> OutcomeRow:  # type: ignore[no-untyped-def]
    code = draw(st.sampled_from(CODES))
    on = add_months(anchor, max(draw(months), not_before)) + timedelta(days=draw(jitter))
    released = None
    if code == "DTO" and draw(st.booleans()):
        released = add_months(on, draw(st.integers(0, 4))) + timedelta(days=draw(jitter))
    return OutcomeRow(code, on, released, draw(rarely))


@st.composite
def offence_rows(draw, anchor: date) -> OffenceRow:  # type: ignore[no-untyped-def]
    months = draw(OFFENCE_MONTHS)
    committed = add_months(anchor, months) + timedelta(days=draw(jitter))
    proofs = draw(st.lists(outcome_rows(anchor, PROOF_MONTHS, not_before=months), min_size=1, max_size=2))
    return OffenceRow(committed, draw(rarely), draw(rarely), proofs)


@st.composite
def child_rows(draw) -> ChildRow:  # type: ignore[no-untyped-def]
    anchor = draw(st.sampled_from(ANCHORS))
    born = add_months(anchor, -12 * draw(st.integers(9, 18))) + timedelta(days=draw(jitter))
    events = draw(st.lists(outcome_rows(anchor, st.integers(0, 1)), min_size=1, max_size=2))
    offences = draw(st.lists(offence_rows(anchor), min_size=1, max_size=4))
    return ChildRow(born, draw(st.integers(0, 2)), draw(st.sampled_from([False] * 7 + [True])), events, offences)


def index_date(row: ChildRow, cohort: Window) -> date | None:
    events = []
    for outcome in row.outcomes:
        if outcome.archived:
            continue
        if outcome.code in NON_CUSTODIAL_INDEX:
            events.append(outcome.on)
        elif outcome.code == "DTO" and outcome.released is not None:
            events.append(outcome.released)
    events = [day for day in events if day in cohort]
    return min(events) if events else None


def reoffences(row: ChildRow, index: date, follow_up: int, proven_by: date | None) -> int:
    limit = add_months(index, 18) if proven_by is None else min(add_months(index, 18), proven_by)
    counted = 0
    for offence in row.offences:
        if offence.archived or offence.breach or not index < offence.committed <= add_months(index, follow_up):
            continue
        if any(not proof.archived and proof.code in PROVING and proof.on <= limit for proof in offence.proofs):
            counted += 1
    return counted


def obvious(rows, cohorts, group_of, follow_up=12, proven_by=None):  # type: ignore[no-untyped-def]
    figures: dict[int, Reoffending] = {}
    for cohort in cohorts:
        for row in rows:
            index = index_date(row, cohort)
            if row.archived or index is None or not 10 <= age_on(row.born, index) < 18:
                continue
            found = reoffences(row, index, follow_up, proven_by)
            group = group_of(row)
            figures[group] = figures.get(group, Reoffending(0, 0, 0)) + Reoffending(1, int(found > 0), found)
    return figures


def record(child: Child, outcome: OutcomeRow, archived_at, *offences: Offence) -> None:  # type: ignore[no-untyped-def]
    stored = Outcome.objects.create(
        child=child,
        service=child.service,
        outcome_type_id=outcome.code,
        outcome_date=outcome.on,
        release_date=outcome.released,
        archived_at=archived_at,
    )
    stored.offences.set(offences)


def store(rows: list[ChildRow]) -> list:  # type: ignore[type-arg]
    first, second = ServiceFactory(), ServiceFactory()
    authorities = [LocalAuthorityFactory(service=first), LocalAuthorityFactory(service=first)]
    authorities.append(LocalAuthorityFactory(service=second))
    now = timezone.now()

    def stamp(archived: bool):  # type: ignore[no-untyped-def]
        return now if archived else None

    for row in rows:
        authority = authorities[row.authority]
        child = Child.objects.create(
            first_name="Random",
            last_name="History",
            date_of_birth=row.born,
            local_authority=authority,
            service=authority.service,
            archived_at=stamp(row.archived),
        )

        for event in row.events:
            record(child, event, stamp(event.archived))
        for offence in row.offences:
            stored_offence = Offence.objects.create(
                child=child,
                service=child.service,
                offence_date=offence.committed,
                description="Random",
                category="BREACH" if offence.breach else "THEFT_AND_HANDLING",
                seriousness=2,
                archived_at=stamp(offence.archived),
            )
            for proof in offence.proofs:
                record(child, proof, stamp(proof.archived), stored_offence)
    return authorities


histories = st.lists(child_rows(), min_size=1, max_size=5)


@pytest.mark.django_db
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories, st.sampled_from(PERIODS), st.sampled_from(["service", "local_authority"]))
def test_proven_reoffending_in_sql_equals_the_definition_in_python(rows, period, by):
    window, cohorts = period
    with transaction.atomic():
        authorities = store(rows)
        if by == "service":
            expected = obvious(rows, cohorts, lambda row: authorities[row.authority].service_id)
        else:
            expected = obvious(rows, cohorts, lambda row: authorities[row.authority].pk)
        assert proven_reoffending(window, by=by) == expected
        transaction.set_rollback(True)


@pytest.mark.django_db
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories, st.sampled_from([3, 6, 9, 12, 19]), st.sampled_from([-1, 0, 0, 1]))
def test_the_live_tracker_equals_the_definition_in_python(rows, later, shift):
    # Two cohorts, read together as the tracker counts them, each checked on its own.
    quarters = [Quarter(2024, 1), Quarter(2024, 1).previous(1)]
    today = add_months(quarters[0].end, later) + timedelta(days=shift)
    with transaction.atomic():
        authorities = store(rows)
        tracked = live_tracker(quarters, today=today)
        for at, quarter in enumerate(quarters):
            for n in (3, 6, 9, 12):
                expected = obvious(rows, [quarter.window], lambda row: authorities[row.authority].service_id, n, today)
                points = {
                    group: point.figure
                    for group, cohorts in tracked.items()
                    for point in cohorts[at].points
                    if point.months == n
                }
                # A service with a child in the other cohort alone is listed with this one empty.
                found = {group: figure for group, figure in points.items() if figure.cohort}
                assert set(points.values()) - set(found.values()) <= {EMPTY_REOFFENDING}
                assert found == (expected if add_months(quarter.end, n) <= today else {})
        transaction.set_rollback(True)


DISPOSAL_RANK = {"CR": 1, "O22": 2, "O20_21": 3, "YC": 4, "YCC": 5}


def obvious_out_of_court(rows, window, group_of):  # type: ignore[no-untyped-def]
    """Per group: the total, and the figures by disposal and by age band, with the period as one cohort."""
    figures: dict[int, dict[str, Reoffending]] = {}
    for row in rows:
        disposals = [
            (outcome.on, -DISPOSAL_RANK[outcome.code], outcome.code)
            for outcome in row.outcomes
            if outcome.code in DISPOSAL_RANK and not outcome.archived and outcome.on in window
        ]
        if row.archived or not disposals:
            continue
        index, _, code = min(disposals)
        if not 10 <= age_on(row.born, index) < 18:
            continue
        found = reoffences(row, index, 12, None)
        cell = Reoffending(1, int(found > 0), found)
        group = figures.setdefault(group_of(row), {})
        band = "10-14" if age_on(row.born, index) < 15 else "15-17"
        for key in ("total", f"disposal:{code}", f"age_band:{band}"):
            group[key] = group.get(key, Reoffending(0, 0, 0)) + cell
    return figures


@pytest.mark.django_db
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories, st.sampled_from(PERIODS))
def test_out_of_court_reoffending_in_sql_equals_the_definition_in_python(rows, period):
    window, _ = period
    with transaction.atomic():
        authorities = store(rows)
        found = {
            group: {
                "total": figures.total,
                **{
                    f"{dimension}:{value}": figure
                    for dimension in ("disposal", "age_band")
                    for value, figure in figures.by[dimension].items()
                },
            }
            for group, figures in out_of_court_reoffending(window).items()
        }
        assert found == obvious_out_of_court(rows, window, lambda row: authorities[row.authority].service_id)
        transaction.set_rollback(True)
