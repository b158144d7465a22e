from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast


def test_a_team_manager_sees_each_view_with_who_their_role_and_the_page(cast: Cast, client: Client) -> None:
    client.force_login(cast.health_worker)
    client.get(reverse("children:timeline", args=[cast.child.pk]))
    client.force_login(cast.team_manager)
    page = client.get(reverse("children:access_log", args=[cast.child.pk])).content.decode()
    assert str(cast.health_worker) in page
    assert "Health worker" in page
    assert "Timeline" in page


def test_a_case_manager_is_refused_the_list_and_is_not_offered_the_tab(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    assert client.get(reverse("children:access_log", args=[cast.child.pk])).status_code == 403
    overview = client.get(reverse("children:record", args=[cast.child.pk])).content.decode()
    assert reverse("children:access_log", args=[cast.child.pk]) not in overview
