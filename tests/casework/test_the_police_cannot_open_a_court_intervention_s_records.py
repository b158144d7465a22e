"""A police officer asking directly for a court intervention's pages is answered as if they were not there; the
same pages of an out-of-court intervention of the same child open."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.casework.conftest import outcome_for
from tests.conftest import Cast
from tests.factories import AssessmentFactory, ContactFactory, InterventionFactory, PlanFactory
from yjs.casework.models import Intervention


def _caution(cast: Cast) -> Intervention:
    return InterventionFactory(
        outcome=outcome_for(cast.child, "YCC"), child=cast.child, service=cast.service, team=cast.intervention.team
    )


def _pages(case: Intervention) -> dict[str, str]:
    return {
        "intervention": reverse("casework:intervention", args=[case.pk]),
        "assessment": reverse("casework:assessment", args=[AssessmentFactory(intervention=case).pk]),
        "plan": reverse("casework:plan", args=[PlanFactory(intervention=case).pk]),
    }


@pytest.mark.parametrize("page", ["intervention", "assessment", "plan"])
def test_a_police_officer_gets_not_found_for_a_court_intervention_s_pages(cast: Cast, client: Client, page: str) -> None:
    _caution(cast)  # so that the child is in the police officer's scope
    url = _pages(cast.intervention)[page]
    client.force_login(cast.police_officer)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("page", ["intervention", "assessment", "plan"])
def test_a_police_officer_reads_the_same_pages_of_an_out_of_court_intervention(
    cast: Cast, client: Client, page: str
) -> None:
    url = _pages(_caution(cast))[page]
    client.force_login(cast.police_officer)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("page", ["intervention", "assessment", "plan"])
def test_a_case_manager_reads_the_court_intervention_s_pages(cast: Cast, client: Client, page: str) -> None:
    url = _pages(cast.intervention)[page]
    client.force_login(cast.case_manager)
    assert client.get(url).status_code == 200


def test_a_police_officer_may_not_open_a_contact_of_either_kind_since_its_page_records_what_happened(
    cast: Cast, client: Client
) -> None:
    client.force_login(cast.police_officer)
    for case in (_caution(cast), cast.intervention):
        contact = ContactFactory(intervention=case)
        assert client.get(reverse("casework:contact_update", args=[contact.pk])).status_code == 403
