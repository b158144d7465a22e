"""Small-count suppression for what a board member or the public sees.

Primary suppression: a count from 1 to 4 is shown as "<5" (0 stays 0: nobody can be picked out of no
one). Complementary (secondary) suppression: where counts add up to a shown total, hiding one of them
is not enough, because the total minus the shown counts gives it back. So, sum by sum, while any hidden
count can still be worked out, the smallest shown non-zero count of that sum is hidden too ("[c]", the
Government Statistical Service's symbol for a value withheld to protect confidentiality), and the total
itself as a last resort.

"Can be worked out" is decided as a reader who knows the rules would: a "<5" is 1, 2, 3 or 4; a "[c]"
is at least 5 (anything smaller would have shown "<5"). Each sum narrows the range of its hidden
counts, the ranges are shared between the sums a count belongs to, and a count whose range has closed
to one value is exposed. So 1 and 5 hidden in a total of 6 are exposed (only 1 + 5 fits), and so are
two "<5" adding to 2.

A rate or percentage made from a hidden count is hidden with it (`ratio_shown`).

Nothing here knows of Django or the database: callers pass plain counts and get back `Count`s.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound=Hashable)
C = TypeVar("C", bound=Hashable)

SMALLEST_SHOWN = 5
FEWER_THAN_FIVE = "<5"
WITHHELD = "[c]"
# How many passes over the sums the ranges may take to settle; tables on a page settle in two or three.
_MAX_PASSES = 50


class Reason(StrEnum):
    SMALL = "small"  # a count from 1 to 4
    COMPLEMENTARY = "complementary"  # hidden so that a small count cannot be worked out


@dataclass(frozen=True)
class Count:
    """A count as a reader sees it: its value, or why it is withheld."""

    value: int
    withheld: Reason | None = None

    @property
    def shown(self) -> int | None:
        """The value when it may be shown, else None (a gap in a chart)."""
        return None if self.withheld else self.value

    @property
    def text(self) -> str:
        if self.withheld == Reason.SMALL:
            return FEWER_THAN_FIVE
        if self.withheld == Reason.COMPLEMENTARY:
            return WITHHELD
        return f"{self.value:,}"

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Sum(Generic[K]):
    """`total` is the sum of `parts`: a row, a column, or a subtotal and what it is made of."""

    total: K
    parts: tuple[K, ...]


def is_small(count: int) -> bool:
    return 0 < count < SMALLEST_SHOWN


def shown(counts: Mapping[K, int]) -> dict[K, Count]:
    """Every count as it is, for a reader who may see small counts (staff of the service)."""
    return {key: Count(value) for key, value in counts.items()}


def suppress(counts: Mapping[K, int], sums: Iterable[Sum[K]] = ()) -> dict[K, Count]:
    """Hide every count from 1 to 4, then whatever else would let one be worked out from `sums`."""
    sums = list(sums)
    for line in sums:
        added = sum(counts[part] for part in line.parts)
        if added != counts[line.total]:
            raise ValueError(f"{line.total!r} is {counts[line.total]} but its parts add up to {added}")
    hidden = {key: Reason.SMALL for key, value in counts.items() if is_small(value)}
    while True:
        # A count is hidden in the first exposed sum with a part left to hide; a total only when none has.
        exposed = _exposed(counts, sums, hidden)
        extra = next((found for line in exposed if (found := _next_part_to_hide(counts, line, hidden))), None)
        if extra is None:
            extra = next((line.total for line in exposed if line.total not in hidden and counts[line.total]), None)
        if extra is None:
            break
        hidden[extra] = Reason.COMPLEMENTARY
    return {key: Count(value, hidden.get(key)) for key, value in counts.items()}


def _exposed(counts: Mapping[K, int], sums: Sequence[Sum[K]], hidden: Mapping[K, Reason]) -> list[Sum[K]]:
    """The sums holding a hidden count whose value a reader can tell."""
    ranges = _narrowed_ranges(counts, sums, hidden)
    return [
        line for line in sums if any(key in hidden and ranges[key][0] == ranges[key][1] for key in (line.total, *line.parts))
    ]


def _next_part_to_hide(counts: Mapping[K, int], line: Sum[K], hidden: Mapping[K, Reason]) -> K | None:
    candidates = [part for part in line.parts if part not in hidden and counts[part] > 0]
    # min keeps the first of equal counts, so the same table always hides the same cells.
    return min(candidates, key=lambda part: counts[part]) if candidates else None


def _narrowed_ranges(
    counts: Mapping[K, int], sums: Sequence[Sum[K]], hidden: Mapping[K, Reason]
) -> dict[K, tuple[float, float]]:
    """What a reader can tell of each hidden count: the smallest and largest value it could have."""
    ranges: dict[K, tuple[float, float]] = {
        key: (1, SMALLEST_SHOWN - 1) if reason == Reason.SMALL else (SMALLEST_SHOWN, math.inf)
        for key, reason in hidden.items()
    }
    for _pass in range(_MAX_PASSES):
        changed = False
        for line in sums:
            changed |= _narrow(counts, line, hidden, ranges)
        if not changed:
            break
    return ranges


def _narrow(counts: Mapping[K, int], line: Sum[K], hidden: Mapping[K, Reason], ranges: dict[K, tuple[float, float]]) -> bool:
    # The sum as sum(sign x count) = 0, parts +1 and total -1; shown counts fold into a constant.
    terms = [(line.total, -1), *((part, 1) for part in line.parts)]
    constant = sum(sign * counts[key] for key, sign in terms if key not in hidden)
    unknown = [(key, sign) for key, sign in terms if key in hidden]
    changed = False
    for key, sign in unknown:
        low = high = 0.0
        for other, other_sign in unknown:
            if other is key:
                continue
            other_low, other_high = ranges[other]
            low += min(other_sign * other_low, other_sign * other_high)
            high += max(other_sign * other_low, other_sign * other_high)
        # sign x count = -constant - (the others), so it lies between -constant - high and -constant - low.
        bounds = (-constant - high, -constant - low)
        if sign < 0:
            bounds = (-bounds[1], -bounds[0])
        current = ranges[key]
        narrowed = (max(current[0], bounds[0]), min(current[1], bounds[1]))
        if narrowed != current:
            ranges[key] = narrowed
            changed = True
    return changed


TOTAL = "total"


@dataclass(frozen=True)
class SuppressedLine(Generic[K]):
    parts: dict[K, Count]
    total: Count | None

    def texts(self) -> dict[K, str]:
        return {key: count.text for key, count in self.parts.items()}


def suppress_line(parts: Mapping[K, int], total: int | None = None) -> SuppressedLine[K]:
    """Counts side by side and, when given, their total (which must be their sum)."""
    if total is None:
        return SuppressedLine(suppress(parts), None)
    keyed: dict[tuple[int, object], int] = {(0, key): value for key, value in parts.items()}
    keyed[(1, TOTAL)] = total
    line = Sum((1, TOTAL), tuple((0, key) for key in parts))
    done = suppress(keyed, [line])
    return SuppressedLine({key: done[(0, key)] for key in parts}, done[(1, TOTAL)])


def suppress_counts(parts: Mapping[K, int], total: int | None = None) -> dict[K, str]:
    """The text to show for each part: its count, "<5", or "[c]"."""
    return suppress_line(parts, total).texts()


@dataclass(frozen=True)
class SuppressedTable(Generic[R, C]):
    """A table of counts with its row totals, column totals and grand total, suppressed together."""

    cells: dict[tuple[R, C], Count]
    row_totals: dict[R, Count]
    column_totals: dict[C, Count]
    total: Count


def suppress_table(rows: Mapping[R, Mapping[C, int]], columns: Sequence[C] | None = None) -> SuppressedTable[R, C]:
    """Rows of counts (missing cells are 0) with every row, column and the grand total shown as sums."""
    if columns is None:
        columns = list(dict.fromkeys(column for row in rows.values() for column in row))
    counts: dict[tuple[str, object, object], int] = {}
    for row, values in rows.items():
        for column in columns:
            counts[("cell", row, column)] = values.get(column, 0)
        counts[("row", row, None)] = sum(values.get(column, 0) for column in columns)
    for column in columns:
        counts[("column", None, column)] = sum(counts[("cell", row, column)] for row in rows)
    counts[("all", None, None)] = sum(counts[("row", row, None)] for row in rows)
    sums = [Sum(("row", row, None), tuple(("cell", row, column) for column in columns)) for row in rows]
    sums += [Sum(("column", None, column), tuple(("cell", row, column) for row in rows)) for column in columns]
    sums.append(Sum(("all", None, None), tuple(("row", row, None) for row in rows)))
    sums.append(Sum(("all", None, None), tuple(("column", None, column) for column in columns)))
    done = suppress(counts, sums)
    return SuppressedTable(
        cells={(row, column): done[("cell", row, column)] for row in rows for column in columns},
        row_totals={row: done[("row", row, None)] for row in rows},
        column_totals={column: done[("column", None, column)] for column in columns},
        total=done[("all", None, None)],
    )


def ratio_shown(value: float | None, *counts: Count) -> float | None:
    """A rate or percentage, unless a count it is made from is withheld (it would give the count back)."""
    if any(count.withheld for count in counts):
        return None
    return value


def suppress_share(count: int, of: int) -> tuple[Count, Count]:
    """`count` of `of` (the children with a need, of all the children): the count and the total as shown.

    A share is a sum of two parts, those with and those without, so the count is withheld when either
    part is from 1 to 4: 8 of 10 would tell the reader that the other 2 have not.
    """
    line = suppress_line({"with": count, "without": of - count}, of)
    assert line.total is not None
    return line.parts["with"], line.total
