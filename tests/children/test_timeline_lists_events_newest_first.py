from __future__ import annotations

from datetime import date, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import AssessmentFactory, ContactFactory, OffenceFactory, PlanFactory, ReviewFactory
from yjs.children.timeline import child_timeline


def test_offences_outcomes_interventions_and_casework_appear_newest_first(cast: Cast) -> None:
    ReviewFactory(intervention=cast.intervention, review_date=date(2025, 7, 1))
    AssessmentFactory(intervention=cast.intervention)
    PlanFactory(intervention=cast.intervention)
    ContactFactory(intervention=cast.intervention)

    events = child_timeline(cast.case_manager, cast.child).events

    kinds = {event.kind for event in events}
    assert kinds == {"offence", "outcome", "intervention", "assessment", "plan", "review", "contact"}
    keys = [event.sort_key for event in events]
    assert keys == sorted(keys, reverse=True)


def test_a_long_history_is_capped_with_a_link_to_show_more(cast: Cast, client: Client) -> None:
    for day in range(60):
        OffenceFactory(child=cast.child, service=cast.service, offence_date=date(2025, 1, 1) + timedelta(days=day))
    client.force_login(cast.case_manager)

    first = client.get(reverse("children:timeline", args=[cast.child.pk]))
    more = client.get(reverse("children:timeline", args=[cast.child.pk]), {"show": 100})

    assert len(first.context["timeline"].events) == 50
    assert "?show=100" in first.content.decode()
    assert len(more.context["timeline"].events) == 63  # 61 offences, the outcome, the intervention's start
    assert not more.context["timeline"].has_more


def test_the_timeline_costs_the_same_number_of_queries_however_many_events(cast: Cast) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            child_timeline(cast.case_manager, cast.child)
        return len(captured)

    few = queries()
    for _ in range(5):
        ContactFactory(intervention=cast.intervention)
        ReviewFactory(intervention=cast.intervention)
    assert queries() == few


def test_show_more_is_capped_and_a_bad_value_falls_back_to_the_first_page(cast: Cast, client: Client) -> None:
    assert child_timeline(cast.case_manager, cast.child, limit=10**9).limit == 1000
    client.force_login(cast.case_manager)
    response = client.get(reverse("children:timeline", args=[cast.child.pk]), {"show": "lots"})
    assert response.context["timeline"].limit == 50


def test_each_event_says_who_recorded_it(cast: Cast, client: Client) -> None:
    ContactFactory(intervention=cast.intervention, created_by=cast.case_manager)
    client.force_login(cast.team_manager)
    page = client.get(reverse("children:timeline", args=[cast.child.pk])).content.decode()
    assert f"by {cast.case_manager}" in page
    assert "Contact: Office appointment" in page
