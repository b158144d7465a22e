"""The victim worker's list: awaiting first contact, consented without an offer, and follow-ups overdue."""

from __future__ import annotations

from datetime import date, timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.victims.conftest import NAME, Victims
from tests.victims.factories import consent, contact, victim


def test_each_list_shows_the_victims_that_need_that_step(victims: Victims, client: Client) -> None:
    offence = victims.offence
    today = timezone.localdate()
    not_offered = victim([offence], name="Alex Notoffered")
    contact(not_offered, date(2025, 3, 6))
    consent(not_offered, date(2025, 3, 6))
    chasing = victim([offence], name="Chris Chasing")
    contact(chasing, date(2025, 3, 6), outcome="no_answer", follow_up_on=today - timedelta(days=1))
    answered = victim([offence], name="Dana Answered")
    contact(answered, date(2025, 3, 6), outcome="no_answer", follow_up_on=date(2025, 3, 13))
    contact(answered, date(2025, 3, 13))
    client.force_login(victims.cast.other_team_case_manager)

    page = client.get(reverse("victims:worklist")).content.decode()

    awaiting, rest = page.split("Consent given, restorative justice not yet offered</h2>")
    without_offer, overdue = rest.split("Follow-ups overdue</h2>")
    assert NAME in awaiting  # the fixture's victim has consented and been offered, but never contacted
    assert "Alex Notoffered" in without_offer
    assert NAME not in without_offer
    assert "Chris Chasing" in overdue
    assert "Dana Answered" not in page.split("Awaiting first contact</h2>")[1]
