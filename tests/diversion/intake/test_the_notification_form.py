"""The YJS police officer's form for a notification."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.diversion.factories import NotificationFactory
from tests.diversion.intake.conftest import notified
from yjs.diversion.models import Notification, ScreeningRequest
from yjs.diversion.vocabularies import Source, Stage


def posted(cast: Cast, **changes: Any) -> dict[str, str]:
    data = notified(cast, **changes)
    form = {name: str(value) for name, value in data.items()}
    form["local_authority"] = str(data["local_authority"].pk)
    form["admitted"] = "yes" if data["admitted"] else "no"
    for name in ("date_of_birth", "offence_date", "notified_on"):
        day = data[name]
        form.pop(name)
        form.update({f"{name}_day": str(day.day), f"{name}_month": str(day.month), f"{name}_year": str(day.year)})
    return form


def test_a_police_officer_records_a_notification_of_a_new_child(cast: Cast, client: Client) -> None:
    client.force_login(cast.police_officer)
    response = client.post(reverse("diversion:notify"), posted(cast))
    notification = Notification.objects.get(police_reference="DP/100001/25")
    assert response.status_code == 302
    assert response["Location"] == notification.get_absolute_url()
    assert (notification.source, notification.stage, notification.created_by) == (
        Source.FORM,
        Stage.SCREENING,
        cast.police_officer,
    )
    assert notification.child.first_name == "Casey"
    assert ScreeningRequest.objects.filter(notification=notification).count() == 4


def test_the_form_keeps_what_was_typed_when_it_is_refused(cast: Cast, client: Client) -> None:
    client.force_login(cast.police_officer)
    response = client.post(reverse("diversion:notify"), {**posted(cast), "gravity_score": "", "officer": "PC 99 Typed"})
    assert response.status_code == 200
    assert "Select the gravity score" in response.content.decode()
    assert 'value="PC 99 Typed"' in response.content.decode()
    assert not Notification.objects.exists()


def test_a_child_under_10_at_the_offence_is_refused(cast: Cast, client: Client) -> None:
    client.force_login(cast.police_officer)
    young = notified(cast)["offence_date"] - timedelta(days=365 * 9)
    response = client.post(reverse("diversion:notify"), posted(cast, date_of_birth=young))
    assert "below the age of criminal responsibility" in response.content.decode()
    assert not Notification.objects.exists()


def test_a_child_over_17_at_the_offence_is_refused(cast: Cast, client: Client) -> None:
    client.force_login(cast.police_officer)
    adult = notified(cast)["offence_date"] - timedelta(days=365 * 19)
    response = client.post(reverse("diversion:notify"), posted(cast, date_of_birth=adult))
    assert "only children aged 10 to 17 are youth cases" in response.content.decode()
    assert not Notification.objects.exists()


def test_a_police_reference_already_received_is_refused(cast: Cast, client: Client) -> None:
    NotificationFactory(child=cast.child, police_reference="DP/100001/25")
    client.force_login(cast.police_officer)
    response = client.post(reverse("diversion:notify"), posted(cast))
    assert "has already been received" in response.content.decode()
    assert Notification.objects.filter(police_reference="DP/100001/25").count() == 1


def test_the_date_notified_starts_as_today(cast: Cast, client: Client) -> None:
    client.force_login(cast.police_officer)
    form = client.get(reverse("diversion:notify")).context["form"]
    assert form["notified_on"].value() is not None
