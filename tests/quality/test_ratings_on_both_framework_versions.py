"""Both framework versions are loaded as data: 2021 with 3.4 judged and 4.1 unscored; 2018 with 3.4 "Joint working"
rated from key questions and no 4.1."""

from __future__ import annotations

import pytest

from yjs.quality import selectors
from yjs.quality.models import Framework, KeyQuestion, Standard
from yjs.quality.ratings import (
    Rating,
    RatingError,
    framework_spec_from_data,
    key_question_from_percentage,
    rate_case_standard,
)


@pytest.mark.django_db
def test_the_database_holds_both_versions_as_the_data_module_describes_them() -> None:
    assert list(Framework.objects.order_by("version").values_list("version", flat=True)) == ["2018", "2021"]
    for version in ("2018", "2021"):
        assert selectors.framework_spec_for(version) == framework_spec_from_data(version)


@pytest.mark.django_db
def test_2021_has_twelve_scored_standards_and_resettlement_rated_only() -> None:
    standards = Standard.objects.filter(framework__version="2021")
    assert standards.filter(scored=True).count() == 12
    judged = set(standards.filter(assessed_by="judgement", scored=True).values_list("code", flat=True))
    assert judged == {"1.1", "1.2", "1.3", "1.4", "3.4"}
    court = set(standards.filter(assessed_by="case", disposal="court").values_list("code", flat=True))
    out_of_court = set(standards.filter(assessed_by="case", disposal="out_of_court").values_list("code", flat=True))
    assert (court, out_of_court) == ({"2.1", "2.2", "2.3", "2.4"}, {"3.1", "3.2", "3.3"})
    resettlement = standards.get(code="4.1")
    assert (resettlement.name, resettlement.scored, resettlement.may_be_not_rated) == (
        "Resettlement policy and provision",
        False,
        True,
    )
    assert standards.get(code="3.4").name == "Out-of-court disposal policy and provision"


@pytest.mark.django_db
def test_each_case_assessed_standard_asks_the_three_key_questions_with_prompts() -> None:
    questions = KeyQuestion.objects.filter(standard__framework__version="2021", standard__assessed_by="case")
    assert questions.count() == 7 * 3
    assert questions.get(standard__code="2.1", area="safety_of_others").text == (
        "Does assessment sufficiently analyse how to keep other people safe?"
    )
    assert questions.get(standard__code="3.2", area="safety_of_child").text == (
        "Does planning focus sufficiently on keeping the child safe?"
    )
    assert questions.get(standard__code="2.4", area="safety_of_others").text == (
        "Does reviewing focus sufficiently on keeping other people safe?"
    )
    for question in questions:
        assert question.prompts.exists(), question
    others = questions.get(standard__code="2.1", area="safety_of_others")
    assert "Who is at risk and the nature of the risk are set out" in others.prompts.values_list("text", flat=True)


@pytest.mark.django_db
def test_reviewing_is_assessed_on_court_cases_only() -> None:
    reviewing = Standard.objects.filter(name="Reviewing")
    assert {(s.framework.version, s.code, s.disposal) for s in reviewing} == {
        ("2018", "2.4", "court"),
        ("2021", "2.4", "court"),
    }


def test_2018_rates_joint_working_from_its_key_questions() -> None:
    spec = framework_spec_from_data("2018").standard("3.4")
    assert (spec.name, spec.assessed_by, spec.scored, spec.disposal) == ("Joint working", "case", True, "out_of_court")
    rating = rate_case_standard(
        spec, [key_question_from_percentage(a, p) for a, p in zip(spec.areas, (82, 66, 91), strict=True)]
    )
    assert (rating.rating, rating.lowest and rating.lowest.area) == (Rating.GOOD, "safety_of_child")


def test_2018_has_no_resettlement_standard_and_still_scores_twelve() -> None:
    framework = framework_spec_from_data("2018")
    assert len(framework.scored_codes) == 12
    with pytest.raises(RatingError, match="Standard 4.1 is not in the 2018 framework"):
        framework.standard("4.1")


def test_2021_rates_out_of_court_policy_by_judgement_not_key_questions() -> None:
    spec = framework_spec_from_data("2021").standard("3.4")
    with pytest.raises(RatingError, match="rated by inspector judgement"):
        rate_case_standard(spec, [])
