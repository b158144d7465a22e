"""Population estimates of children aged 10-17 in each group, summed over a service's local authorities.

The estimate used is the mid-year estimate of the year the window ends, or the latest earlier one when
that year's has not been published.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from yjs.core.models import LocalAuthority
from yjs.performance.models import ALL, PopulationEstimate
from yjs.performance.periods import Window


def population_of_groups(
    window: Window, dimension: str, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[str, int]]:
    """{service or local authority id: {group value: children}}; dimension "all" gives {"all": n}."""
    areas = LocalAuthority.objects.all()
    if services is not None:
        areas = areas.filter(service_id__in=list(services))
    unit_of_area = {
        code: (service if by == "service" else pk) for pk, code, service in areas.values_list("pk", "code", "service_id")
    }
    prefix = "" if dimension == ALL else f"{dimension}:"
    estimates = PopulationEstimate.objects.filter(area_code__in=unit_of_area, year__lte=window.end.year)
    estimates = estimates.filter(group=ALL) if dimension == ALL else estimates.filter(group__startswith=prefix)
    latest: dict[tuple[str, str], tuple[int, int]] = {}
    for area, year, group, count in estimates.values_list("area_code", "year", "group", "count"):
        if (area, group) not in latest or latest[(area, group)][0] < year:
            latest[(area, group)] = (year, count)
    totals: dict[int, dict[str, int]] = defaultdict(dict)
    for (area, group), (_year, count) in latest.items():
        value = group.removeprefix(prefix) if prefix else ALL
        unit = totals[unit_of_area[area]]
        unit[value] = unit.get(value, 0) + count
    return dict(totals)
