"""Every indicator for a period, per service or local authority, and the flat names the command prints.

Each calculation is one grouped query over every group at once; first-time entrants and custody share one
pass over the period's counted outcomes (counted_outcomes.py), and the 10-17 population is read once and shared
by the two rates that divide by it. Groups with nothing to count are absent from a calculation's answer and read
here as zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Q

from yjs.lib.garbage import collecting_less
from yjs.performance.counted_outcomes import counted_in
from yjs.performance.figures import EMPTY_REOFFENDING, Custody, FirstTimeEntrants, Ratio, Reoffending
from yjs.performance.grouping import SERVICE
from yjs.performance.period_counts import Counts, added, folded, kept_counts, nested
from yjs.performance.periods import Window
from yjs.performance.population import population
from yjs.performance.reoffending import proven_reoffending


@dataclass(frozen=True)
class IndicatorSet:
    fte: FirstTimeEntrants
    custody: Custody
    reoffending: Reoffending


def entrants_and_sentences(
    window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None
) -> tuple[dict[int, int], dict[int, int]]:
    """entrant_counts and custodial_sentences from one pass over the period's counted outcomes (children aged
    10-17 that day), each a conditional count; a group with none is absent, as from each of them. Kept per
    service for a period of whole quarters (period_counts.py)."""
    [counts] = kept_counts("entrants_and_sentences", [window], services, _entrants_and_sentences)
    totals = folded(counts, by, added)
    return {g: n for g, (n, _) in totals.items() if n}, {g: n for g, (_, n) in totals.items() if n}


def _entrants_and_sentences(window: Window, services: list[int] | None) -> Counts:
    """[entrants, custodial sentences] per service and local authority: each child is in one of each, so the
    counts of children add up over either."""
    rows = (
        counted_in(window, services=services)
        .values("service_id", "local_authority_id")
        .annotate(
            entrants=Count("child", distinct=True, filter=Q(first_entry=True)),
            sentences=Count("pk", filter=Q(custodial=True)),
        )
        .values_list("service_id", "local_authority_id", "entrants", "sentences")
        .order_by()
    )
    return nested((service, authority, [entrants, sentences]) for service, authority, entrants, sentences in rows)


@collecting_less()
def indicators(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, IndicatorSet]:
    services = None if services is None else list(services)
    people = population(window, by=by, services=services)
    entrants, sentences = entrants_and_sentences(window, by=by, services=services)
    reoffending = proven_reoffending(window, by=by, services=services)
    groups = people.keys() | entrants.keys() | sentences.keys() | reoffending.keys()
    return {
        group: IndicatorSet(
            fte=FirstTimeEntrants(entrants.get(group, 0), people.get(group)),
            custody=Custody(sentences.get(group, 0), people.get(group)),
            reoffending=reoffending.get(group, EMPTY_REOFFENDING),
        )
        for group in groups
    }


def empty(population: int | None = None) -> IndicatorSet:
    """The indicators of a group with nothing to count, e.g. a service asked for by name."""
    return IndicatorSet(FirstTimeEntrants(0, population), Custody(0, population), EMPTY_REOFFENDING)


def flatten(figures: IndicatorSet) -> dict[str, int | float | None]:
    """The indicators under the names the command, the comparators and the dashboard share."""
    fte, custody, reoffending = figures.fte, figures.custody, figures.reoffending
    return {
        "fte.count": fte.count,
        "fte.population": fte.population,
        "fte.rate_per_100k": fte.rate_per_100k,
        "custody.count": custody.count,
        "custody.population": custody.population,
        "custody.rate_per_1000": custody.rate_per_1000,
        "reoffending.cohort": reoffending.cohort,
        "reoffending.reoffenders": reoffending.reoffenders,
        "reoffending.reoffences": reoffending.reoffences,
        "reoffending.binary_rate": reoffending.binary_rate,
        "reoffending.per_reoffender": reoffending.per_reoffender,
        "reoffending.per_child": reoffending.per_child,
    }


def ratios(figures: IndicatorSet) -> list[tuple[str, Ratio]]:
    """Each rate with the numerator and denominator it was reached from, as the CSV and table show them."""
    fte, custody, reoffending = figures.fte, figures.custody, figures.reoffending
    return [
        ("fte.rate_per_100k", Ratio(fte.count, fte.population, 100_000)),
        ("custody.rate_per_1000", Ratio(custody.count, custody.population, 1_000)),
        ("reoffending.binary_rate", Ratio(reoffending.reoffenders, reoffending.cohort, 100)),
        ("reoffending.per_reoffender", Ratio(reoffending.reoffences, reoffending.reoffenders)),
        ("reoffending.per_child", Ratio(reoffending.reoffences, reoffending.cohort)),
    ]
