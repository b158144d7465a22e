"""The relative rate index and its 95% confidence interval: the arithmetic of disproportionality.

RRI of group g at a stage = (children of g at the stage / population of g) / (the same for the reference
group), with the interval taken on the log scale (Katz's method for a ratio of two proportions), as the
YJB's disproportionality toolkit does. DOMAIN.md section 4.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z_95 = 1.959964


@dataclass(frozen=True)
class RelativeRate:
    count: int
    population: int | None
    reference_count: int
    reference_population: int | None

    @property
    def index(self) -> float | None:
        if not (self.count and self.population and self.reference_count and self.reference_population):
            return None
        return (self.count / self.population) / (self.reference_count / self.reference_population)

    @property
    def interval(self) -> tuple[float, float] | None:
        """The 95% confidence interval, or None where the index cannot be computed."""
        index = self.index
        if index is None or not self.population or not self.reference_population:
            return None
        variance = 1 / self.count - 1 / self.population + 1 / self.reference_count - 1 / self.reference_population
        spread = Z_95 * math.sqrt(max(variance, 0.0))
        return math.exp(math.log(index) - spread), math.exp(math.log(index) + spread)

    @property
    def significant(self) -> bool:
        """Whether the interval lies wholly above or below 1: over- or under-represented beyond chance."""
        interval = self.interval
        return interval is not None and (interval[0] > 1 or interval[1] < 1)
