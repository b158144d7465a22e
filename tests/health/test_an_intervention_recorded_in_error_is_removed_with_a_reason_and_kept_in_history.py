"""A health intervention recorded in error comes off the child's health page after a confirmation page asking
why; it is archived with the reason and who removed it, never deleted, and its history is kept."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.health.conftest import Records
from yjs.health.models import HealthIntervention

pytestmark = pytest.mark.django_db


def test_the_confirmation_page_names_the_intervention_and_removing_archives_it(records: Records, client: Client) -> None:
    cast, intervention = records.cast, records.intervention
    client.force_login(cast.health_worker)
    page = reverse("health:child", args=[cast.child.pk])
    remove = reverse("health:intervention_remove", args=[cast.child.pk, intervention.pk])
    assert remove in client.get(page).content.decode()

    confirm = client.get(remove).content.decode()
    assert f"Are you sure you want to remove {intervention} from the record?" in confirm
    assert "Remove intervention" in confirm

    response = client.post(remove, {"reason": "Recorded on the wrong child"}, follow=True)
    assert response.redirect_chain == [(page, 302)]
    assert "The intervention has been removed from the record." in response.content.decode()
    kept = HealthIntervention.objects.get(pk=intervention.pk)
    assert kept.archived_at is not None
    assert (kept.archived_by, kept.archive_reason) == (cast.health_worker, "Recorded on the wrong child")
    assert kept.history.first().history_user == cast.health_worker
    assert remove not in response.content.decode()
    assert client.get(remove).status_code == 404


def test_removing_an_intervention_needs_a_reason(records: Records, client: Client) -> None:
    client.force_login(records.cast.health_worker)
    remove = reverse("health:intervention_remove", args=[records.cast.child.pk, records.intervention.pk])
    response = client.post(remove, {"reason": "  "})
    assert response.status_code == 200
    assert "Enter why it is being removed" in response.content.decode()
    assert HealthIntervention.objects.get(pk=records.intervention.pk).archived_at is None
