"""A change refused because someone else saved the victim's record first shows, beside the form, the record as
it is saved now (as the child's own record does), keeps what the user typed and writes nothing."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.victims.conftest import Victims
from yjs.victims import services
from yjs.victims.models import RestorativeJusticeOffer, Victim


def _posted_victim(victims: Victims, **changes: str) -> dict[str, object]:
    found = victims.victim
    data: dict[str, object] = {
        "offences": [str(victims.offence.pk)],
        "kind": found.kind,
        "name": found.name,
        "phone": found.phone,
        "email": found.email,
        "address": found.address,
        "referred_on": found.referred_on.isoformat() if found.referred_on else "",
        "version": str(found.version),
    }
    data.update(changes)
    return data


def test_a_stale_change_to_a_victim_shows_the_saved_details_beside_the_form(victims: Victims, client: Client) -> None:
    manager = victims.cast.service_manager
    opened = _posted_victim(victims, phone="01632 960777")
    services.change_victim(
        manager, Victim.objects.get(pk=victims.victim.pk), {"phone": "01632 960555", "version": victims.victim.version}
    )
    before = Victim.objects.filter(pk=victims.victim.pk).values().get()

    client.force_login(manager)
    response = client.post(reverse("victims:victim_edit", args=[victims.victim.pk]), opened)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this" in page
    assert "The record as it is saved now" in page
    assert [value for _label, value in response.context["conflicts"]] == ["01632 960555"]
    assert response.context["form"]["phone"].value() == "01632 960777"
    assert Victim.objects.filter(pk=victims.victim.pk).values().get() == before

    # Having checked, saving again from the refused page is a deliberate overwrite.
    again = dict(opened, version=response.context["form"]["version"].value())
    assert client.post(reverse("victims:victim_edit", args=[victims.victim.pk]), again).status_code == 302
    assert Victim.objects.get(pk=victims.victim.pk).phone == "01632 960777"


def test_a_stale_change_to_restorative_justice_shows_the_saved_answer(victims: Victims, client: Client) -> None:
    manager = victims.cast.service_manager
    offer = victims.offer
    opened_at = offer.version
    services.change_offer(
        manager,
        RestorativeJusticeOffer.objects.get(pk=offer.pk),
        {"notes": "Victim asked for a letter", "version": opened_at},
    )
    before = RestorativeJusticeOffer.objects.filter(pk=offer.pk).values().get()
    data = {
        "offered_on": offer.offered_on.isoformat(),
        "response": offer.response,
        "responded_on": offer.responded_on.isoformat() if offer.responded_on else "",
        "kind": offer.kind,
        "took_place_on": offer.took_place_on.isoformat() if offer.took_place_on else "",
        "completed_on": offer.completed_on.isoformat() if offer.completed_on else "",
        "notes": "Meeting planned",
        "version": str(opened_at),
    }

    client.force_login(manager)
    response = client.post(reverse("victims:offer_edit", args=[victims.victim.pk, offer.pk]), data)

    assert response.status_code == 200
    assert "Someone else changed this" in response.content.decode()
    assert "Victim asked for a letter" in [value for _label, value in response.context["conflicts"]]
    assert response.context["form"]["notes"].value() == "Meeting planned"
    assert RestorativeJusticeOffer.objects.filter(pk=offer.pk).values().get() == before
