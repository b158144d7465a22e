"""Use of custody: custodial sentences given to children aged 10 to 17, per 1,000 of the 10-17 population.

The YJB counts custodial *sentences*, not children: a child sentenced to custody twice in the period
counts twice (docs/indicators.md). A sentence is one outcome, however many offences it covers. The
custodial codes are the registry's (`OutcomeType.custodial`: DTO, S250, S254, S259), so a new national
code arrives as a row. The sentence is dated by its outcome date, not its release.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count

from yjs.justice.models import Outcome
from yjs.performance.ages import aged_10_to_17
from yjs.performance.figures import Custody
from yjs.performance.grouping import SERVICE, group_field, within
from yjs.performance.periods import Window
from yjs.performance.population import population


def custodial_sentences(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, int]:
    """Custodial sentences dated in `window`, per service or local authority, in one grouped query."""
    key = group_field(by)
    rows = (
        Outcome.objects.filter(
            within(services),
            aged_10_to_17("outcome_date"),
            outcome_type__custodial=True,
            archived_at__isnull=True,
            outcome_date__range=(window.start, window.end),
        )
        .values(key)
        .annotate(sentences=Count("id"))
        .values_list(key, "sentences")
    )
    return dict(rows)


def custody(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, Custody]:
    services = None if services is None else list(services)
    counts = custodial_sentences(window, by=by, services=services)
    people = population(window, by=by, services=services)
    return {group: Custody(counts.get(group, 0), people.get(group)) for group in counts.keys() | people.keys()}
