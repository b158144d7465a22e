"""Synthetic reference data: population estimates for each local authority, national and regional comparators.

Figures follow DOMAIN.md section 5: a combined service like Dorset has about 80,000 children aged 10-17
split 65/35 between its two authorities; England and Wales has about 6 million, about 8,300 first-time
entrants a year (about 140 per 100,000), custodial sentences of 0.1-0.2 per 1,000, and binary proven
reoffending of 31-33%. Every value is drawn from a generator seeded for its area, so the same seed gives
the same figures. They are not ONS or YJB figures: real ones are loaded with `yjs load-reference`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from yjs.children.vocabularies import EthnicGroup
from yjs.performance.models import ALL
from yjs.performance.periods import Quarter, last_complete_quarter
from yjs.performance.reference import POPULATION, Counts, save_comparators, save_population

# A service of the demo's size (1,500 children known over six years) serves about 80,000 children.
CHILDREN_PER_KNOWN_CHILD = 80_000 / 1_500
GIRLS = 0.487
# Children aged 10-17 by ethnic group outside the White group (Census 2021, England and Wales, rounded):
# Asian children outnumber Black children in the population, although not in youth justice.
MINORITY_GROUPS = {EthnicGroup.ASIAN: 0.42, EthnicGroup.MIXED: 0.26, EthnicGroup.BLACK: 0.20, EthnicGroup.OTHER: 0.12}
LOOKED_AFTER = 0.0075
GROWTH_A_YEAR = 0.008

NATIONAL = ("K04000001", "England and Wales")
REGIONS = (
    ("E12000001", "North East"),
    ("E12000002", "North West"),
    ("E12000003", "Yorkshire and The Humber"),
    ("E12000004", "East Midlands"),
    ("E12000005", "West Midlands"),
    ("E12000006", "East of England"),
    ("E12000007", "London"),
    ("E12000008", "South East"),
    ("E12000009", "South West"),
    ("W92000004", "Wales"),
)
MEASURES = ("fte.rate_per_100k", "custody.rate_per_1000", "reoffending.binary_rate")


def split_exactly(total: int, shares: Sequence[float]) -> list[int]:
    """`total` split in proportion to `shares`, rounded so that the parts add up to `total` (largest remainder)."""
    exact = [total * share / sum(shares) for share in shares]
    parts = [int(value) for value in exact]
    for i in sorted(range(len(shares)), key=lambda i: parts[i] - exact[i])[: total - sum(parts)]:
        parts[i] += 1
    return parts


def area_population(
    area_code: str, total: int, minority_share: float, years: Iterable[int], seed: object
) -> dict[tuple[str, int, str], int]:
    """Estimates for one area, {(area, year, group): count}: all, by sex, by ethnic group, looked after.

    `total` is the population in the last year; earlier years are a little smaller.
    """
    rng = random.Random(f"{seed}:population:{area_code}")
    years = sorted(years)
    girls = GIRLS * rng.uniform(0.99, 1.01)
    looked_after = LOOKED_AFTER * rng.uniform(0.8, 1.25)
    groups = [EthnicGroup.WHITE, *MINORITY_GROUPS]
    shares = [1 - minority_share, *(minority_share * share for share in MINORITY_GROUPS.values())]
    rows: dict[tuple[str, int, str], int] = {}
    for year in years:
        count = round(total * (1 + GROWTH_A_YEAR) ** (year - years[-1]))
        rows[(area_code, year, ALL)] = count
        female, male = split_exactly(count, [girls, 1 - girls])
        rows[(area_code, year, "sex:F")] = female
        rows[(area_code, year, "sex:M")] = male
        for group, part in zip(groups, split_exactly(count, shares), strict=True):
            rows[(area_code, year, f"ethnic_group:{group}")] = part
        rows[(area_code, year, "care_status:looked_after")] = round(count * looked_after)
    return rows


def service_population(
    codes: Sequence[str], shares: Sequence[float], total: int, minority_share: float, years: Iterable[int], seed: object
) -> Counts:
    """Write estimates for a service's authorities, `total` children split by `shares`."""
    years = list(years)
    rows: dict[tuple[str, int, str], int] = {}
    for code, part in zip(codes, split_exactly(total, shares), strict=True):
        rows.update(area_population(code, part, minority_share, years, seed))
    return save_population(rows)


def population_for(children: int) -> int:
    """A 10-17 population in proportion to the children a synthetic service has known."""
    return max(1_000, round(children * CHILDREN_PER_KNOWN_CHILD))


def _national(measure: str, quarter: Quarter, rng: random.Random) -> float:
    years_since = quarter.year + (quarter.number - 1) / 4 - 2019
    if measure == "fte.rate_per_100k":
        # First-time entrants fell through the early 2020s and have levelled off near 140 per 100,000.
        return max(135.0, 205.0 - 14.0 * years_since) + rng.uniform(-3, 3)
    if measure == "custody.rate_per_1000":
        return max(0.10, 0.19 - 0.015 * years_since) + rng.uniform(-0.005, 0.005)
    return 32.0 + rng.uniform(-1, 1)  # reoffending.binary_rate, %


def comparator_rows(first: Quarter, last: Quarter, seed: object) -> dict[tuple[str, str, date], tuple[Decimal, str]]:
    """National and regional comparators for the year ending each quarter from `first` to `last`."""
    rows: dict[tuple[str, str, date], tuple[Decimal, str]] = {}
    quarters = []
    quarter = last
    while quarter >= first:
        quarters.append(quarter)
        quarter = quarter.previous()
    for measure in MEASURES:
        rng = random.Random(f"{seed}:comparators:{measure}")
        # Each region sits above or below the nation by a margin of its own, steady from quarter to quarter.
        margins = {code: rng.uniform(0.8, 1.25) for code, _name in REGIONS}
        places = 4 if measure.startswith("custody") else 1
        for quarter in reversed(quarters):
            national = _national(measure, quarter, rng)
            rows[(measure, NATIONAL[0], quarter.end)] = (round(Decimal(national), places), NATIONAL[1])
            for code, name in REGIONS:
                margin = margins[code] if not measure.startswith("reoffending") else 1 + (margins[code] - 1) / 5
                value = national * margin * rng.uniform(0.97, 1.03)
                rows[(measure, code, quarter.end)] = (round(Decimal(value), places), name)
    return rows


def comparators(start_year: int, as_of: date, seed: object) -> Counts:
    """Write national and regional comparators for every quarter from `start_year` to the last complete one."""
    return save_comparators(comparator_rows(Quarter(start_year, 1), last_complete_quarter(as_of), seed))


def csv_rows(
    population: dict[tuple[str, int, str], int],
    comparators: dict[tuple[str, str, date], tuple[Decimal, str]],
    names: dict[str, str],
) -> list[list[str]]:
    """The rows of a reference file (docs/reference-data.md) holding these figures, header first."""
    rows = [["measure", "area_code", "area_name", "period", "group", "value"]]
    for (area, year, group), count in sorted(population.items()):
        rows.append([POPULATION, area, names.get(area, ""), str(year), group, str(count)])
    for (measure, area, end), (value, name) in sorted(comparators.items()):
        rows.append([measure, area, name, str(Quarter.containing(end)), "", str(value)])
    return rows
