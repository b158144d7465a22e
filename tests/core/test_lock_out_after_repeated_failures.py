from __future__ import annotations

from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD


def sign_in(client: Client, username: str, password: str):  # type: ignore[no-untyped-def]
    return client.post(reverse("login"), {"username": username, "password": password})


def test_the_failure_limit_is_five() -> None:
    assert settings.AXES_FAILURE_LIMIT == 5


def test_the_sixth_attempt_is_refused_with_the_locked_out_page_even_with_the_right_password(client, cast) -> None:  # type: ignore[no-untyped-def]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "cm", "not-the-password")

    response = sign_in(client, "cm", PASSWORD)

    assert response.status_code == 429
    assert "registration/locked_out.html" in [t.name for t in response.templates]
    assert "Your account is locked" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_locked_out_page_says_when_to_try_again(client, cast) -> None:  # type: ignore[no-untyped-def]
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = sign_in(client, "cm", "not-the-password")

    assert "You can try again in 30 minutes." in response.content.decode()


def test_failures_below_the_limit_only_show_the_sign_in_error(client, cast) -> None:  # type: ignore[no-untyped-def]
    response = sign_in(client, "cm", "not-the-password")

    assert response.status_code == 200
    assert "Enter a correct user name and password" in response.content.decode()


def test_a_successful_sign_in_before_the_limit_resets_the_count(client, cast) -> None:  # type: ignore[no-untyped-def]
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "cm", "not-the-password")
    assert sign_in(client, "cm", PASSWORD).status_code == 302
    client.post(reverse("logout"))

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "cm", "not-the-password")
    response = sign_in(client, "cm", PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(cast.case_manager.pk)


def test_one_locked_user_name_does_not_lock_another(client, cast) -> None:  # type: ignore[no-untyped-def]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "cm", "not-the-password")

    assert sign_in(client, "tm", PASSWORD).status_code == 302


def test_the_lock_is_on_the_user_name_from_that_address_only(client, cast) -> None:  # type: ignore[no-untyped-def]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "cm", "not-the-password")

    response = client.post(reverse("login"), {"username": "cm", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2")

    assert response.status_code == 302
