"""The 10-17 population each KPI rate divides by, from the population estimates (reference data)."""

from __future__ import annotations

from collections.abc import Iterable

from yjs.performance.group_population import population_of_groups
from yjs.performance.models import ALL
from yjs.performance.periods import Window


def children_10_to_17(window: Window, *, by: str = "service", services: Iterable[int] | None = None) -> dict[int, int]:
    return {unit: groups.get(ALL, 0) for unit, groups in population_of_groups(window, ALL, by=by, services=services).items()}
