"""The demo's education records: each open case's school or provider with hours offered and attended, exclusions,
EHCPs and 16-17 year olds not in education, employment or training.

Every child on an open intervention, or one that ended in the last 18 months, gets a history that covers
their orders: most are at school full-time; some are on part-time timetables with alternative provision
beside them; a few were permanently excluded and moved to alternative provision; some have suspensions.
A child who passed the end of compulsory school age meanwhile leaves school on that 31 August and goes
to college, an apprenticeship, training or work, or is NEET. Deterministic from the seed, written with
bulk_create (so the records start without history), and only once: a service with placements is left alone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import Max, Min, Q

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.core.models import Service, User
from yjs.education.entitlement import school_age_ends
from yjs.education.models import EducationPlacement, Exclusion
from yjs.education.vocabularies import ExclusionKind, PlacementKind, Suitability
from yjs.performance.follow_ups import recount

RECENT_DAYS = 550
SCHOOLS = ("Egdon Heath Academy", "Casterbridge High School", "Budmouth Community College", "Sandbourne Academy")
PROVIDERS = {
    PlacementKind.ALTERNATIVE_PROVISION: ("The Bridge Learning Centre", "Wessex Pupil Referral Unit"),
    PlacementKind.COLLEGE: ("Casterbridge College", "Sandbourne and Budmouth College"),
    PlacementKind.TRAINING: ("Wessex Skills Hub", "Prospects Training"),
    PlacementKind.EMPLOYMENT: ("Budmouth Harbour Cafe", "Greenhill Garden Centre"),
    PlacementKind.APPRENTICESHIP: ("Wessex Motors (apprenticeship)", "Casterbridge Builders (apprenticeship)"),
}
SUSPENSION_REASONS = ("Persistent disruptive behaviour", "Physical assault against a pupil", "Verbal abuse of staff")


@dataclass(frozen=True)
class Spell:
    kind: str
    provider: str
    start: date
    end: date | None
    offered: int
    attended: int | None
    suitable: str
    attendance: int | None = None
    excluded: bool = False  # ended by a permanent exclusion


def _half(value: float) -> Decimal:
    return Decimal(round(value * 2) / 2).quantize(Decimal("0.1"))


def _school_spells(rng: random.Random, start: date, end: date | None, as_of: date) -> list[Spell]:
    school = rng.choice(SCHOOLS)
    roll = rng.random()
    if roll < 0.62:  # full-time at school
        attended = rng.randint(14, 25)
        suitable = rng.choices([Suitability.YES, Suitability.UNKNOWN, Suitability.NO], [0.85, 0.1, 0.05])[0]
        return [Spell(PlacementKind.SCHOOL, school, start, end, 25, attended, suitable, attended * 4)]
    if roll < 0.80:  # a part-time timetable, often with alternative provision beside it
        hours = rng.choice([10, 12, 15, 15, 20])
        spells = [Spell(PlacementKind.SCHOOL, school, start, end, hours, rng.randint(hours // 2, hours), Suitability.NO)]
        if rng.random() < 0.5:
            provider = rng.choice(PROVIDERS[PlacementKind.ALTERNATIVE_PROVISION])
            extra = rng.choice([5, 10])
            spells.append(
                Spell(PlacementKind.ALTERNATIVE_PROVISION, provider, start, end, extra, extra - 2, Suitability.UNKNOWN)
            )
        return spells
    if roll < 0.92:  # permanently excluded part way, then alternative provision
        if end is not None and (end - start).days > 120 or end is None and (as_of - start).days > 120:
            cut = start + timedelta(days=rng.randint(60, 110))
            provider = rng.choice(PROVIDERS[PlacementKind.ALTERNATIVE_PROVISION])
            return [
                Spell(PlacementKind.SCHOOL, school, start, cut, 25, rng.randint(8, 18), Suitability.NO, excluded=True),
                Spell(
                    PlacementKind.ALTERNATIVE_PROVISION,
                    provider,
                    cut + timedelta(days=14),
                    end,
                    20,
                    rng.randint(10, 20),
                    Suitability.YES,
                ),
            ]
        return [
            Spell(
                PlacementKind.ALTERNATIVE_PROVISION,
                rng.choice(PROVIDERS[PlacementKind.ALTERNATIVE_PROVISION]),
                start,
                end,
                20,
                15,
                Suitability.YES,
            )
        ]
    if roll < 0.96:
        return [Spell(PlacementKind.HOME_EDUCATION, "Home education", start, end, 15, None, Suitability.UNKNOWN)]
    return [Spell(PlacementKind.NONE, "", start, end, 0, 0, Suitability.NO)]


def _post_16_spells(rng: random.Random, start: date, end: date | None) -> list[Spell]:
    kind = rng.choices(
        [
            PlacementKind.COLLEGE,
            PlacementKind.APPRENTICESHIP,
            PlacementKind.TRAINING,
            PlacementKind.EMPLOYMENT,
            PlacementKind.NONE,
        ],
        [0.4, 0.12, 0.12, 0.08, 0.28],
    )[0]
    if kind == PlacementKind.NONE:
        return [Spell(kind, "", start, end, 0, 0, Suitability.NO)]
    hours = {PlacementKind.COLLEGE: rng.choice([12, 15, 16, 18]), PlacementKind.APPRENTICESHIP: 30}.get(
        kind, rng.randint(16, 30)
    )
    suitable = rng.choices([Suitability.YES, Suitability.UNKNOWN, Suitability.NO], [0.7, 0.2, 0.1])[0]
    return [Spell(kind, rng.choice(PROVIDERS[kind]), start, end, hours, rng.randint(hours // 2, hours), suitable)]


def _spells(rng: random.Random, child: Child, first: date, last: date | None, as_of: date) -> list[Spell]:
    start = first - timedelta(days=rng.randint(30, 400))
    leaves = school_age_ends(child.date_of_birth)
    reference = last or as_of
    if start > leaves:
        return _post_16_spells(rng, start, None)
    if reference <= leaves:
        return _school_spells(rng, start, None, as_of)
    return _school_spells(rng, start, leaves, as_of) + _post_16_spells(rng, leaves + timedelta(days=1), None)


def _exclusions(
    rng: random.Random, child: Child, spells: list[Spell], service: Service, user: User | None
) -> list[Exclusion]:
    found = []
    for spell in spells:
        if spell.kind != PlacementKind.SCHOOL:
            continue
        if spell.excluded and spell.end is not None:
            found.append(
                Exclusion(
                    child=child,
                    service=service,
                    kind=ExclusionKind.PERMANENT,
                    school=spell.provider,
                    start_date=spell.end,
                    reason="Serious breach of the behaviour policy",
                    created_by=user,
                    modified_by=user,
                )
            )
        elif rng.random() < 0.2:
            day = spell.start + timedelta(days=rng.randint(20, 200))
            found.append(
                Exclusion(
                    child=child,
                    service=service,
                    kind=ExclusionKind.FIXED_TERM,
                    school=spell.provider,
                    start_date=day,
                    days=rng.randint(1, 5),
                    reason=rng.choice(SUSPENSION_REASONS),
                    created_by=user,
                    modified_by=user,
                )
            )
    return found


@transaction.atomic
def ensure_demo_education(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    if EducationPlacement.objects.filter(service=service).exists():
        return
    rng = random.Random(f"{seed}:education")
    user = users.get("case_manager")
    recent = as_of - timedelta(days=RECENT_DAYS)
    spans = (
        Intervention.objects.filter(service=service, archived_at__isnull=True, start_date__lte=as_of)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=recent))
        .values("child_id")
        .annotate(first=Min("start_date"), last=Max("end_date"), open=Min("end_date", filter=Q(end_date__isnull=True)))
        .order_by("child_id")
    )
    open_ids = set(
        Intervention.objects.filter(service=service, end_date__isnull=True, archived_at__isnull=True).values_list(
            "child_id", flat=True
        )
    )
    children = Child.objects.in_bulk([span["child_id"] for span in spans])
    placements: list[EducationPlacement] = []
    exclusions: list[Exclusion] = []
    for span in spans:
        child = children[span["child_id"]]
        if rng.random() < 0.05:  # nothing recorded yet: counts as not in suitable ETE
            continue
        last = None if child.pk in open_ids else span["last"]
        spells = _spells(rng, child, span["first"], last, as_of)
        for spell in spells:
            if spell.start > as_of:
                continue
            placements.append(
                EducationPlacement(
                    child=child,
                    service=service,
                    kind=spell.kind,
                    provider=spell.provider,
                    start_date=spell.start,
                    end_date=spell.end if spell.end is None or spell.end <= as_of else None,
                    hours_offered=_half(spell.offered),
                    hours_attended=None if spell.attended is None else _half(min(spell.attended, spell.offered)),
                    attendance_percent=min(spell.attendance, 100) if spell.attendance else None,
                    suitable=spell.suitable,
                    created_by=user,
                    modified_by=user,
                )
            )
        exclusions += [e for e in _exclusions(rng, child, spells, service, user) if e.start_date <= as_of]
    EducationPlacement.objects.bulk_create(placements)
    # Written in bulk, past the saves that mark a child for the figures: the KPI orders worked out again here.
    recount({placement.child_id for placement in placements})
    Exclusion.objects.bulk_create(exclusions)
