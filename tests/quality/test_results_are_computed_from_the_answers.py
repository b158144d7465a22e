"""A round's results, worked out by hand: key-question percentages, bands, ratings, oversight, score and overall."""

from __future__ import annotations

from tests.quality.conftest import Audit
from tests.quality.factories import answer, finish
from yjs.quality import services
from yjs.quality.models import Standard
from yjs.quality.ratings import Rating
from yjs.quality.results import round_results

COURT = ("2.1", "2.2", "2.3", "2.4")
OUT_OF_COURT = ("3.1", "3.2", "3.3")
AREAS = ("desistance", "safety_of_child", "safety_of_others")


def _all(audit_case, codes, given, by, **exceptions):  # type: ignore[no-untyped-def]
    for code in codes:
        for area in AREAS:
            answer(audit_case, code, area, exceptions.get(f"{code}:{area}", given), by)


def test_the_lowest_key_question_sets_each_standard_and_unfinished_cases_do_not_count(audit: Audit) -> None:
    auditor = audit.cast.auditor
    north, south = audit.case_of(audit.north_court), audit.case_of(audit.south_court)
    # 2.1 others safe: case 1 Yes, case 2 No -> 1 of 2 = 50% Requires improvement; desistance 2 of 2 = 100%.
    # 2.2 child safe: case 1 Yes, case 2 Not applicable -> 1 of 1 = 100%.
    _all(north, COURT, "yes", auditor)
    _all(south, COURT, "yes", auditor, **{"2.1:safety_of_others": "no", "2.2:safety_of_child": "not_applicable"})
    finish(north)
    finish(south, oversight="no")
    # An out-of-court case answered but not finished: it counts nowhere yet.
    _all(audit.case_of(audit.north_out_of_court), OUT_OF_COURT, "no", auditor)

    results = round_results(audit.round)

    kq = results.standard("2.1").question("safety_of_others")
    assert (kq.tally.yes, kq.tally.no, kq.result.shown, kq.result.band) == (1, 1, 50, Rating.REQUIRES_IMPROVEMENT)
    assert results.standard("2.1").rating.rating == Rating.REQUIRES_IMPROVEMENT
    child = results.standard("2.2").question("safety_of_child")
    assert (child.tally.yes, child.tally.not_applicable, child.result.shown) == (1, 1, 100)
    assert results.standard("2.2").rating.rating == Rating.OUTSTANDING
    assert results.standard("3.1").rating is None
    assert (results.finished, results.total) == (2, 4)
    court, out_of_court = results.oversight
    assert (court.met, court.answered, court.percentage) == (1, 2, 50)
    assert out_of_court.answered == 0
    assert results.table.score is None
    assert "3.1" in results.table.missing
    assert "1.1" in results.table.missing


def test_with_every_standard_rated_the_score_and_overall_follow(audit: Audit) -> None:
    auditor, lead = audit.cast.auditor, audit.cast.service_manager
    court, out_of_court = audit.case_of(audit.north_court), audit.case_of(audit.north_out_of_court)
    _all(court, COURT, "yes", auditor)
    _all(out_of_court, OUT_OF_COURT, "yes", auditor)
    finish(court)
    finish(out_of_court)
    judged = Standard.objects.filter(framework=audit.round.framework, assessed_by="judgement")
    for standard in judged:
        rating = "Not rated" if standard.code == "4.1" else "Good"
        services.record_rating(lead, audit.round, standard, rating, strengths="Strong leadership")
    # An override of 2.1 from Outstanding to Good, with its reason, kept beside the computed rating.
    services.record_rating(
        lead,
        audit.round,
        Standard.objects.get(framework=audit.round.framework, code="2.1"),
        "Good",
        override_reason="Two cases is too few to call it outstanding",
    )

    results = round_results(audit.round)

    two_one = results.standard("2.1").rating
    assert (two_one.computed, two_one.rating) == (Rating.OUTSTANDING, Rating.GOOD)
    # 2.2-2.4 and 3.1-3.3 Outstanding (6 x 3 = 18), 2.1 Good by override (2), 1.1-1.4 and 3.4 Good (5 x 2 = 10).
    assert results.table.score == 30
    assert results.table.overall == Rating.GOOD


def test_an_override_needs_a_reason(audit: Audit) -> None:
    import pytest
    from django.core.exceptions import ValidationError

    standard = Standard.objects.get(framework=audit.round.framework, code="2.1")
    with pytest.raises(ValidationError) as refused:
        services.record_rating(audit.cast.service_manager, audit.round, standard, "Good")
    assert "override_reason" in refused.value.message_dict


def test_the_results_page_links_each_no_to_its_cases(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    south = audit.case_of(audit.south_court)
    _all(south, COURT, "yes", audit.cast.auditor, **{"2.3:desistance": "no"})
    finish(south)
    client.force_login(audit.cast.service_manager)
    page = client.get(f"/quality/rounds/{audit.round.pk}/results/").content.decode()
    kq = south.answers.get(key_question__standard__code="2.3", key_question__area="desistance").key_question
    link = f"/quality/rounds/{audit.round.pk}/results/no/{kq.pk}/"
    assert link in page
    listing = client.get(link).content.decode()
    assert "Not evidenced in the record" in listing
    assert f"/quality/cases/{south.pk}/" in listing
