from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.views import defaults


def test_a_missing_page_says_so_in_the_service_layout(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.board_member)

    response = client.get("/no-such-page/")
    html = response.content.decode()

    assert response.status_code == 404
    assert "<title>Page not found – yjs</title>" in html
    assert "govuk-generic-header" in html


def test_a_refused_page_says_the_role_has_no_access(rf: RequestFactory, cast) -> None:  # type: ignore[no-untyped-def]
    request = rf.get("/children/1/")
    request.user = cast.board_member

    response = defaults.permission_denied(request, PermissionDenied())

    assert response.status_code == 403
    assert "Your role does not give you access to this page." in response.content.decode()


def test_a_server_error_page_renders_without_a_request_context(rf: RequestFactory) -> None:
    response = defaults.server_error(rf.get("/"))

    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()
