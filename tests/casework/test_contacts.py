from __future__ import annotations

from datetime import datetime

from django.urls import reverse
from django.utils import timezone

from tests.conftest import Cast
from tests.factories import ContactFactory
from yjs.casework.models import Contact


def test_a_case_manager_plans_a_contact(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    response = client.post(
        reverse("casework:contact_new", args=[cast.intervention.pk]),
        {"day": "2025-04-07", "time": "15:30", "contact_type": "home_visit"},
    )
    assert response.status_code == 302
    contact = Contact.objects.get()
    assert contact.status == "planned"
    assert timezone.localtime(contact.scheduled_at).replace(tzinfo=None) == datetime(2025, 4, 7, 15, 30)
    assert contact.created_by == cast.case_manager


def test_recording_that_the_child_attended(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    contact = ContactFactory(intervention=cast.intervention, service=cast.service)
    client.force_login(cast.case_manager)
    client.post(
        reverse("casework:contact_update", args=[contact.pk]),
        {"status": "attended", "note": "Talked about college", "version": contact.version},
    )
    contact.refresh_from_db()
    assert (contact.status, contact.note, contact.modified_by) == ("attended", "Talked about college", cast.case_manager)


def test_a_missed_contact_needs_a_note(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    contact = ContactFactory(intervention=cast.intervention, service=cast.service)
    client.force_login(cast.case_manager)
    response = client.post(reverse("casework:contact_update", args=[contact.pk]), {"status": "did_not_attend", "note": ""})
    assert "Enter what happened" in response.content.decode()
    contact.refresh_from_db()
    assert contact.status == "planned"


def test_an_auditor_may_not_record_a_contact(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    contact = ContactFactory(intervention=cast.intervention, service=cast.service)
    client.force_login(cast.auditor)
    response = client.post(reverse("casework:contact_update", args=[contact.pk]), {"status": "attended"})
    assert response.status_code == 403


def test_a_stale_contact_update_is_refused_on_the_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    contact = ContactFactory(intervention=cast.intervention, service=cast.service)
    client.force_login(cast.case_manager)
    url = reverse("casework:contact_update", args=[contact.pk])
    client.post(url, {"status": "attended", "note": "", "version": 1})
    response = client.post(url, {"status": "cancelled", "note": "Typed late", "version": 1})
    page = response.content.decode()
    assert "Someone else changed this contact" in page
    assert "Typed late" in page
    contact.refresh_from_db()
    assert contact.status == "attended"
