"""The shapes indicator results take, shared by the calculations and every surface that shows them.

A figure always carries its numerator and denominator, so a page, a CSV and the board report can show
how it was reached, and suppression can hide a small count and whatever would reveal it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    """numerator / denominator x scale; value is None when the denominator is 0 or unknown."""

    numerator: int
    denominator: int | None
    scale: int = 1

    @property
    def value(self) -> float | None:
        if not self.denominator:
            return None
        return self.numerator / self.denominator * self.scale


@dataclass(frozen=True)
class FirstTimeEntrants:
    count: int
    population: int | None

    @property
    def rate_per_100k(self) -> float | None:
        return Ratio(self.count, self.population, 100_000).value


@dataclass(frozen=True)
class Custody:
    count: int
    population: int | None

    @property
    def rate_per_1000(self) -> float | None:
        return Ratio(self.count, self.population, 1_000).value


@dataclass(frozen=True)
class Reoffending:
    """One cohort followed up: children, how many reoffended, and their proven reoffences."""

    cohort: int
    reoffenders: int
    reoffences: int

    @property
    def binary_rate(self) -> float | None:
        """The percentage of the cohort who reoffended."""
        return Ratio(self.reoffenders, self.cohort, 100).value

    @property
    def per_reoffender(self) -> float | None:
        return Ratio(self.reoffences, self.reoffenders).value

    @property
    def per_child(self) -> float | None:
        return Ratio(self.reoffences, self.cohort).value

    def __add__(self, other: Reoffending) -> Reoffending:
        return Reoffending(
            self.cohort + other.cohort, self.reoffenders + other.reoffenders, self.reoffences + other.reoffences
        )


EMPTY_REOFFENDING = Reoffending(0, 0, 0)
