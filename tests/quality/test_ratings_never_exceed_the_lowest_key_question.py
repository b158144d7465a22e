"""Property: a case-assessed standard's rating is never better than its lowest key question's band, unless the
rating panel's override is recorded beside it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from yjs.quality.ratings import (
    EARNED_RATINGS,
    Override,
    Rating,
    band_for,
    framework_spec_from_data,
    key_question_result,
    rate_case_standard,
)

SPECS = [s for v in ("2018", "2021") for s in framework_spec_from_data(v).standards if s.is_case_assessed]
RANK = {rating: len(EARNED_RATINGS) - i for i, rating in enumerate(EARNED_RATINGS)}


@st.composite
def counts(draw: st.DrawFn) -> tuple[int, int]:
    applicable = draw(st.integers(min_value=1, max_value=400))
    return draw(st.integers(min_value=0, max_value=applicable)), applicable


@given(
    spec=st.sampled_from(SPECS),
    answers=st.lists(counts(), min_size=3, max_size=3),
    override=st.none() | st.sampled_from(EARNED_RATINGS),
)
def test_a_rating_never_exceeds_the_band_of_its_lowest_key_question_without_an_override(
    spec, answers: list[tuple[int, int]], override: Rating | None
) -> None:  # type: ignore[no-untyped-def]
    results = [
        key_question_result(area, yes, applicable) for area, (yes, applicable) in zip(spec.areas, answers, strict=True)
    ]
    recorded = Override(override, "Rating panel decision") if override else None
    rating = rate_case_standard(spec, results, recorded)
    lowest_band = min((band_for(r.shown) for r in results), key=RANK.__getitem__)
    assert rating.computed == lowest_band
    assert rating.lowest is not None
    assert rating.lowest.band == lowest_band
    if RANK[rating.rating] > RANK[lowest_band]:
        assert rating.override is not None
        assert rating.override.reason
    if rating.override is None:
        assert rating.rating == lowest_band
