"""The score out of 36 over the twelve scored standards, the overall rating's bands, and refusing a partial score."""

from __future__ import annotations

import pytest

from yjs.quality.ratings import (
    MissingStandards,
    Rating,
    RatingError,
    StandardRating,
    framework_spec_from_data,
    key_question_from_percentage,
    make_override,
    overall_rating,
    rate_case_standard,
    rate_judgement_standard,
    ratings_table,
    total_score,
)

OUT, G, RI, INAD, NR = Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE, Rating.NOT_RATED
FRAMEWORK = framework_spec_from_data("2021")
PERCENTAGE_FOR = {OUT: 90, G: 70, RI: 55, INAD: 40}


def _rated(code: str, rating: Rating) -> StandardRating:
    spec = FRAMEWORK.standard(code)
    if spec.is_case_assessed:
        return rate_case_standard(spec, [key_question_from_percentage(a, PERCENTAGE_FOR[rating]) for a in spec.areas])
    return rate_judgement_standard(spec, rating)


def _all(ratings: list[Rating], resettlement: Rating = G) -> dict[str, StandardRating]:
    by_code = {code: _rated(code, rating) for code, rating in zip(FRAMEWORK.scored_codes, ratings, strict=True)}
    by_code["4.1"] = rate_judgement_standard(FRAMEWORK.standard("4.1"), resettlement)
    return by_code


@pytest.mark.parametrize(
    ("score", "overall"),
    [(0, INAD), (6, INAD), (7, RI), (18, RI), (19, G), (30, G), (31, OUT), (36, OUT)],
)
def test_each_overall_band_edge_falls_where_hmip_puts_it(score: int, overall: Rating) -> None:
    assert overall_rating(score) == overall


def test_a_score_beyond_36_is_not_a_score() -> None:
    with pytest.raises(RatingError):
        overall_rating(37)


@pytest.mark.parametrize(
    ("ratings", "score", "overall"),
    [
        # six Good (12) and six Inadequate: 12, Requires improvement
        ([G] * 6 + [INAD] * 6, 12, RI),
        # six Requires improvement and six Inadequate: 6, Inadequate; one more point is 7
        ([RI] * 6 + [INAD] * 6, 6, INAD),
        ([RI] * 7 + [INAD] * 5, 7, RI),
        # six Outstanding (18) and six Inadequate: 18 RI; with one of them Requires improvement: 19 Good
        ([OUT] * 6 + [INAD] * 6, 18, RI),
        ([OUT] * 6 + [RI] + [INAD] * 5, 19, G),
        # ten Outstanding (30) and two Inadequate: 30 Good; one of them Requires improvement: 31 Outstanding
        ([OUT] * 10 + [INAD] * 2, 30, G),
        ([OUT] * 10 + [RI] + [INAD], 31, OUT),
    ],
)
def test_the_score_sums_3_2_1_0_over_the_twelve_scored_standards(ratings: list[Rating], score: int, overall: Rating) -> None:
    table = ratings_table(FRAMEWORK, _all(ratings).values())
    assert (table.score, table.overall) == (score, overall)


def test_resettlement_is_rated_but_not_scored() -> None:
    outstanding = ratings_table(FRAMEWORK, _all([G] * 12, resettlement=OUT).values())
    inadequate = ratings_table(FRAMEWORK, _all([G] * 12, resettlement=INAD).values())
    not_rated = ratings_table(FRAMEWORK, _all([G] * 12, resettlement=NR).values())
    assert outstanding.score == inadequate.score == not_rated.score == 24
    assert outstanding.ratings["4.1"].score is None
    assert not_rated.ratings["4.1"].rating == NR


def test_not_rated_is_allowed_only_where_the_standard_may_be_not_rated() -> None:
    with pytest.raises(RatingError, match="Standard 1.1: 'Not rated' is allowed only"):
        rate_judgement_standard(FRAMEWORK.standard("1.1"), "Not rated")
    with pytest.raises(RatingError, match="'Not rated' is allowed only"):
        make_override(FRAMEWORK.standard("2.1"), "Not rated", "No court cases")
    assert rate_judgement_standard(FRAMEWORK.standard("4.1"), "not rated").rating == NR


def test_the_score_is_refused_naming_every_missing_scored_standard() -> None:
    ratings = _all([G] * 12)
    for code in ("1.3", "2.4", "3.4", "4.1"):
        del ratings[code]
    with pytest.raises(MissingStandards) as refused:
        total_score(FRAMEWORK, ratings)
    assert refused.value.codes == ("1.3", "2.4", "3.4")
    assert "missing 1.3, 2.4, 3.4" in str(refused.value)
    table = ratings_table(FRAMEWORK, ratings.values())
    assert (table.score, table.overall, table.missing) == (None, None, ("1.3", "2.4", "3.4"))


def test_a_missing_resettlement_rating_does_not_stop_the_score() -> None:
    ratings = _all([G] * 12)
    del ratings["4.1"]
    assert total_score(FRAMEWORK, ratings) == 24


def test_an_override_is_kept_beside_the_computed_rating_and_needs_a_reason() -> None:
    spec = FRAMEWORK.standard("3.1")
    with pytest.raises(RatingError, match="needs a reason"):
        make_override(spec, "Good", "  ")
    override = make_override(spec, "Good", "Two cases were wrongly marked as applicable")
    rating = rate_case_standard(
        spec, [key_question_from_percentage(a, p) for a, p in zip(spec.areas, (86, 71, 60), strict=True)], override
    )
    assert (rating.computed, rating.rating, rating.score) == (RI, G, 2)
    assert rating.as_dict()["computed_rating"] == "Requires improvement"
    assert rating.as_dict()["override"] == {"rating": "Good", "reason": "Two cases were wrongly marked as applicable"}


def test_a_judgement_standard_keeps_its_evidence() -> None:
    rating = rate_judgement_standard(
        FRAMEWORK.standard("1.2"), "Good", strengths=["Staff feel supported"], areas_for_improvement=["Training records"]
    )
    assert (rating.source, rating.rating, rating.lowest) == ("judgement", G, None)
    assert rating.strengths == ("Staff feel supported",)
    assert rating.areas_for_improvement == ("Training records",)
