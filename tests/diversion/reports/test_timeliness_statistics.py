"""The median and 90th percentile: linear interpolation between closest ranks, checked by hand and by property."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yjs.diversion.timeliness import median, p90, percentile

DAYS = st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=60)


def test_the_median_of_an_odd_count_is_the_middle_value() -> None:
    assert median([9, 2, 30]) == 9


def test_the_median_of_an_even_count_is_halfway_between_the_middle_two() -> None:
    assert median([2, 4, 9, 30]) == 6.5


def test_the_90th_percentile_interpolates_between_the_closest_ranks() -> None:
    # Position (4 - 1) * 0.9 = 2.7: seven tenths of the way from 9 to 30.
    assert p90([2, 4, 9, 30]) == pytest.approx(23.7)


def test_the_90th_percentile_of_ten_values_one_to_ten() -> None:
    # Position 9 * 0.9 = 8.1: from 9 a tenth of the way to 10.
    assert p90(list(range(1, 11))) == pytest.approx(9.1)


def test_one_value_is_its_own_median_and_90th_percentile() -> None:
    assert (median([12]), p90([12])) == (12, 12)


def test_no_values_have_no_percentile() -> None:
    with pytest.raises(ValueError, match="no values"):
        median([])


@given(DAYS)
def test_the_median_lies_between_the_smallest_and_largest(values: list[int]) -> None:
    assert min(values) <= median(values) <= max(values)


@given(DAYS)
def test_the_90th_percentile_is_at_least_the_median(values: list[int]) -> None:
    assert p90(values) >= median(values)


@given(DAYS, st.randoms(use_true_random=False))
def test_the_order_of_the_values_does_not_matter(values: list[int], rng) -> None:  # type: ignore[no-untyped-def]
    shuffled = values[:]
    rng.shuffle(shuffled)
    assert (median(shuffled), p90(shuffled)) == (median(values), p90(values))


@given(st.lists(st.integers(min_value=0, max_value=400), min_size=2, max_size=60))
def test_the_method_is_pythons_inclusive_quantiles(values: list[int]) -> None:
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    assert p90(values) == pytest.approx(deciles[8])
    assert median(values) == pytest.approx(statistics.median(values))


@given(DAYS, st.floats(min_value=0, max_value=1))
def test_any_percentile_lies_within_the_values(values: list[int], p: float) -> None:
    assert min(values) <= percentile(values, p) <= max(values)
