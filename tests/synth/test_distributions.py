"""The generated population looks like DOMAIN.md section 5 says: checked loosely, on a fixed seed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db.models import Q

from tests.synth.conftest import synth_once
from yjs.casework.models import Intervention, Plan
from yjs.casework.vocabularies import RiskLevel
from yjs.children.models import Child
from yjs.justice.models import Outcome

AS_OF = date(2026, 6, 30)
RAISED = [RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.VERY_HIGH]


built = synth_once(children=600, services=1, seed=11, as_of=AS_OF)


@pytest.fixture
def population(built: None, db) -> None:  # type: ignore[no-untyped-def]
    return None


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def test_the_open_caseload_has_the_inspection_profile(population: None) -> None:
    open_children = Child.objects.filter(interventions__in=Intervention.objects.open()).distinct()
    n = open_children.count()
    assert 0.08 <= share(open_children.filter(sex="F").count(), n) <= 0.30
    assert 0.03 <= share(open_children.filter(care_status__in=["looked_after", "care_leaver"]).count(), n) <= 0.20
    assert 0.35 <= share(open_children.filter(send_status__in=["ehcp", "sen_support"]).count(), n) <= 0.62
    assert 0.50 <= share(open_children.filter(substance_misuse=True).count(), n) <= 0.78
    assert 0.65 <= share(open_children.filter(mental_health_concern=True).count(), n) <= 0.92


def test_court_and_out_of_court_cases_are_both_open_with_custody_rare(population: None) -> None:
    open_cases = Intervention.objects.open()
    court = open_cases.filter(outcome__outcome_type__stage="court").count()
    assert 0.35 <= share(court, open_cases.count()) <= 0.75
    assert open_cases.filter(outcome__outcome_type__custodial=True).count() <= 0.1 * open_cases.count()


def test_ethnicity_is_sometimes_not_stated_and_black_children_are_over_represented(population: None) -> None:
    children = Child.objects.all()
    assert 0.07 <= share(children.filter(ethnicity="NOT_STATED").count(), children.count()) <= 0.18
    # In the 10-17 population Asian children outnumber Black children; in youth justice it is the reverse.
    assert children.filter(ethnicity__startswith="B_").count() > children.filter(ethnicity__startswith="A_").count()


def _index_date(outcome: Outcome) -> date | None:
    """Cautions and court outcomes enter the reoffending cohort on their date; custody on release."""
    if outcome.outcome_type.custodial:
        return outcome.release_date
    return outcome.outcome_date if outcome.outcome_type.statutory else None


def test_about_a_third_of_children_reoffend_within_a_year(population: None) -> None:
    cohort = reoffenders = 0
    for child in Child.objects.prefetch_related("offences", "outcomes__outcome_type"):
        index = min((_index_date(o) for o in child.outcomes.all() if _index_date(o)), default=None)
        if index is None or index > AS_OF - timedelta(days=548):
            continue
        cohort += 1
        later = [f for f in child.offences.all() if index < f.offence_date <= index + timedelta(days=365)]
        reoffenders += any(f.category != "BREACH" for f in later)
    assert cohort > 100
    assert 0.22 <= share(reoffenders, cohort) <= 0.45


def test_a_few_plans_lack_contingency_where_a_rating_calls_for_it(population: None) -> None:
    raised = Plan.objects.filter(Q(assessment__rosh_rating__in=RAISED) | Q(assessment__safety_rating__in=RAISED))
    missing = raised.filter(contingency="").count()
    assert 0 < missing <= 0.2 * raised.count()


def test_most_outcomes_before_court_come_first(population: None) -> None:
    first_outcomes = [c.outcomes.order_by("outcome_date").first() for c in Child.objects.all()[:200]]
    out_of_court = sum(o.outcome_type.stage == "pre_court" for o in first_outcomes)
    assert out_of_court > len(first_outcomes) / 2
    assert Outcome.objects.filter(outcome_type__custodial=True).count() < 0.06 * Outcome.objects.count()
