from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from yjs.core.models import AccessLog

PAGES = [
    ("children:record", "overview"),
    ("children:timeline", "timeline"),
    ("children:history", "history"),
    ("children:access_log", "viewed by"),
    ("children:edit", "edit details"),
    ("children:carer_new", "add a carer"),
    ("justice:offence_new", "record an offence"),
    ("justice:outcome_new", "record an outcome"),
]


@pytest.mark.parametrize(("url_name", "what"), PAGES)
def test_opening_a_page_of_the_record_writes_who_what_and_when(cast: Cast, client: Client, url_name: str, what: str) -> None:
    client.force_login(cast.team_manager)
    assert client.get(reverse(url_name, args=[cast.child.pk])).status_code == 200
    row = AccessLog.objects.get()
    assert (row.user, row.child_id, row.what, row.service) == (cast.team_manager, cast.child.pk, what, cast.service)


def test_a_refused_or_out_of_scope_request_writes_nothing(cast: Cast, client: Client) -> None:
    client.force_login(cast.other_team_case_manager)
    assert client.get(reverse("children:record", args=[cast.child.pk])).status_code == 404
    client.force_login(cast.board_member)
    assert client.get(reverse("children:record", args=[cast.child.pk])).status_code == 403
    assert not AccessLog.objects.exists()
