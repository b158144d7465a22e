"""Relative rate indices worked out by hand (Katz log interval)."""

from __future__ import annotations

import math

import pytest

from yjs.performance.relative_rates import RelativeRate


def test_a_group_cautioned_at_twice_the_white_rate_has_an_index_of_two():
    # 40 of 8,000 Black children against 100 of 40,000 White children: 0.5% against 0.25%.
    rate = RelativeRate(count=40, population=8_000, reference_count=100, reference_population=40_000)
    assert rate.index == pytest.approx(2.0)


def test_the_interval_is_taken_on_the_log_scale():
    rate = RelativeRate(count=40, population=8_000, reference_count=100, reference_population=40_000)
    spread = 1.959964 * math.sqrt(1 / 40 - 1 / 8_000 + 1 / 100 - 1 / 40_000)
    low, high = rate.interval
    assert low == pytest.approx(2.0 * math.exp(-spread))
    assert high == pytest.approx(2.0 * math.exp(spread))
    # sqrt(0.025 - 0.000125 + 0.01 - 0.000025) = 0.18668; 2 x exp(-1.96 x 0.18668) = 1.387
    assert low == pytest.approx(1.387, abs=0.001)
    assert rate.significant


def test_a_small_group_near_parity_is_not_significant():
    rate = RelativeRate(count=3, population=1_000, reference_count=100, reference_population=40_000)
    assert rate.index == pytest.approx(1.2)
    low, high = rate.interval
    assert low < 1 < high
    assert not rate.significant


@pytest.mark.parametrize(
    "figures",
    [(0, 1_000, 100, 40_000), (5, None, 100, 40_000), (5, 1_000, 0, 40_000), (5, 1_000, 100, 0)],
)
def test_without_a_count_or_a_population_there_is_no_index(figures):
    rate = RelativeRate(*figures)
    assert rate.index is None
    assert rate.interval is None
    assert not rate.significant
