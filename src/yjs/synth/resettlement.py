"""The demo's resettlement records: custody episodes with release planning, accommodation records, and children
approaching 18 with a transition record.

- Custody: an episode for each of the service's recent custodial sentences, released or not as the sentence
  says, with its release planning milestones (mostly on time; one release address confirmed only three days
  before release, and one never confirmed), and remands for children on the demo case manager's caseload, one
  still in custody with a milestone late.
- Accommodation: a record for most children on a recent order, mostly suitable, some not known or unsuitable,
  some with a move part-way, so that KPI 1 has figures in recent quarters; about one child in twelve has none.
- Transitions: about half the children on an open order who turn 18 in the next six months have a transition
  record, so the "Turning 18" list shows both.

Each part is written once: a part the service already has is left as it is, so running the demo again changes
nothing. Like the rest of the generator, records are bulk-created from their own random stream, without history.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction

from yjs.casework.models import Intervention
from yjs.core.models import Service, User
from yjs.justice.models import Outcome
from yjs.justice.vocabularies import Stage
from yjs.lib.dates import add_months
from yjs.performance.follow_ups import recount
from yjs.resettlement import release_planning
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, ReleaseMilestone, Transition
from yjs.resettlement.transitions import turns_18_soon
from yjs.resettlement.vocabularies import AccommodationType, CustodyKind, Establishment, Suitability, TransitionStatus
from yjs.synth import names

SENTENCES = 10
YEARS_BACK = 3
ESTABLISHMENTS = (
    (Establishment.YOUNG_OFFENDER_INSTITUTION, "HMYOI Wetherby"),
    (Establishment.YOUNG_OFFENDER_INSTITUTION, "HMYOI Cookham Wood"),
    (Establishment.SECURE_TRAINING_CENTRE, "Oakhill Secure Training Centre"),
    (Establishment.SECURE_CHILDRENS_HOME, "Aldine House Secure Children's Home"),
    (Establishment.SECURE_SCHOOL, "Oasis Restore Secure School"),
)
UNSUITABLE_REASONS = (
    "Sofa-surfing with friends since leaving home",
    "Overcrowded; the child shares a room with three siblings",
    "Placement out of area, far from school and family",
)
UNKNOWN_REASONS = ("Case manager has not yet visited the new address", "Child will not say where they are staying")
PROBATION_AREAS = ("Casterbridge PDU", "Sandbourne and Budmouth PDU")


def ensure_demo_resettlement(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    rng = random.Random(f"{seed}-resettlement")
    worker = users.get("case_manager")
    with transaction.atomic():
        if not CustodyEpisode.objects.filter(service=service).exists():
            _custody(service, as_of, rng, worker)
        if not AccommodationRecord.objects.filter(service=service).exists():
            _accommodation(service, as_of, rng, worker)
        if not Transition.objects.filter(service=service).exists():
            _transitions(service, as_of, rng, worker)


def _episode(service: Service, child_id: int, rng: random.Random, worker: User | None, **fields: object) -> CustodyEpisode:
    kind, name = rng.choice(ESTABLISHMENTS)
    return CustodyEpisode(
        service=service,
        child_id=child_id,
        establishment_type=kind,
        establishment=name,
        resettlement_worker=worker,
        created_by=worker,
        modified_by=worker,
        **fields,
    )


def _custody(service: Service, as_of: date, rng: random.Random, worker: User | None) -> None:
    sentences = Outcome.objects.filter(
        service=service,
        outcome_type__custodial=True,
        archived_at__isnull=True,
        outcome_date__gte=add_months(as_of, -12 * YEARS_BACK),
        outcome_date__lte=as_of,
    ).order_by("-outcome_date", "pk")[:SENTENCES]
    episodes = []
    for outcome in sentences:
        half = max((outcome.length_months or 8) // 2, 2)  # a DTO's custodial half
        expected = outcome.release_date or add_months(outcome.outcome_date, half)
        released = outcome.release_date if outcome.release_date and outcome.release_date <= as_of else None
        episodes.append(
            _episode(
                service,
                outcome.child_id,
                rng,
                worker,
                kind=CustodyKind.SENTENCE,
                outcome=outcome,
                start_date=outcome.outcome_date,
                expected_release_date=max(expected, outcome.outcome_date),
                release_date=released,
            )
        )
    caseload = list(
        Intervention.objects.open()
        .filter(service=service, case_manager=worker, outcome__outcome_type__stage=Stage.COURT)
        .order_by("start_date", "pk")
        .values_list("child_id", "start_date")[:2]
    )
    if caseload:
        child_id, started = caseload[0]
        # On remand now, awaiting trial: the trial date stands in for the expected release.
        start = max(as_of - timedelta(days=40), started)
        episodes.append(
            _episode(
                service,
                child_id,
                rng,
                worker,
                kind=CustodyKind.REMAND,
                start_date=start,
                expected_release_date=as_of + timedelta(days=20),
            )
        )
    if len(caseload) > 1:
        child_id, started = caseload[1]
        start = max(as_of - timedelta(days=150), started)
        episodes.append(
            _episode(
                service,
                child_id,
                rng,
                worker,
                kind=CustodyKind.REMAND,
                start_date=start,
                expected_release_date=start + timedelta(days=28),
                release_date=min(start + timedelta(days=21), as_of),
            )
        )
    CustodyEpisode.objects.bulk_create(episodes)
    _milestones(CustodyEpisode.objects.filter(service=service).order_by("-release_date", "pk"), as_of, rng, worker)


def _milestones(episodes, as_of: date, rng: random.Random, worker: User | None) -> None:  # type: ignore[no-untyped-def]
    rules = release_planning.DEFAULT_MILESTONES
    rows = []
    late_address_given = unconfirmed_given = late_now_given = False
    for episode in episodes:
        release = episode.release_for_planning
        for rule in rules:
            due = release_planning.due_date(rule, episode.start_date, release)
            if due is None:
                continue
            done: date | None = due - timedelta(days=rng.randint(0, 6))
            if rule.code == release_planning.ADDRESS_CONFIRMED and episode.release_date:
                if not late_address_given:
                    done, late_address_given = episode.release_date - timedelta(days=3), True
                elif not unconfirmed_given:
                    done, unconfirmed_given = None, True
            if episode.release_date is None and due >= as_of - timedelta(days=3):
                done = None  # not yet due
            if episode.release_date is None and rule.code == release_planning.ADDRESS_CONFIRMED and not late_now_given:
                done, late_now_given = None, due < as_of
            if done is None:
                continue
            done = min(max(done, episode.start_date), as_of)
            rows.append(ReleaseMilestone(episode=episode, milestone=rule.code, done_on=done, recorded_by=worker))
    ReleaseMilestone.objects.bulk_create(rows)


def _accommodation(service: Service, as_of: date, rng: random.Random, worker: User | None) -> None:
    since = add_months(as_of, -24)
    orders = (
        Intervention.objects.filter(service=service, archived_at__isnull=True)
        .exclude(end_date__lt=since)
        .order_by("child_id", "start_date")
        .values_list("child_id", "start_date")
    )
    first_start: dict[int, date] = {}
    for child_id, start in orders:
        first_start.setdefault(child_id, start)
    rows = []
    for child_id in sorted(first_start):
        roll = rng.random()
        if roll < 0.08:
            continue  # nothing recorded: counts as not suitable in KPI 1
        start = first_start[child_id] - timedelta(days=rng.randint(30, 400))
        suitability, reason = _suitability(rng)
        kind = rng.choices(
            [
                AccommodationType.FAMILY,
                AccommodationType.FOSTER_CARE,
                AccommodationType.CHILDRENS_HOME,
                AccommodationType.SUPPORTED,
            ],
            weights=[75, 10, 8, 7],
        )[0]
        if roll < 0.25:
            # A move part-way: the first home ends the day before the next begins.
            moved = min(first_start[child_id] + timedelta(days=rng.randint(20, 120)), as_of)
            rows.append(
                _record(service, child_id, worker, AccommodationType.FAMILY, start, moved - timedelta(days=1), "yes", "")
            )
            start = moved
        rows.append(_record(service, child_id, worker, kind, start, None, suitability, reason))
    AccommodationRecord.objects.bulk_create(rows, batch_size=500)
    # Written in bulk, past the saves that mark a child for the figures: the KPI orders worked out again here.
    recount({row.child_id for row in rows})


def _suitability(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.08:
        return Suitability.UNKNOWN, rng.choice(UNKNOWN_REASONS)
    if roll < 0.16:
        return Suitability.UNSUITABLE, rng.choice(UNSUITABLE_REASONS)
    return Suitability.SUITABLE, ""


def _record(
    service: Service,
    child_id: int,
    worker: User | None,
    kind: str,
    start: date,
    end: date | None,
    suitability: str,
    reason: str,
) -> AccommodationRecord:
    return AccommodationRecord(
        service=service,
        child_id=child_id,
        accommodation_type=kind,
        start_date=start,
        end_date=end,
        suitability=suitability,
        reason=reason,
        created_by=worker,
        modified_by=worker,
    )


def _transitions(service: Service, as_of: date, rng: random.Random, worker: User | None) -> None:
    children = (
        Intervention.objects.open()
        .filter(service=service, child__archived_at__isnull=True)
        .order_by("child__date_of_birth", "child_id")
        .values_list("child_id", "child__date_of_birth")
        .distinct()
    )
    turning = [child_id for child_id, born in children if turns_18_soon(born, as_of)]
    rows = []
    for index, child_id in enumerate(dict.fromkeys(turning)):
        if index % 2:
            continue  # every other child has no transition record yet
        held = index % 4 == 0
        rows.append(
            Transition(
                service=service,
                child_id=child_id,
                probation_area=rng.choice(PROBATION_AREAS),
                probation_practitioner=f"{rng.choice(names.ADULTS)} {rng.choice(names.SURNAMES)}" if held else "",
                meeting_date=as_of - timedelta(days=rng.randint(3, 30)) if held else None,
                status=TransitionStatus.MEETING_HELD if held else TransitionStatus.PLANNED,
                notes="Joint supervision planned for the month before the handover." if held else "",
                created_by=worker,
                modified_by=worker,
            )
        )
    Transition.objects.bulk_create(rows)
