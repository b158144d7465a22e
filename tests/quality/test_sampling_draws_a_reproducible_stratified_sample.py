"""The audit sample: its default size, its allocation over strata, and a draw that is the same every time."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from yjs.quality.sampling import Case, allocate, default_size, draw, in_window, make_up


def test_the_default_size_at_fifty_cases_is_thirty_four() -> None:
    # n0 = 1.96^2 x 0.25 / 0.1^2 = 96.04; n = 96.04 / (1 + 95.04 / 50) = 96.04 / 2.9008 = 33.11, rounded up.
    assert default_size(50) == 34


def test_the_default_size_at_a_hundred_and_forty_cases_is_fifty_eight() -> None:
    # 96.04 / (1 + 95.04 / 140) = 96.04 / 1.67886 = 57.21, rounded up.
    assert default_size(140) == 58


def test_the_default_size_at_ten_thousand_cases_is_ninety_six() -> None:
    # 96.04 / (1 + 95.04 / 10000) = 96.04 / 1.009504 = 95.14, rounded up.
    assert default_size(10_000) == 96


def test_the_default_size_never_exceeds_the_caseload() -> None:
    assert default_size(1) == 1
    assert default_size(0) == 0
    assert all(default_size(n) <= n for n in range(1, 300))


def test_allocation_is_by_largest_remainder() -> None:
    # 10 places over 6, 3 and 1 cases: quotas 6, 3, 1 exactly; over 7, 2, 1 of 7 places: 4.9, 1.4, 0.7 -> 4+1, 1, 0+1.
    assert allocate({("court", "A"): 6, ("court", "B"): 3, ("out_of_court", "A"): 1}, 10) == {
        ("court", "A"): 6,
        ("court", "B"): 3,
        ("out_of_court", "A"): 1,
    }
    assert allocate({("court", "A"): 7, ("court", "B"): 2, ("out_of_court", "A"): 1}, 7) == {
        ("court", "A"): 5,
        ("court", "B"): 1,
        ("out_of_court", "A"): 1,
    }


def test_strata_are_sampled_in_proportion() -> None:
    # Dorset-like: 76 court and 64 out-of-court, 65% in one authority. 58 places.
    cases = [
        Case(i, date(2024, 1, 1), "court" if i < 76 else "out_of_court", "E1" if i % 20 < 13 else "E2") for i in range(140)
    ]
    sample = draw(cases, 58, seed=7)
    assert len(sample) == 58
    rows = {row.stratum: row for row in make_up(cases, sample)}
    for row in rows.values():
        assert abs(row.sampled - 58 * row.caseload / 140) < 1


def _caseload() -> list[Case]:
    return [
        Case(i, date(2024, 1, 1) + timedelta(days=i % 90), ("court", "out_of_court")[i % 2], f"E{i % 3}")
        for i in range(1, 120)
    ]


def test_the_same_seed_draws_the_same_sample_whatever_order_the_rows_arrive_in() -> None:
    cases = _caseload()
    shuffled = cases[:]
    random.Random(1).shuffle(shuffled)
    assert draw(cases, 40, seed=123) == draw(shuffled, 40, seed=123)
    assert draw(list(reversed(cases)), 40, seed=123) == draw(cases, 40, seed=123)


def test_another_seed_draws_another_sample() -> None:
    cases = _caseload()
    assert draw(cases, 40, seed=1) != draw(cases, 40, seed=2)


cases_strategy = st.lists(
    st.builds(
        Case,
        id=st.integers(1, 10_000),
        start=st.dates(date(2023, 1, 1), date(2024, 12, 31)),
        disposal=st.sampled_from(["court", "out_of_court"]),
        local_authority=st.sampled_from(["E06000058", "E06000059", "E06000060"]),
    ),
    max_size=150,
    unique_by=lambda c: c.id,
)


@settings(max_examples=150, deadline=None)
@given(
    cases=cases_strategy,
    start=st.dates(date(2023, 1, 1), date(2024, 12, 31)),
    days=st.integers(0, 700),
    size=st.integers(0, 200),
    seed=st.integers(1, 2**31 - 1),
)
def test_a_sample_is_within_the_window_of_the_size_asked_and_in_proportion(
    cases: list[Case], start: date, days: int, size: int, seed: int
) -> None:
    caseload = in_window(cases, start, start + timedelta(days=days))
    sample = draw(caseload, size, seed)
    assert all(start <= case.start <= start + timedelta(days=days) for case in sample)
    assert len(sample) == min(size, len(caseload))
    assert len(set(sample)) == len(sample)
    for row in make_up(caseload, sample):
        assert abs(row.sampled - len(sample) * row.caseload / len(caseload)) < 1
    for disposal in ("court", "out_of_court"):
        in_caseload = sum(1 for case in caseload if case.disposal == disposal)
        in_sample = sum(1 for case in sample if case.disposal == disposal)
        assert abs(in_sample - len(sample) * in_caseload / max(1, len(caseload))) < 1


def test_a_place_left_over_goes_to_the_disposal_furthest_below_its_share() -> None:
    # Four strata of one case, two places: one court and one out-of-court, one in each authority.
    sizes = {("court", "E1"): 1, ("court", "E2"): 1, ("out_of_court", "E1"): 1, ("out_of_court", "E2"): 1}
    assert allocate(sizes, 2) == {
        ("court", "E1"): 1,
        ("court", "E2"): 0,
        ("out_of_court", "E1"): 0,
        ("out_of_court", "E2"): 1,
    }
