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

from django.db.models import Count

from yjs.performance.counted_outcomes import counted_in
from yjs.performance.figures import FirstTimeEntrants
from yjs.performance.grouping import SERVICE, kept_field
from yjs.performance.periods import Window
from yjs.performance.population import population


def entrant_counts(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, int]:
    """Children whose first entry is dated in `window`, per service or local authority, in one query over the
    counted outcomes (counted_outcomes.py: which outcome is a child's first entry is worked out there)."""
    key = kept_field(by)
    rows = (
        counted_in(window, services=services)
        .filter(first_entry=True)
        .values(key)
        # Two entries on the child's first day (a caution and a court outcome) are one entrant.
        .annotate(children=Count("child", distinct=True))
        .values_list(key, "children")
        .order_by()
    )
    return dict(rows)


def first_time_entrants(
    window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None
) -> dict[int, FirstTimeEntrants]:
    services = None if services is None else list(services)
    counts = entrant_counts(window, by=by, services=services)
    people = population(window, by=by, services=services)
    return {group: FirstTimeEntrants(counts.get(group, 0), people.get(group)) for group in counts.keys() | people.keys()}
