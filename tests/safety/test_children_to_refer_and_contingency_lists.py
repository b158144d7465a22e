"""The panel's "to refer" list and the managers' "Contingency to review" list, from the casework records."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import AssessmentFactory, TeamFactory, UserFactory
from tests.safety.conftest import Safety
from yjs.core.roles import Role
from yjs.safety import selectors, services
from yjs.safety.contingency import CURRENT, OUT_OF_DATE


def _rate(safety: Safety, days_ago: int, **ratings: str) -> None:
    AssessmentFactory(
        intervention=safety.cast.intervention,
        service=safety.cast.service,
        status="countersigned",
        submitted_by=safety.cast.case_manager,
        submitted_at=timezone.now() - timedelta(days=days_ago),
        who_is_at_risk="Sibling",
        nature_of_risk="Violence",
        **ratings,
    )


def test_a_child_rated_high_since_their_last_referral_is_to_refer_until_referred(safety: Safety) -> None:
    tm = safety.cast.team_manager
    assert selectors.to_refer(tm) == []  # the latest assessment is medium
    _rate(safety, 2, rosh_rating="high", safety_rating="low")
    [suggestion] = selectors.to_refer(tm)
    assert suggestion.case.child == safety.cast.child
    assert suggestion.reason == "rosh"

    services.refer_child(tm, safety.cast.child, "rosh", "High after the assault at home")
    assert selectors.to_refer(tm) == []


def test_another_teams_manager_is_not_told_about_the_child(safety: Safety) -> None:
    _rate(safety, 2, safety_rating="very_high", rosh_rating="low")
    south = TeamFactory(service=safety.cast.service, name="South West")
    other = UserFactory(role=Role.TEAM_MANAGER, service=safety.cast.service, team=south)
    assert selectors.to_refer(other) == []
    assert [s.case.child for s in selectors.to_refer(safety.cast.service_manager)] == [safety.cast.child]


def test_a_rating_that_rose_after_the_plan_lists_the_case_until_the_contingency_is_reviewed(
    safety: Safety, client: Client
) -> None:
    sm = safety.cast.service_manager
    [entry] = selectors.contingency_entries(selectors.managed_cases(sm))
    assert entry.state == CURRENT  # medium 40 days ago, plan 35 days ago
    _rate(safety, 1, safety_rating="high", rosh_rating="medium")
    [listed] = selectors.contingency_to_review(sm)
    assert listed.state == OUT_OF_DATE
    client.force_login(safety.cast.team_manager)
    assert "Jordan Testcase" in client.get(reverse("safety:contingency")).content.decode()

    services.review_contingency(safety.cast.case_manager, safety.plan, timezone.localdate(), "Added police contact")
    assert selectors.contingency_to_review(sm) == []


def test_a_team_manager_sees_only_their_own_teams_contingency(safety: Safety) -> None:
    _rate(safety, 1, safety_rating="high", rosh_rating="medium")
    south = TeamFactory(service=safety.cast.service, name="South West")
    other = UserFactory(role=Role.TEAM_MANAGER, service=safety.cast.service, team=south)
    assert selectors.contingency_to_review(other) == []
    assert len(selectors.contingency_to_review(safety.cast.team_manager)) == 1
