from __future__ import annotations

import pytest
from django.urls import reverse


@pytest.mark.parametrize("path", ["/", "/children/", "/casework/", "/casework/team/", "/children/1/"])
def test_an_anonymous_visitor_is_sent_to_sign_in_with_the_page_to_come_back_to(client, db, path: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={path}"


@pytest.mark.parametrize("path", ["/sign-in/", "/health/"])
def test_the_sign_in_page_and_the_health_check_are_open(client, db, path: str) -> None:  # type: ignore[no-untyped-def]
    assert client.get(path).status_code == 200
