from __future__ import annotations

from django.urls import reverse


def test_signing_out_by_post_ends_the_session_and_says_so(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)

    response = client.post(reverse("logout"), follow=True)

    assert "_auth_user_id" not in client.session
    assert response.redirect_chain[0] == (reverse("login"), 302)
    assert "You have signed out." in response.content.decode()


def test_a_get_does_not_sign_out(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)

    response = client.get(reverse("logout"))

    assert response.status_code == 405
    assert client.session["_auth_user_id"] == str(cast.case_manager.pk)


def test_after_signing_out_the_next_page_does_not_claim_the_session_timed_out(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    client.post(reverse("logout"), follow=True)

    response = client.get(reverse("home"), follow=True)

    assert "You have been signed out because" not in response.content.decode()
