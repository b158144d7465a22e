from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import CarerFactory, OutcomeFactory
from yjs.justice.models import OutcomeType


def overview(client: Client, cast: Cast) -> str:
    response = client.get(reverse("children:record", args=[cast.child.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_characteristics_carers_offences_outcomes_and_the_intervention(cast: Cast, client: Client) -> None:
    CarerFactory(child=cast.child, name="Pat Testcase", relationship="Mother")
    client.force_login(cast.case_manager)
    page = overview(client, cast)
    assert cast.child.yjs_id in page
    assert "White: English, Welsh, Scottish, Northern Irish or British" in page
    assert "Group: White" in page
    assert "Pat Testcase" in page
    assert "Theft from a shop" in page
    assert "Referral order" in page
    assert reverse("casework:intervention", args=[cast.intervention.pk]) in page


def test_an_outcome_the_yjs_may_supervise_without_an_intervention_offers_to_start_one(cast: Cast, client: Client) -> None:
    unsupervised = OutcomeFactory(child=cast.child, service=cast.service, outcome_type=OutcomeType.objects.get(code="YCC"))
    never_supervised = OutcomeFactory(
        child=cast.child, service=cast.service, outcome_type=OutcomeType.objects.get(code="NFA"), length_months=None
    )
    client.force_login(cast.case_manager)
    page = overview(client, cast)
    assert reverse("casework:intervention_new", args=[unsupervised.pk]) in page
    assert reverse("casework:intervention_new", args=[never_supervised.pk]) not in page
    assert reverse("casework:intervention_new", args=[cast.intervention.outcome_id]) not in page


def test_an_auditor_reads_the_record_without_links_to_change_it(cast: Cast, client: Client) -> None:
    client.force_login(cast.auditor)
    page = overview(client, cast)
    assert reverse("children:edit", args=[cast.child.pk]) not in page
    assert reverse("justice:offence_new", args=[cast.child.pk]) not in page


def test_a_police_officer_reads_a_child_with_an_out_of_court_outcome(cast: Cast, client: Client) -> None:
    OutcomeFactory(child=cast.child, service=cast.service, outcome_type=OutcomeType.objects.get(code="CR"))
    client.force_login(cast.police_officer)
    page = overview(client, cast)
    assert "Community resolution" in page
    assert "Start an intervention" not in page
