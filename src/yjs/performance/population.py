"""The 10-17 population the rates divide by: ONS mid-year estimates (reference data) per local authority.

Which estimate: the one for the mid-year of the calendar year the window ends in (a year ending March
2025 takes mid-2025), else the latest earlier one, chosen per local authority. ONS publishes mid-year
estimates about a year late, so the latest period usually takes last year's figure rather than none;
the YJB likewise uses the latest published estimate. A later estimate is never used for an earlier period.

A service's population is the sum over its local authorities. If any of them has no estimate at all,
the service has no population and so no rate: a rate over part of its population would be wrong by an
amount nobody could see. The child's local authority is the one that counts, so a local authority
grouping uses its own estimate only.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, OuterRef, Subquery, Sum

from yjs.core.models import LocalAuthority
from yjs.performance.grouping import LOCAL_AUTHORITY, SERVICE, group_field
from yjs.performance.models import ALL, PopulationEstimate
from yjs.performance.periods import Window


def estimate_year(window: Window) -> int:
    """The mid-year whose estimate suits `window`, if it has been published."""
    return window.end.year


def population(window: Window, *, by: str = SERVICE, services: Iterable[int] | None = None) -> dict[int, int]:
    """Children aged 10 to 17 per service or local authority id; a group without a full estimate is absent."""
    group_field(by)  # refuses an unknown grouping as every calculation does
    key = "id" if by == LOCAL_AUTHORITY else "service_id"
    latest = PopulationEstimate.objects.filter(
        area_code=OuterRef("code"), group=ALL, year__lte=estimate_year(window)
    ).order_by("-year")
    authorities = LocalAuthority.objects.annotate(estimate=Subquery(latest.values("count")[:1]))
    if services is not None:
        authorities = authorities.filter(service_id__in=list(services))
    rows = (
        authorities.values(key)
        .annotate(children=Sum("estimate"), authorities=Count("id"), estimated=Count("estimate"))
        .values_list(key, "children", "authorities", "estimated")
    )
    return {group: children for group, children, authorities, estimated in rows if estimated == authorities}
