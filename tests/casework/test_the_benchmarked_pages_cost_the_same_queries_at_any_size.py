"""The pages benchmarks/pages.py times cost a fixed number of queries, however large the caseload or history.

Not a timing test: the time is measured on the national-scale dataset (benchmarks/README.md); this keeps
the query count, which is what makes the time hold at that scale, from growing with the data.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.casework.conftest import case_for, submitted_assessment
from tests.conftest import Cast
from tests.factories import (
    AssessmentFactory,
    CarerFactory,
    ContactFactory,
    InterventionFactory,
    OffenceFactory,
    OutcomeFactory,
    PlanFactory,
    ReviewFactory,
)
from yjs.core.models import User


def _queries(client: Client, user: User, url: str) -> int:
    client.force_login(user)
    client.get(url)  # the first request may fill caches (vocabularies, content types)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _pages(cast: Cast) -> dict[str, tuple[User, str]]:
    child = cast.child
    return {
        "caseload": (cast.case_manager, reverse("casework:caseload")),
        "child record": (cast.case_manager, reverse("children:record", args=[child.pk])),
        "timeline": (cast.case_manager, reverse("children:timeline", args=[child.pk])),
        "search": (cast.case_manager, reverse("children:search") + f"?q={child.last_name}"),
        "team cases": (cast.team_manager, reverse("casework:team_cases")),
    }


def _count_all(client: Client, cast: Cast) -> dict[str, int]:
    return {page: _queries(client, user, url) for page, (user, url) in _pages(cast).items()}


def _grow(cast: Cast, cases: int, events: int) -> None:
    """More cases on the caseload (some with ratings and contacts), and a longer history for the child."""
    for n in range(cases):
        case = case_for(cast, cast.case_manager)
        if n % 2:
            submitted_assessment(case, cast.case_manager)
            ContactFactory(intervention=case, service=cast.service, status="attended")
    child, service = cast.child, cast.service
    # Each record names who made it, as the timeline shows: a missing join there would cost a query per event.
    by = {"service": service, "created_by": cast.case_manager}
    CarerFactory(child=child)
    for n in range(events):
        offences = [OffenceFactory(child=child, offence_date=date(2024, 1, 1) + timedelta(days=n), **by)]
        outcome = OutcomeFactory(child=child, offences=offences, **by)
        intervention = InterventionFactory(
            outcome=outcome, child=child, team=cast.intervention.team, case_manager=cast.case_manager, **by
        )
        AssessmentFactory(intervention=intervention, **by)
        PlanFactory(intervention=intervention, **by)
        ReviewFactory(intervention=intervention, **by)
        when = timezone.make_aware(datetime(2025, 1, 1, 10)) + timedelta(days=n)
        ContactFactory(intervention=intervention, scheduled_at=when, **by)


def test_each_benchmarked_page_costs_the_same_queries_for_a_small_and_a_large_caseload_and_history(
    cast: Cast, client: Client
) -> None:
    _grow(cast, cases=2, events=1)
    small = _count_all(client, cast)
    _grow(cast, cases=12, events=8)
    assert _count_all(client, cast) == small
