from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import CarerFactory
from yjs.children.models import Carer


def test_the_page_asks_whether_the_user_is_sure(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child, name="Pat Testcase")
    client.force_login(cast.case_manager)
    page = client.get(reverse("children:carer_archive", args=[cast.child.pk, carer.pk])).content.decode()
    assert "Are you sure you want to remove Pat Testcase" in page


def test_removing_without_a_reason_is_refused(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child)
    client.force_login(cast.case_manager)
    response = client.post(reverse("children:carer_archive", args=[cast.child.pk, carer.pk]), {"reason": "  "})
    assert response.status_code == 200
    assert "Enter why they are being removed" in response.content.decode()
    assert not Carer.objects.get(pk=carer.pk).is_archived


def test_a_removed_carer_leaves_the_overview_and_stays_in_the_database_and_history(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child, name="Pat Testcase")
    client.force_login(cast.case_manager)
    url = reverse("children:carer_archive", args=[cast.child.pk, carer.pk])

    assert client.post(url, {"reason": "Recorded against the wrong child"}).status_code == 302

    kept = Carer.objects.get(pk=carer.pk)
    assert kept.archived_by == cast.case_manager
    assert kept.archive_reason == "Recorded against the wrong child"
    overview = client.get(reverse("children:record", args=[cast.child.pk]))
    assert overview.context["overview"].carers == []
    assert reverse("children:carer_edit", args=[cast.child.pk, carer.pk]) not in overview.content.decode()
    history = client.get(reverse("children:history", args=[cast.child.pk])).content.decode()
    assert "Removed: Parent or carer: Pat Testcase" in history
    assert "Recorded against the wrong child" in history
