from __future__ import annotations

from django.conf import settings
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from tests.conftest import Cast
from tests.factories import PASSWORD

TOKEN_URL = "/api/v1/auth/token/"


def test_the_token_endpoint_answers_a_locked_out_user_in_json_with_when_to_retry(cast: Cast) -> None:
    client = APIClient()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(TOKEN_URL, {"username": "cm", "password": "guess"}, format="json")
    response = client.post(TOKEN_URL, {"username": "cm", "password": PASSWORD}, format="json")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Too many failed attempts to sign in with this user name. Try again in 30 minutes."}
    assert response["Retry-After"] == "1800"


def test_the_sign_in_page_still_shows_the_locked_out_page(cast: Cast) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(reverse("login"), {"username": "cm", "password": "guess"})
    assert response.status_code == 429
    assert "registration/locked_out.html" in [t.name for t in response.templates]
