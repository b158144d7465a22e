"""Use of custody: custodial sentences given to children aged 10 to 17, per 1,000 of the 10-17 population.

The YJB counts custodial *sentences*, not children: a child sentenced to custody twice in the period
counts twice (docs/indicators.md). A sentence is one outcome, however many offences it covers. The
custodial codes are the registry's (`OutcomeType.custodial`: DTO, S250, S254, S259), so a new national
code arrives as a row. The sentence is dated by its outcome date, not its release.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count

from yjs.performance.counted_outcomes import counted_in
from yjs.performance.figures import Custody
from yjs.performance.grouping import SERVICE, kept_field
from yjs.performance.periods import Window
from yjs.performance.population import population


def custodial_sentences(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, int]:
    """Custodial sentences dated in `window`, per service or local authority, in one grouped query over the
    counted outcomes (children aged 10 to 17 that day)."""
    key = kept_field(by)
    rows = (
        counted_in(window, services=services)
        .filter(custodial=True)
        .values(key)
        .annotate(sentences=Count("pk"))
        .values_list(key, "sentences")
        .order_by()
    )
    return dict(rows)


def custody(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, Custody]:
    services = None if services is None else list(services)
    counts = custodial_sentences(window, by=by, services=services)
    people = population(window, by=by, services=services)
    return {group: Custody(counts.get(group, 0), people.get(group)) for group in counts.keys() | people.keys()}
