"""The demo's victims records: victims linked to offences, with consent, restorative justice offered and taken
up, and feedback.

Victims are added to offences that harm someone (theft, violence, damage, burglary, robbery) dealt with by
orders that ended in the four quarters before the demo's day, so KPI 10 has figures, and by some open
orders, so the victim worker's list has work: victims awaiting first contact, victims who consented and
have not yet been offered restorative justice, and follow-ups overdue. The service's victim worker is the
first case manager of the service without a demo login (by account id), designated by the demo service
manager; the demo team and service managers see victims in full, and the demo case manager sees the
child's victims tab without who the victims are. Every name, phone number (Ofcom's drama range) and
address is invented.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction

from yjs.casework.models import Intervention
from yjs.core.models import Service, User
from yjs.core.roles import Role
from yjs.performance.periods import Quarter
from yjs.synth.names import ADULTS, STREETS, SURNAMES, place_name
from yjs.victims.models import (
    Consent,
    RestorativeJusticeOffer,
    Victim,
    VictimContact,
    VictimFeedback,
    VictimWishes,
    VictimWorker,
)
from yjs.victims.vocabularies import RestorativeKind

HARMFUL = (
    "THEFT_AND_HANDLING",
    "VIOLENCE_AGAINST_THE_PERSON",
    "CRIMINAL_DAMAGE",
    "DOMESTIC_BURGLARY",
    "NON_DOMESTIC_BURGLARY",
    "ROBBERY",
    "VEHICLE_THEFT",
)
CLOSED_ORDERS = 48
OPEN_ORDERS = 16
ORGANISATIONS = ("Corner Stores", "Community Centre", "Bus Company", "Leisure Centre", "Garden Centre", "Pharmacy")
WISHES = (
    "Would like a letter of apology explaining why it happened.",
    "Wants the child to stay away from the shop and its car park.",
    "Would like to meet the child, with a worker present, to say how it affected the family.",
    "Would like the child to help repair the damage to the community garden.",
    "Wants to be kept informed of how the order is going, and nothing more.",
)
FEEDBACK = (
    "Felt listened to and kept informed throughout.",
    "The letter helped; it answered the questions I had.",
    "Glad to have met him; it was not what I expected.",
    "Contact was slow at the start, but good once it began.",
)
KINDS = tuple(RestorativeKind)


def _worker(service: Service, manager: User | None) -> User | None:
    """The designated victim worker: a synthetic case manager with no demo login, designated once."""
    existing = VictimWorker.objects.filter(service=service).select_related("user").first()
    if existing is not None:
        return existing.user
    staff = User.objects.filter(service=service, role=Role.CASE_MANAGER).exclude(username="casemanager").order_by("pk")
    chosen = staff.first()
    if chosen is not None:
        worker = VictimWorker(service=service, user=chosen, active_from=date(2020, 4, 1))
        worker._history_user = manager  # type: ignore[attr-defined]
        worker.save()
    return chosen


def _on_or_before(day: date, as_of: date) -> date:
    return min(day, as_of)


def _make(model, victim: Victim, user: User | None, **fields):  # type: ignore[no-untyped-def]
    record = model(victim=victim, service_id=victim.service_id, created_by=user, modified_by=user, **fields)
    record._history_user = user
    record.save()
    return record


def _victim(rng: random.Random, index: int, intervention: Intervention, offence, user, as_of: date) -> Victim:  # type: ignore[no-untyped-def]
    person = rng.random() < 0.8
    town = place_name(rng.randrange(40))
    if person:
        name = f"{rng.choice(ADULTS)} {rng.choice(SURNAMES)}"
    else:
        name = f"{town} {rng.choice(ORGANISATIONS)}"
    victim = Victim(
        child_id=intervention.child_id,
        service_id=intervention.service_id,
        kind="person" if person else "organisation",
        name=name,
        phone=f"01632 960{index % 1000:03d}",
        email="",
        address=f"{rng.randrange(1, 120)} {rng.choice(STREETS)}, {town}",
        referred_on=_on_or_before(offence.offence_date + timedelta(days=rng.randrange(3, 20)), as_of),
        created_by=user,
        modified_by=user,
    )
    victim._history_user = user  # type: ignore[attr-defined]
    victim.save()
    victim.offences.set([offence])
    return victim


def _closed_story(rng: random.Random, number: int, victim: Victim, ended: date, user: User | None, as_of: date) -> None:
    """A victim of an order that has ended: contacted, asked, and (mostly) offered restorative justice."""
    start = victim.referred_on
    contact_on = _on_or_before(start + timedelta(days=rng.randrange(2, 10)), as_of)
    _make(VictimContact, victim, user, contact_date=contact_on, method="phone", outcome="spoke")
    answer = "given" if rng.random() < 0.8 else "refused"
    withdrawn = None
    if answer == "given" and rng.random() < 0.08:
        withdrawn = _on_or_before(contact_on + timedelta(days=rng.randrange(20, 60)), as_of)
    _make(Consent, victim, user, kind="contact", answer=answer, answered_on=contact_on, withdrawn_on=withdrawn)
    if answer != "given":
        return
    share = "given" if rng.random() < 0.85 else "refused"
    _make(Consent, victim, user, kind="share", answer=share, answered_on=contact_on)
    _make(VictimWishes, victim, user, recorded_on=contact_on, wishes=WISHES[number % len(WISHES)])
    if withdrawn is not None or rng.random() < 0.1:
        return
    offered = _on_or_before(contact_on + timedelta(days=rng.randrange(5, 21)), as_of)
    responded = _on_or_before(offered + timedelta(days=rng.randrange(2, 10)), as_of)
    if rng.random() < 0.25:
        _make(RestorativeJusticeOffer, victim, user, offered_on=offered, response="declined", responded_on=responded)
        return
    took_place = _on_or_before(responded + timedelta(days=rng.randrange(7, 35)), min(ended, as_of))
    took_place = max(took_place, responded)
    completed = took_place if number % 5 else None
    _make(
        RestorativeJusticeOffer,
        victim,
        user,
        offered_on=offered,
        response="accepted",
        responded_on=responded,
        kind=KINDS[number % len(KINDS)],
        took_place_on=took_place,
        completed_on=completed,
    )
    if completed is not None and number % 2 == 0:
        received = _on_or_before(completed + timedelta(days=rng.randrange(5, 20)), as_of)
        _make(
            VictimFeedback,
            victim,
            user,
            received_on=received,
            satisfaction=rng.choice((3, 4, 4, 5, 5)),
            comments=FEEDBACK[number % len(FEEDBACK)],
        )


def _open_story(rng: random.Random, number: int, victim: Victim, user: User | None, as_of: date) -> None:
    """A victim of an open order, at one of the steps the victim worker's list shows."""
    step = number % 4
    if step == 0:
        return  # awaiting first contact
    first = _on_or_before(victim.referred_on + timedelta(days=rng.randrange(2, 8)), as_of)
    if step == 1:  # no answer; the follow-up date has passed
        follow_up = min(first + timedelta(days=7), as_of - timedelta(days=1))
        _make(
            VictimContact,
            victim,
            user,
            contact_date=first,
            method="phone",
            outcome="no_answer",
            follow_up_on=max(follow_up, first),
        )
        return
    _make(VictimContact, victim, user, contact_date=first, method="home_visit", outcome="spoke")
    _make(Consent, victim, user, kind="contact", answer="given", answered_on=first)
    _make(Consent, victim, user, kind="share", answer="given", answered_on=first)
    _make(VictimWishes, victim, user, recorded_on=first, wishes=WISHES[number % len(WISHES)])
    if step == 3:
        offered = _on_or_before(first + timedelta(days=10), as_of)
        _make(RestorativeJusticeOffer, victim, user, offered_on=offered, response="awaiting")


def _offence_of(intervention: Intervention):  # type: ignore[no-untyped-def]
    return intervention.outcome.offences.filter(category__in=HARMFUL, archived_at__isnull=True).order_by("pk").first()


@transaction.atomic
def ensure_demo_victims(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    manager = users.get("service_manager")
    worker = _worker(service, manager)
    if Victim.objects.filter(service=service).exists():
        return
    rng = random.Random(f"victims-{seed}")
    since = Quarter.containing(as_of).previous(4).start
    harmful = Intervention.objects.filter(
        service=service, archived_at__isnull=True, outcome__offences__category__in=HARMFUL
    ).distinct()
    closed = harmful.filter(end_date__gte=since, end_date__lte=as_of).order_by("pk").select_related("outcome")
    demo_cases = harmful.filter(end_date__isnull=True, case_manager=users.get("case_manager"))
    others = harmful.filter(end_date__isnull=True).exclude(pk__in=demo_cases.values("pk"))
    open_orders = [*demo_cases.order_by("pk")[:6], *others.order_by("pk")[: OPEN_ORDERS - 6]]
    number = 0
    for intervention in closed[:CLOSED_ORDERS]:
        offence = _offence_of(intervention)
        if offence is None:
            continue
        for _ in range(1 + (rng.random() < 0.25)):
            number += 1
            victim = _victim(rng, number, intervention, offence, worker, as_of)
            _closed_story(rng, number, victim, intervention.end_date or as_of, worker, as_of)
    for intervention in open_orders:
        offence = _offence_of(intervention)
        if offence is None:
            continue
        number += 1
        victim = _victim(rng, number, intervention, offence, worker, as_of)
        _open_story(rng, number, victim, worker, as_of)
