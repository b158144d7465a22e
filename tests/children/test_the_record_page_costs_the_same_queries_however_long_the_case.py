from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import CarerFactory, InterventionFactory, OffenceFactory, OutcomeFactory


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_more_carers_offences_outcomes_and_interventions_add_no_queries(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    url = reverse("children:record", args=[cast.child.pk])
    before = queries(client, url)
    for _ in range(3):
        CarerFactory(child=cast.child)
        offences = [OffenceFactory(child=cast.child, service=cast.service) for _ in range(2)]
        outcome = OutcomeFactory(child=cast.child, service=cast.service, offences=offences)
        InterventionFactory(outcome=outcome, team=cast.intervention.team, case_manager=cast.case_manager)
    assert queries(client, url) == before


def test_more_changes_add_no_queries_to_the_history_page(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    url = reverse("children:history", args=[cast.child.pk])
    before = queries(client, url)
    for n in range(3):
        cast.child.address = f"{n} New Street"
        cast.child.save()
        CarerFactory(child=cast.child)
    assert queries(client, url) == before
