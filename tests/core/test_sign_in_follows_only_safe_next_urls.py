from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import PASSWORD


def test_a_successful_sign_in_goes_to_the_local_page_asked_for(client, cast) -> None:  # type: ignore[no-untyped-def]
    response = client.post(
        reverse("login"), {"username": "cm", "password": PASSWORD, "next": "/children/123/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/children/123/"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "http://testserver.evil.example/", "javascript:alert(1)"],
)
def test_a_next_url_off_the_site_is_ignored(client, cast, next_url: str) -> None:  # type: ignore[no-untyped-def]
    response = client.post(reverse("login"), {"username": "cm", "password": PASSWORD, "next": next_url})

    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_the_sign_in_page_carries_next_through_the_form(client, db) -> None:  # type: ignore[no-untyped-def]
    response = client.get(reverse("login"), {"next": "/casework/"})

    assert 'name="next" value="/casework/"' in response.content.decode()


def test_a_wrong_password_keeps_the_user_name_and_shows_the_error_summary(client, cast) -> None:  # type: ignore[no-untyped-def]
    response = client.post(reverse("login"), {"username": "cm", "password": "wrong-password"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "govuk-error-summary" in html
    assert 'name="username" value="cm"' in html
    assert "_auth_user_id" not in client.session
