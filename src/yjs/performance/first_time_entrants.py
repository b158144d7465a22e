"""First-time entrants: children aged 10 to 17 receiving their first ever youth caution, youth
conditional caution or court outcome (DOMAIN.md section 4), per 100,000 of the 10-17 population.

An outcome is a first entry when the registry marks its type so (`OutcomeType.first_time_entry`) and
the child has no earlier such outcome, at any date and any age. Non-statutory outcomes (NFA, CR, O22,
O20/21) are never entries and never stop a later caution being one. Archived outcomes do not exist for
this count. The child's age is taken on the date of that first outcome; a child first entering at 18
is an adult entrant and never counts, not even later.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from yjs.justice.models import Outcome
from yjs.performance.ages import aged_10_to_17
from yjs.performance.figures import FirstTimeEntrants
from yjs.performance.grouping import SERVICE, group_field, within
from yjs.performance.periods import Window
from yjs.performance.population import population


def entries() -> QuerySet[Outcome]:
    """Outcomes that would make a child a first-time entrant if they were the child's first."""
    return Outcome.objects.filter(outcome_type__first_time_entry=True, archived_at__isnull=True)


def first_entry() -> Q:
    """The condition on an outcome row that it is its child's first entry (the age and date tested apart)."""
    earlier = entries().filter(child=OuterRef("child"), outcome_date__lt=OuterRef("outcome_date"))
    # The entry's type first: the lookup of earlier entries is then made for entries only.
    return Q(outcome_type__first_time_entry=True, archived_at__isnull=True) & ~Q(Exists(earlier))


def entrant_counts(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, int]:
    """Children whose first entry is dated in `window`, per service or local authority, in one query."""
    key = group_field(by)
    rows = (
        Outcome.objects.filter(within(services), aged_10_to_17("outcome_date"), first_entry())
        .filter(outcome_date__range=(window.start, window.end))
        .values(key)
        # Two entries on the child's first day (a caution and a court outcome) are one entrant.
        .annotate(children=Count("child", distinct=True))
        .values_list(key, "children")
    )
    return dict(rows)


def first_time_entrants(
    window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None
) -> dict[int, FirstTimeEntrants]:
    services = None if services is None else list(services)
    counts = entrant_counts(window, by=by, services=services)
    people = population(window, by=by, services=services)
    return {group: FirstTimeEntrants(counts.get(group, 0), people.get(group)) for group in counts.keys() | people.keys()}
