"""A police officer takes part in out-of-court work only: every page of the child's record that shows casework
shows them the out-of-court interventions and nothing of the court's, as the intervention page does."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import Cast
from tests.factories import (
    AssessmentFactory,
    ContactFactory,
    InterventionFactory,
    OutcomeFactory,
    PlanFactory,
    ReviewFactory,
)
from yjs.casework.models import Assessment, Intervention, Plan
from yjs.justice.models import OutcomeType


@dataclass
class TwoCases:
    caution: Intervention
    caution_assessment: Assessment
    caution_plan: Plan
    court_assessment: Assessment
    court_plan: Plan


def _two_cases(cast: Cast) -> TwoCases:
    """The cast's referral order (court) and a youth conditional caution (out of court), each with its casework."""
    outcome = OutcomeFactory(
        child=cast.child, service=cast.service, outcome_type=OutcomeType.objects.get(code="YCC"), length_months=None
    )
    caution = InterventionFactory(
        outcome=outcome, child=cast.child, service=cast.service, team=cast.intervention.team, start_date=date(2025, 5, 6)
    )
    court = cast.intervention
    ReviewFactory(intervention=caution, review_date=date(2025, 6, 2), progress="Kept every condition of the caution")
    ReviewFactory(intervention=court, review_date=date(2025, 6, 3), progress="Missed two panel meetings")
    ContactFactory(intervention=caution, contact_type="phone", scheduled_at=_at(2025, 5, 8))
    ContactFactory(intervention=court, contact_type="custody_visit", scheduled_at=_at(2025, 5, 9))
    return TwoCases(
        caution=caution,
        caution_assessment=AssessmentFactory(intervention=caution),
        caution_plan=PlanFactory(intervention=caution),
        court_assessment=AssessmentFactory(intervention=court),
        court_plan=PlanFactory(intervention=court),
    )


def _at(year: int, month: int, day: int) -> datetime:
    return timezone.make_aware(datetime(year, month, day, 10, 0))


def _page(client: Client, cast: Cast, url_name: str) -> str:
    response = client.get(reverse(url_name, args=[cast.child.pk]))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


OUT_OF_COURT_TEXT = (
    "Intervention started: Youth conditional caution",
    "Kept every condition of the caution",
    "Contact: Phone call",
)
COURT_TEXT = (
    "Intervention started: Referral order",
    "Missed two panel meetings",
    "Contact: Custody visit",
)


def test_a_police_officer_s_timeline_shows_the_out_of_court_work_and_nothing_of_the_court_intervention(
    cast: Cast, client: Client
) -> None:
    cases = _two_cases(cast)
    client.force_login(cast.police_officer)
    page = _page(client, cast, "children:timeline")
    for text in OUT_OF_COURT_TEXT:
        assert text in page
    assert reverse("casework:assessment", args=[cases.caution_assessment.pk]) in page
    assert reverse("casework:plan", args=[cases.caution_plan.pk]) in page
    for text in COURT_TEXT:
        assert text not in page
    assert reverse("casework:intervention", args=[cast.intervention.pk]) not in page
    assert reverse("casework:assessment", args=[cases.court_assessment.pk]) not in page
    assert reverse("casework:plan", args=[cases.court_plan.pk]) not in page


def test_a_police_officer_s_timeline_still_shows_the_child_s_court_outcome_and_offence(cast: Cast, client: Client) -> None:
    _two_cases(cast)
    client.force_login(cast.police_officer)
    page = _page(client, cast, "children:timeline")
    assert "Outcome: Referral order" in page
    assert f"Offence: {cast.intervention.outcome.offences.get().description}" in page


@pytest.mark.parametrize("user_name", ["case_manager", "team_manager", "auditor"])
def test_the_case_s_readers_see_both_interventions_on_the_timeline(cast: Cast, client: Client, user_name: str) -> None:
    cases = _two_cases(cast)
    client.force_login(cast.user(user_name))
    page = _page(client, cast, "children:timeline")
    for text in OUT_OF_COURT_TEXT + COURT_TEXT:
        assert text in page
    assert reverse("casework:assessment", args=[cases.court_assessment.pk]) in page
    assert reverse("casework:plan", args=[cases.caution_plan.pk]) in page


def test_a_police_officer_s_overview_lists_the_out_of_court_intervention_only(cast: Cast, client: Client) -> None:
    cases = _two_cases(cast)
    client.force_login(cast.police_officer)
    page = _page(client, cast, "children:record")
    assert reverse("casework:intervention", args=[cases.caution.pk]) in page
    assert reverse("casework:intervention", args=[cast.intervention.pk]) not in page


def test_a_case_manager_s_overview_lists_both_interventions(cast: Cast, client: Client) -> None:
    cases = _two_cases(cast)
    client.force_login(cast.case_manager)
    page = _page(client, cast, "children:record")
    assert reverse("casework:intervention", args=[cases.caution.pk]) in page
    assert reverse("casework:intervention", args=[cast.intervention.pk]) in page
