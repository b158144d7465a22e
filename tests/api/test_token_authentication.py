from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from tests.conftest import Cast
from tests.factories import PASSWORD

TOKEN_URL = "/api/v1/auth/token/"


def test_a_case_manager_exchanges_a_password_for_a_token_and_reads_with_it(cast: Cast) -> None:
    client = APIClient()
    response = client.post(TOKEN_URL, {"username": "cm", "password": PASSWORD}, format="json")
    assert response.status_code == 200
    client.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    assert client.get("/api/v1/children/").status_code == 200


def test_asking_twice_gives_the_same_token(cast: Cast) -> None:
    client = APIClient()
    first = client.post(TOKEN_URL, {"username": "cm", "password": PASSWORD}, format="json").json()
    second = client.post(TOKEN_URL, {"username": "cm", "password": PASSWORD}, format="json").json()
    assert first == second


def test_a_wrong_password_gets_no_token(cast: Cast) -> None:
    response = APIClient().post(TOKEN_URL, {"username": "cm", "password": "not-the-password"}, format="json")
    assert response.status_code == 400
    assert "token" not in response.json()
    assert response.json()["non_field_errors"]


def test_missing_credentials_are_named(cast: Cast) -> None:
    response = APIClient().post(TOKEN_URL, {}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"username", "password"}


@pytest.mark.parametrize("username", ["board", "screener", "admin"])
def test_a_role_without_record_access_gets_no_token(cast: Cast, username: str) -> None:
    response = APIClient().post(TOKEN_URL, {"username": username, "password": PASSWORD}, format="json")
    assert response.status_code == 403


def test_a_request_without_credentials_is_refused(cast: Cast) -> None:
    assert APIClient().get("/api/v1/children/").status_code == 401


def test_an_unknown_token_is_refused(cast: Cast) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token 0000000000000000000000000000000000000000")
    assert client.get("/api/v1/children/").status_code == 401


def test_a_signed_in_session_may_use_the_api_too(cast: Cast) -> None:
    client = APIClient()
    client.force_login(cast.case_manager)
    assert client.get("/api/v1/children/").status_code == 200


def test_repeated_wrong_passwords_lock_the_user_out_of_the_token_endpoint(cast: Cast, settings) -> None:  # type: ignore[no-untyped-def]
    client = APIClient()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(TOKEN_URL, {"username": "cm", "password": "guess"}, format="json")
    response = client.post(TOKEN_URL, {"username": "cm", "password": PASSWORD}, format="json")
    assert response.status_code == 429
