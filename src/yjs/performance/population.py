"""The 10-17 population the rates divide by: ONS mid-year estimates (reference data) per local authority.

Which estimate: the one for the mid-year of the calendar year the window ends in (a year ending March
2025 takes mid-2025), else the latest earlier one, chosen per local authority. ONS publishes mid-year
estimates about a year late, so the latest period usually takes last year's figure rather than none;
the YJB likewise uses the latest published estimate. A later estimate is never used for an earlier period.

A service's population is the sum over its local authorities. If any of them has no estimate at all,
the service has no population and so no rate: a rate over part of its population would be wrong by an
amount nobody could see. The child's local authority is the one that counts, so a local authority
grouping uses its own estimate only.

Every calculation with a rate reads the population, disproportionality once per group, so the estimates each
local authority takes for a period of whole quarters are kept with the period's counts (period_counts.py), every
group at once, and forgotten whenever an estimate or a local authority changes (forget_estimates).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db.models import OuterRef, Subquery

from yjs.core.models import LocalAuthority
from yjs.performance.grouping import SERVICE, kept_field
from yjs.performance.models import ALL, PeriodCount, PopulationEstimate
from yjs.performance.period_counts import Counts, kept_counts, nested
from yjs.performance.periods import Window

KEPT_AS = "population_estimates"


def estimate_year(window: Window) -> int:
    """The mid-year whose estimate suits `window`, if it has been published."""
    return window.end.year


def population(
    window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None, group: str = ALL
) -> dict[int, int]:
    """Children aged 10 to 17 per service or local authority id; a group without a full estimate is absent.

    `group` narrows to the children of one group ("sex:F", "ethnic_group:black"; see PopulationEstimate).
    """
    return populations(window, [group], by=by, services=services)[group]


def populations(
    window: Window, groups: Sequence[str], *, by: str = SERVICE, services: Iterable[int] | None = None
) -> dict[str, dict[int, int]]:
    """{group: population per service or local authority id} for each of `groups`, from one reading."""
    kept_field(by)  # refuses an unknown grouping as every calculation does
    [kept] = kept_counts(KEPT_AS, [window], services, _estimates)
    authorities: dict[int, int] = {}
    sums: dict[str, dict[int, int]] = {group: {} for group in groups}
    estimated: dict[str, dict[int, int]] = {group: {} for group in groups}
    for service, parts in kept.items():
        for authority, estimates in parts.items():
            unit = service if by == SERVICE else int(authority)
            authorities[unit] = authorities.get(unit, 0) + 1
            for group in groups:
                if group in estimates:
                    sums[group][unit] = sums[group].get(unit, 0) + estimates[group]
                    estimated[group][unit] = estimated[group].get(unit, 0) + 1
    return {
        group: {unit: n for unit, n in sums[group].items() if estimated[group][unit] == authorities[unit]}
        for group in groups
    }


def _estimates(window: Window, services: list[int] | None) -> Counts:
    """{group: children} per service and local authority, for every group with an estimate for the authority:
    the local authority's own service, not its children's, since the estimate counts the children living there."""
    groups = sorted(PopulationEstimate.objects.values_list("group", flat=True).distinct().order_by())
    latest = {
        f"g{i}": Subquery(
            PopulationEstimate.objects.filter(area_code=OuterRef("code"), group=group, year__lte=estimate_year(window))
            .order_by("-year")
            .values("count")[:1]
        )
        for i, group in enumerate(groups)
    }
    authorities = LocalAuthority.objects.all()
    if services is not None:
        authorities = authorities.filter(service_id__in=services)
    rows = authorities.annotate(**latest).values_list("service_id", "pk", *latest).order_by()
    return nested(
        (service, authority, {group: n for group, n in zip(groups, counts, strict=True) if n is not None})
        for service, authority, *counts in rows
    )


def forget_estimates() -> None:
    """Forget the kept estimates, when an estimate or a local authority (its code, its service) changes."""
    PeriodCount.objects.filter(calculation=KEPT_AS).delete()
