"""Drawing a sample: random, but the same for the same decisions, size and seed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from yjs.diversion.sampling import MAX_SEED, draw, new_seed

IDS = st.lists(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=80, unique=True)
SEEDS = st.integers(min_value=0, max_value=MAX_SEED)


@given(IDS, st.integers(min_value=1, max_value=30), SEEDS)
def test_the_same_seed_draws_the_same_sample(ids: list[int], size: int, seed: int) -> None:
    assert draw(ids, size, seed) == draw(ids, size, seed)


@given(IDS, st.integers(min_value=1, max_value=30), SEEDS, st.randoms(use_true_random=False))
def test_the_order_the_ids_come_in_does_not_change_the_sample(ids: list[int], size: int, seed: int, rng) -> None:  # type: ignore[no-untyped-def]
    shuffled = ids[:]
    rng.shuffle(shuffled)
    assert draw(shuffled, size, seed) == draw(ids, size, seed)


@given(IDS, st.integers(min_value=1, max_value=100), SEEDS)
def test_the_sample_is_distinct_ids_from_the_population_capped_at_its_size(ids: list[int], size: int, seed: int) -> None:
    sample = draw(ids, size, seed)
    assert len(sample) == min(size, len(ids))
    assert len(set(sample)) == len(sample)
    assert set(sample) <= set(ids)


def test_a_different_seed_draws_a_different_sample_from_a_large_population() -> None:
    ids = list(range(1, 501))
    assert draw(ids, 10, 1) != draw(ids, 10, 2)


def test_a_sample_as_large_as_the_population_has_them_all() -> None:
    assert sorted(draw([5, 3, 9], 10, 7)) == [3, 5, 9]


def test_a_known_draw_stays_the_same_from_one_release_to_the_next() -> None:
    # A change here would mean samples drawn before could no longer be drawn again from their seed.
    assert draw(list(range(1, 101)), 5, 42) == draw(list(range(100, 0, -1)), 5, 42)
    assert draw(list(range(1, 101)), 5, 42) == [82, 15, 4, 95, 36]


def test_a_new_seed_is_within_the_range_a_sample_can_record() -> None:
    assert all(1 <= new_seed() <= MAX_SEED for _ in range(50))
