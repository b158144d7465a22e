from __future__ import annotations

from django.urls import reverse

from tests.casework.conftest import outcome_for
from tests.conftest import Cast
from yjs.casework.models import Intervention


def test_a_case_manager_starts_an_intervention_from_the_outcome(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    outcome = outcome_for(cast.child, "YRO")
    client.force_login(cast.case_manager)
    response = client.post(
        reverse("casework:intervention_new", args=[outcome.pk]),
        {
            "team": cast.intervention.team.pk,
            "start_date": "2025-05-12",
            "level": "enhanced",
            "case_manager": cast.case_manager.pk,
        },
    )
    intervention = Intervention.objects.get(outcome=outcome)
    assert response.status_code == 302
    assert response.url == intervention.get_absolute_url()
    assert intervention.level == "enhanced"
    assert intervention.allocations.get().case_manager == cast.case_manager


def test_an_outcome_the_yjs_does_not_supervise_is_refused_on_the_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    outcome = outcome_for(cast.child, "FINE")
    client.force_login(cast.case_manager)
    response = client.post(
        reverse("casework:intervention_new", args=[outcome.pk]),
        {"team": cast.intervention.team.pk, "start_date": "2025-05-12", "level": "standard"},
    )
    assert response.status_code == 200
    assert "is not supervised by the youth justice service" in response.content.decode()
    assert not Intervention.objects.filter(outcome=outcome).exists()
