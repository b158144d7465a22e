"""The History tab of the child's record shows the victims' records as the victims tab does: a case manager
learns that a victim's record changed, never who the victim is or how to reach them."""

from __future__ import annotations

import html
from datetime import date

from django.test import Client
from django.urls import reverse

from tests.victims.conftest import ADDRESS, NAME, PHONE, Victims
from tests.victims.factories import contact
from yjs.victims.models import Consent, VictimFeedback, VictimWishes

NEW_PHONE = "07700 900461"
NOTES = "Spoke with them at the shop about the broken window"
WISHES = "That the child writes a letter of apology"


def history(client: Client, victims: Victims) -> str:
    response = client.get(reverse("children:history", args=[victims.cast.child.pk]))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def work_with_the_victim(victims: Victims) -> None:
    victim = victims.victim
    victim.phone = NEW_PHONE
    victim.address = "2 New Road, Casterbridge"
    victim.save()
    contact(victim, date(2025, 3, 12), notes=NOTES)
    VictimWishes.objects.create(victim=victim, service_id=victim.service_id, recorded_on=date(2025, 3, 14), wishes=WISHES)
    VictimFeedback.objects.create(
        victim=victim, service_id=victim.service_id, received_on=date(2025, 4, 1), satisfaction=4, comments="Helpful"
    )


def test_a_case_manager_sees_that_the_victim_s_details_changed_but_not_what_they_are(
    victims: Victims, client: Client
) -> None:
    work_with_the_victim(victims)
    client.force_login(victims.cast.case_manager)
    page = history(client, victims)
    assert "Changed: Victim 1: details" in page
    assert "Details you may not see" in page
    assert "Created: Victim 1: contact" in page
    for personal in (NAME, PHONE, NEW_PHONE, ADDRESS, "2 New Road", "robin@example.com", NOTES, "Helpful"):
        assert personal not in page
    assert "Victim 1: feedback" not in page
    # The victim agreed to share their views with the case manager, so their wishes show, as on the tab.
    assert WISHES in page


def test_once_the_victim_withdraws_consent_to_share_a_case_manager_no_longer_sees_their_wishes(
    victims: Victims, client: Client
) -> None:
    work_with_the_victim(victims)
    share = Consent.objects.get(victim=victims.victim, kind="share")
    share.withdrawn_on = date(2025, 3, 20)
    share.save()
    client.force_login(victims.cast.case_manager)
    page = history(client, victims)
    assert "Created: Victim 1: wishes" in page
    assert WISHES not in page


def test_a_manager_sees_the_victim_named_with_every_change(victims: Victims, client: Client) -> None:
    work_with_the_victim(victims)
    client.force_login(victims.cast.team_manager)
    page = history(client, victims)
    assert f"Changed: {NAME}: details" in page
    assert PHONE in page
    assert NEW_PHONE in page
    assert NOTES in page
    assert WISHES in page
    assert f"Created: {NAME}: feedback" in page
    assert "Helpful" in page


def test_a_health_worker_sees_no_victims(victims: Victims, client: Client) -> None:
    work_with_the_victim(victims)
    client.force_login(victims.cast.health_worker)
    page = history(client, victims)
    assert "Victim 1" not in page
    assert NAME not in page
