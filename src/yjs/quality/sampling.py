"""Drawing an audit sample the way inspectors do: random, seeded, reproducible, stratified.

HMIP draws a random sample of the cases in a window, stratified so that court and out-of-court cases, and each
local authority, appear in proportion to the caseload. The default size gives a 95% confidence interval no wider
than +/-10 percentage points on a proportion (worst case p = 0.5), with the finite population correction, and is
never more than the caseload. Each stratum's share is allocated by the largest-remainder method, and the cases
within a stratum are chosen by a generator seeded from the round's seed and the stratum's name, over the ids in
sorted order: the same seed and caseload give the same sample whatever order the rows arrive in, and a case added
in one stratum leaves the other strata's draws as they were.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

# The largest seed a round records (a positive integer on every database yjs runs on).
MAX_SEED = 2_147_483_647

Z_95 = Fraction("1.96")
WORST_CASE_P = Fraction(1, 2)
MARGIN = Fraction("0.10")

Stratum = tuple[str, str]  # (disposal, local authority)


@dataclass(frozen=True)
class Case:
    """One case the sample may draw: an intervention, when it started, and its stratum."""

    id: int
    start: date
    disposal: str  # "court" or "out_of_court"
    local_authority: str

    @property
    def stratum(self) -> Stratum:
        return (self.disposal, self.local_authority)


def default_size(population: int, margin: Fraction = MARGIN, z: Fraction = Z_95) -> int:
    """n0 = z^2 p(1-p) / e^2; n = n0 / (1 + (n0 - 1) / N), rounded up, capped at N. Exact, in fractions."""
    if population <= 0:
        return 0
    n0 = z * z * WORST_CASE_P * (1 - WORST_CASE_P) / (margin * margin)
    n = n0 / (1 + (n0 - 1) / population)
    return min(population, math.ceil(n))


def allocate(stratum_sizes: Mapping[Stratum, int], total: int) -> dict[Stratum, int]:
    """`total` shared over the strata in proportion to their sizes, by largest remainder (Hamilton's method).

    Each stratum gets the whole part of its quota; each place left goes to a stratum with a fractional part, so
    every stratum stays within one of its proportional share. Which of them gets it is chosen so the sample is in
    proportion on each dimension too: the disposal furthest below its own share first, then the local authority,
    then the largest fractional part, then the stratum named first. The result does not depend on the order the
    strata are listed in.
    """
    population = sum(stratum_sizes.values())
    total = max(0, min(total, population))
    if population == 0:
        return {key: 0 for key in stratum_sizes}
    keys = sorted(stratum_sizes)
    allocation = {key: total * stratum_sizes[key] // population for key in keys}
    rest = {key: Fraction(total * stratum_sizes[key], population) - allocation[key] for key in keys}
    candidates = [key for key in keys if rest[key] > 0]

    def shortfall(position: int, value: str) -> Fraction:
        share = sum((Fraction(total * stratum_sizes[k], population) for k in keys if k[position] == value), Fraction(0))
        return share - sum(allocation[k] for k in keys if k[position] == value)

    for _place in range(total - sum(allocation.values())):
        chosen = min(candidates, key=lambda k: (-shortfall(0, k[0]), -shortfall(1, k[1]), -rest[k], k))
        allocation[chosen] += 1
        candidates.remove(chosen)
    return allocation


def in_window(cases: Iterable[Case], start: date, end: date) -> list[Case]:
    return [case for case in cases if start <= case.start <= end]


def draw(cases: Iterable[Case], size: int, seed: int) -> list[Case]:
    """`size` of `cases` (all of them if there are fewer), stratified, in stratum then id order."""
    by_stratum: dict[Stratum, list[Case]] = {}
    for case in sorted(set(cases), key=lambda c: c.id):
        by_stratum.setdefault(case.stratum, []).append(case)
    allocation = allocate({key: len(members) for key, members in by_stratum.items()}, size)
    chosen: list[Case] = []
    for key in sorted(by_stratum):
        generator = random.Random(f"{seed}|{key[0]}|{key[1]}")
        chosen.extend(sorted(generator.sample(by_stratum[key], allocation[key]), key=lambda c: c.id))
    return chosen


@dataclass(frozen=True)
class MakeUpRow:
    stratum: Stratum
    caseload: int
    sampled: int


def make_up(caseload: Sequence[Case], sample: Sequence[Case]) -> list[MakeUpRow]:
    """For each stratum: how many cases the caseload holds and how many the sample draws."""
    in_caseload = Counter(case.stratum for case in caseload)
    in_sample = Counter(case.stratum for case in sample)
    return [MakeUpRow(key, in_caseload[key], in_sample[key]) for key in sorted(in_caseload)]


def new_seed() -> int:
    """A seed nobody chose, so a sample cannot be steered; it is recorded so the draw can be repeated."""
    return random.SystemRandom().randint(1, MAX_SEED)
