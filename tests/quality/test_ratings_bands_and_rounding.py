"""A key question's band is read on the percentage a report shows (rounded half-up), and near edges are flagged.

HMIP: 80% or more Outstanding, 65-79% Good, 50-64% Requires improvement, under 50% Inadequate.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from yjs.quality.ratings import (
    Rating,
    RatingError,
    framework_spec_from_data,
    key_question_from_percentage,
    key_question_result,
    rate_case_standard,
)

OUT, G, RI, INAD = Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE


@pytest.mark.parametrize(
    ("percentage", "band"),
    [(49, INAD), (50, RI), (64, RI), (65, G), (79, G), (80, OUT), (0, INAD), (100, OUT)],
)
def test_each_band_edge_falls_where_hmip_puts_it(percentage: int, band: Rating) -> None:
    result = key_question_from_percentage("desistance", percentage)
    assert (result.shown, result.band, result.near_edge) == (percentage, band, False)


@pytest.mark.parametrize(
    ("percentage", "shown", "band", "near_edge"),
    [
        (79.5, 80, OUT, True),  # rounds up into Outstanding, but only just
        (79.4, 79, G, True),
        (64.4, 64, RI, True),  # shows 64: Requires improvement, half a point from Good
        (64.5, 65, G, True),
        (49.5, 50, RI, True),
        (49.49, 49, INAD, True),
        (80.2, 80, OUT, False),
        (78.9, 79, G, False),
        (72.5, 73, G, False),  # half-up, not to even: 72.5 shows 73
    ],
)
def test_the_shown_percentage_rounds_half_up_and_near_edges_are_flagged(
    percentage: float, shown: int, band: Rating, near_edge: bool
) -> None:
    result = key_question_from_percentage("safety_of_others", percentage)
    assert (result.shown, result.band, result.near_edge) == (shown, band, near_edge)


def test_counts_are_kept_and_read_exactly() -> None:
    # 19 of 24 is 79.17%: shows 79, Good, within half a point of the 79.5 where it would show 80.
    result = key_question_result("safety_of_others", 19, 24)
    assert result.percentage == Fraction(1900, 24)
    assert (result.yes, result.applicable, result.shown, result.band, result.near_edge) == (19, 24, 79, G, True)
    # 31 of 39 is 79.49%: still 79; 62 of 78 the same; 159 of 200 is 79.5 exactly, which shows 80.
    assert key_question_result("desistance", 31, 39).shown == 79
    assert key_question_result("desistance", 159, 200).band == OUT


def test_a_case_assessed_standard_takes_the_band_of_its_lowest_key_question_and_names_it() -> None:
    spec = framework_spec_from_data("2021").standard("3.1")
    rating = rate_case_standard(
        spec,
        [
            key_question_result("desistance", 30, 35),  # 86%
            key_question_result("safety_of_child", 25, 35),  # 71%
            key_question_result("safety_of_others", 21, 35),  # 60%
        ],
    )
    assert rating.rating == RI
    assert rating.lowest is not None
    assert rating.lowest.area == "safety_of_others"
    assert [(kq.yes, kq.applicable) for kq in rating.key_questions] == [(30, 35), (25, 35), (21, 35)]
    assert rating.score == 1
    assert rating.source == "key_questions"


@pytest.mark.parametrize(
    ("value", "message"),
    [(101, "between 0 and 100"), (-1, "between 0 and 100"), ("lots", "not a percentage"), (True, "not a percentage")],
)
def test_a_percentage_outside_0_to_100_is_refused(value: object, message: str) -> None:
    with pytest.raises(RatingError, match=message):
        key_question_from_percentage("desistance", value)


def test_counts_that_cannot_be_a_result_are_refused() -> None:
    with pytest.raises(RatingError, match="more than"):
        key_question_result("desistance", 25, 24)
    with pytest.raises(RatingError, match="no case where the question applies"):
        key_question_result("desistance", 0, 0)


def test_a_standard_needs_all_three_key_questions() -> None:
    spec = framework_spec_from_data("2021").standard("2.1")
    with pytest.raises(RatingError, match="lacks key questions: safety_of_others"):
        rate_case_standard(spec, [key_question_result("desistance", 1, 1), key_question_result("safety_of_child", 1, 1)])
