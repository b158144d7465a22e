"""An exclusion recorded in error comes off the child's education page after a confirmation page asking why;
it is archived with the reason and who removed it, never deleted, and its history is kept."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.education.conftest import Records
from yjs.education.models import Exclusion

pytestmark = pytest.mark.django_db


def test_the_confirmation_page_names_the_exclusion_and_removing_archives_it(records: Records, client: Client) -> None:
    cast, exclusion = records.cast, records.exclusion
    client.force_login(cast.case_manager)
    page = reverse("education:child", args=[cast.child.pk])
    remove = reverse("education:exclusion_remove", args=[cast.child.pk, exclusion.pk])
    assert remove in client.get(page).content.decode()

    confirm = client.get(remove).content.decode()
    assert f"Are you sure you want to remove {exclusion} from the record?" in confirm

    assert client.post(remove, {"reason": "Recorded on the wrong child"}).status_code == 302
    kept = Exclusion.objects.get(pk=exclusion.pk)
    assert kept.archived_at is not None
    assert (kept.archived_by, kept.archive_reason) == (cast.case_manager, "Recorded on the wrong child")
    assert kept.history.count() >= 2
    assert kept.history.first().history_user == cast.case_manager
    assert remove not in client.get(page).content.decode()
    assert client.get(remove).status_code == 404


def test_removing_needs_a_reason(records: Records, client: Client) -> None:
    client.force_login(records.cast.case_manager)
    remove = reverse("education:exclusion_remove", args=[records.cast.child.pk, records.exclusion.pk])
    response = client.post(remove, {"reason": "  "})
    assert response.status_code == 200
    assert "Enter why it is being removed" in response.content.decode()
    assert Exclusion.objects.get(pk=records.exclusion.pk).archived_at is None
