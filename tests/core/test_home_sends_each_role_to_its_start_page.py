from __future__ import annotations

from html import unescape

import pytest
from django.urls import reverse

START_PAGES = {
    "case_manager": "casework:caseload",
    "team_manager": "casework:caseload",
    "service_manager": "casework:caseload",
    "police_officer": "diversion:pipeline",
    "partner_screener": "diversion:screening_requests",
    "health_worker": "children:search",
    "auditor": "quality:index",
    "board_member": "governance:board",
}


@pytest.mark.parametrize(("role", "start_page"), START_PAGES.items())
def test_a_role_with_a_start_page_is_sent_there(client, cast, role: str, start_page: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.user(role))

    response = client.get(reverse("home"))

    assert response.status_code == 302
    assert response["Location"] == reverse(start_page)


@pytest.mark.parametrize(
    ("role", "explanation"),
    [("administrator", "Administrators look after staff accounts")],
)
def test_a_role_without_a_start_page_sees_what_it_can_do(client, cast, role: str, explanation: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.user(role))

    response = client.get(reverse("home"))
    html = unescape(response.content.decode())

    assert response.status_code == 200
    assert explanation in html
    assert "Your role cannot open children's records." in html
