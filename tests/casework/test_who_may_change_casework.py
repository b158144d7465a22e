"""The access matrix for writing casework: who is refused (403), who cannot see the case (404)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import Cast

REFUSED = {
    "auditor": 403,
    "police_officer": 403,
    "health_worker": 403,
    "partner_screener": 403,
    "board_member": 403,
    "administrator": 403,
    "other_team_case_manager": 404,
    "other_service_manager": 404,
}
WRITE_PAGES = ["assessment_new", "plan_new", "review_new", "significant_change_new", "contact_new", "intervention_close"]


@pytest.mark.parametrize("page", WRITE_PAGES)
@pytest.mark.parametrize(("role", "status"), REFUSED.items())
def test_refused_roles_cannot_post_casework(client, cast: Cast, role: str, status: int, page: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.user(role))
    response = client.post(reverse(f"casework:{page}", args=[cast.intervention.pk]), {})
    assert response.status_code == status


@pytest.mark.parametrize("role", ["case_manager", "team_manager", "service_manager"])
def test_caseworkers_of_the_case_open_the_forms(client, cast: Cast, role: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.user(role))
    for page in WRITE_PAGES:
        assert client.get(reverse(f"casework:{page}", args=[cast.intervention.pk])).status_code == 200


@pytest.mark.parametrize(("role", "status"), [("auditor", 200), ("health_worker", 200), ("police_officer", 404)])
def test_readers_open_the_intervention_as_far_as_their_scope_allows(client, cast: Cast, role: str, status: int) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.user(role))
    assert client.get(reverse("casework:intervention", args=[cast.intervention.pk])).status_code == status
