"""Victims' records for tests, built straight into the database (the services are tested on their own)."""

from __future__ import annotations

from datetime import date
from typing import Any

from yjs.core.models import User
from yjs.justice.models import Offence
from yjs.victims.models import Consent, RestorativeJusticeOffer, Victim, VictimContact, VictimWorker


def victim(offences: list[Offence], **fields: Any) -> Victim:
    first = offences[0]
    values = {"kind": "person", "name": "Robin Shopkeeper", "phone": "01632 960123", "referred_on": date(2025, 3, 5)}
    made = Victim.objects.create(child=first.child, service_id=first.service_id, **(values | fields))
    made.offences.set(offences)
    return made


def consent(victim: Victim, answered_on: date, *, answer: str = "given", kind: str = "contact", **fields: Any) -> Consent:
    return Consent.objects.create(
        victim=victim, service_id=victim.service_id, kind=kind, answer=answer, answered_on=answered_on, **fields
    )


def offer(victim: Victim, offered_on: date, **fields: Any) -> RestorativeJusticeOffer:
    return RestorativeJusticeOffer.objects.create(
        victim=victim, service_id=victim.service_id, offered_on=offered_on, **fields
    )


def took_part(victim: Victim, on: date, kind: str = "direct") -> RestorativeJusticeOffer:
    return offer(victim, on, response="accepted", responded_on=on, kind=kind, took_place_on=on)


def contact(victim: Victim, on: date, **fields: Any) -> VictimContact:
    values = {"method": "phone", "outcome": "spoke"}
    return VictimContact.objects.create(victim=victim, service_id=victim.service_id, contact_date=on, **(values | fields))


def designate(user: User, since: date = date(2020, 1, 1)) -> VictimWorker:
    assert user.service_id is not None
    return VictimWorker.objects.create(service_id=user.service_id, user=user, active_from=since)
