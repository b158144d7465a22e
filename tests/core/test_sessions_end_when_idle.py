from __future__ import annotations

import importlib
import os
import subprocess
import sys
from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

PROJECT_SETTINGS = importlib.import_module("yjs.config.settings")


def test_a_session_lasts_thirty_idle_minutes_by_default_and_every_request_extends_it() -> None:
    assert PROJECT_SETTINGS.SESSION_COOKIE_AGE == 30 * 60
    assert PROJECT_SETTINGS.SESSION_SAVE_EVERY_REQUEST is True


def test_the_idle_time_comes_from_yjs_session_minutes() -> None:
    env = {**os.environ, "YJS_SESSION_MINUTES": "10"}
    result = subprocess.run(
        [sys.executable, "-c", "import yjs.config.settings as s; print(s.SESSION_COOKIE_AGE)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "600"


def test_an_expired_session_sends_the_user_back_to_sign_in(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.administrator)
    assert client.get(reverse("home")).status_code == 200

    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("home"))

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next=/"


def test_the_sign_in_page_then_says_why_the_user_was_signed_out(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.administrator)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))

    response = client.get(reverse("home"), follow=True)

    assert response.redirect_chain == [(f"{reverse('login')}?next=/", 302)]
    assert "You have been signed out because yjs was not used for 30 minutes." in response.content.decode()


def test_a_first_visit_gets_no_signed_out_message(client, db) -> None:  # type: ignore[no-untyped-def]
    response = client.get(reverse("home"), follow=True)

    assert "You have been signed out" not in response.content.decode()


def test_each_request_moves_the_end_of_the_session_forward(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.administrator)
    soon = timezone.now() + timedelta(minutes=1)
    Session.objects.update(expire_date=soon)

    client.get(reverse("home"))

    expire_date = Session.objects.get().expire_date
    assert expire_date > timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)
