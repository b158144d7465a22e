"""Build services of synthetic children, one service at a time and children in chunks.

Nothing is kept between chunks, so memory stays flat however many children are asked for. Rows are
written with bulk_create, which django-simple-history does not see: synthetic records start with no
history, as if migrated from an earlier system. For the same reason of speed the generator does not go
through the apps' services (each validates and saves one record at a time); tests/synth checks instead
that what it writes passes the models' own validation.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import reset_queries, transaction

from yjs.casework.models import Allocation, Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.children.models import Carer, Child, Family
from yjs.core.models import Service, User
from yjs.justice.models import Offence, Outcome
from yjs.lib.dates import add_months
from yjs.performance.follow_ups import recount
from yjs.synth import diversion, people, reference
from yjs.synth.casework import CaseworkRows, Desk, ending, supervise
from yjs.synth.offending import Episode, history_chain, open_chain
from yjs.synth.people import ServiceSpec, Staffing, at

# About one child in ten known to a service is under supervision now: Dorset has ~140 open
# interventions; the demo has 150 open among 1,500 children.
OPEN_SHARE = 0.10
COURT_SHARE_OF_OPEN = 76 / 140
CHUNK = 1000
BATCH = 2000
SIBLING_CHANCE = 0.08


@dataclass
class Options:
    seed: int
    as_of: date
    start_year: int
    progress: Callable[[int], None] = field(default=lambda n: None)


@dataclass
class Chunk:
    families: list[Family] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)
    carers: list[Carer] = field(default_factory=list)
    offences: list[Offence] = field(default_factory=list)
    outcomes: list[tuple[Outcome, list[Offence]]] = field(default_factory=list)
    casework: CaseworkRows = field(default_factory=CaseworkRows)


def split(total: int, parts: int, rng: random.Random) -> list[int]:
    """Split `total` children over services of uneven size (largest remainder, so the sum is exact)."""
    weights = [rng.uniform(0.5, 1.8) for _ in range(parts)]
    shares = [total * w / sum(weights) for w in weights]
    sizes = [math.floor(s) for s in shares]
    for i in sorted(range(parts), key=lambda i: sizes[i] - shares[i])[: total - sum(sizes)]:
        sizes[i] += 1
    return sizes


def team_shares(team_count: int) -> list[float]:
    """Open cases per team: area teams split 65/35; a third team, where there is one, takes out-of-court work."""
    court = COURT_SHARE_OF_OPEN if team_count == 3 else 1.0
    shares = [court * people.LA_SHARES[0], court * people.LA_SHARES[1]]
    return shares + [1 - court] if team_count == 3 else shares


def build_service(spec: ServiceSpec, index: int, options: Options) -> Service:
    rng = random.Random(f"{options.seed}:{index}")
    open_count = round(spec.children * OPEN_SHARE)
    staffing = people.create_staff(rng, spec, open_count, team_shares(len(spec.team_names)), date(options.start_year, 1, 1))
    open_positions = set(rng.sample(range(spec.children), open_count))
    population = spec.population or reference.population_for(spec.children)
    years = range(options.start_year, options.as_of.year + 1)
    reference.service_population(spec.la_codes, people.LA_SHARES, population, spec.minority_share, years, options.seed)
    pipeline = diversion.ServicePipeline.start(staffing, options.seed, index, options.as_of)
    for first in range(0, spec.children, CHUNK):
        chunk = Chunk()
        for position in range(first, min(first + CHUNK, spec.children)):
            _child(rng, spec, staffing, chunk, position in open_positions, options)
        _save(chunk)
        diversion.add_history(pipeline, chunk.outcomes, chunk.casework.interventions, spec.police_prefix)
        reset_queries()  # DEBUG keeps every query's SQL otherwise; bulk inserts are large
        options.progress(len(chunk.children))
    return staffing.service


def _history(rng: random.Random, options: Options) -> list[Episode]:
    start = date(options.start_year, 1, 1)
    window = max(30, (options.as_of - start).days - 400)
    for _ in range(5):
        episodes = history_chain(rng, start + timedelta(days=rng.randint(0, window)), options.as_of)
        if episodes:
            return episodes
    return history_chain(rng, start, options.as_of)


def _desk(staffing: Staffing, team_index: int) -> Desk:
    return Desk(staffing.teams[team_index], staffing.team_managers[team_index], staffing.case_managers[team_index])


def _child(rng: random.Random, spec: ServiceSpec, staffing: Staffing, chunk: Chunk, is_open: bool, options: Options) -> None:
    as_of = options.as_of
    episodes = open_chain(rng, as_of) if is_open else _history(rng, options)
    final = episodes[-1]
    first_day = min(o.day for o in episodes[0].offences)
    born = people.birth_date(rng, first_day, final.outcome_date)
    child = people.new_child(rng, spec, staffing, final.is_court, is_open, born, first_day + timedelta(days=1))
    if chunk.children and rng.random() < SIBLING_CHANCE:
        elder = chunk.children[-1]
        family = elder.family or Family(service=staffing.service, created_at=elder.created_at)
        if elder.family is None:
            chunk.families.append(family)
        people.join_family(child, elder, family)
    chunk.children.append(child)
    chunk.carers.extend(people.carers_for(rng, child))
    area_team = staffing.authorities.index(child.local_authority)
    for n, episode in enumerate(episodes):
        team_index = 2 if len(staffing.teams) == 3 and not episode.is_court else area_team
        desk = _desk(staffing, team_index)
        author = rng.choice(desk.case_managers)
        if n == 0:
            child.created_by = child.modified_by = author
        offences = [
            Offence(
                service=staffing.service,
                child=child,
                offence_date=o.day,
                description=o.description,
                category=o.category,
                seriousness=o.seriousness,
                gravity=o.gravity,
                police_reference=f"{spec.police_prefix}/{rng.randint(10000, 99999)}/{o.day:%y}",
                created_at=at(o.day + timedelta(days=2)),
                created_by=author,
                modified_by=author,
            )
            for o in episode.offences
        ]
        chunk.offences.extend(offences)
        following = episodes[n + 1] if n + 1 < len(episodes) else None
        outcome = _outcome(rng, staffing, child, episode, following, is_open, as_of, author)
        chunk.outcomes.append((outcome, offences))
        if episode.supervised:
            _intervention(rng, staffing, chunk, child, outcome, episode, following, desk, is_open, as_of)


def _outcome(
    rng: random.Random,
    staffing: Staffing,
    child: Child,
    episode: Episode,
    following: Episode | None,
    is_open: bool,
    as_of: date,
    author: User,
) -> Outcome:
    starts = episode.supervised or episode.length_months is not None
    planned_end = episode.programme_end() or (
        add_months(episode.outcome_date, episode.length_months) if episode.length_months else None
    )
    still_running = is_open and following is None
    ended = None
    if starts and planned_end and not still_running:
        ended = min(planned_end, following.outcome_date) if following else planned_end
    return Outcome(
        service=staffing.service,
        child=child,
        outcome_type_id=episode.code,
        outcome_date=episode.outcome_date,
        start_date=episode.outcome_date if starts else None,
        end_date=ended if ended and ended <= as_of else None,
        length_months=episode.length_months,
        # A release date is recorded once the child has been released: a custodial outcome without
        # one means the child is in custody now.
        release_date=episode.release_date if episode.release_date and episode.release_date <= as_of else None,
        court=f"{staffing.authorities[0].name} Youth Court" if episode.is_court else "",
        created_at=at(episode.outcome_date, 16),
        created_by=author,
        modified_by=author,
    )


def _intervention(
    rng: random.Random,
    staffing: Staffing,
    chunk: Chunk,
    child: Child,
    outcome: Outcome,
    episode: Episode,
    following: Episode | None,
    desk: Desk,
    is_open: bool,
    as_of: date,
) -> None:
    start = min(episode.outcome_date + timedelta(days=rng.randint(0, 3)), as_of)
    lead = None
    ended = None
    if is_open and following is None:
        end, closure = None, ""
        # Open cases go to whoever in the team holds fewest, as a team manager would allocate them.
        lead = min(desk.case_managers, key=lambda cm: staffing.open_load.get(cm.username, 0))
        staffing.open_load[lead.username] = staffing.open_load.get(lead.username, 0) + 1
    else:
        natural = (episode.programme_end() or start) + timedelta(days=rng.randint(-5, 10))
        end, ended, closure = ending(rng, episode, start, natural, following.outcome_date if following else None)
        end = max(start, min(end, as_of - timedelta(days=1)))
    supervise(rng, chunk.casework, child, outcome, episode, desk, start, end, closure, as_of, lead, ended)


def _save(chunk: Chunk) -> None:
    rows = chunk.casework
    with transaction.atomic():
        Family.objects.bulk_create(chunk.families, batch_size=BATCH)
        Child.objects.bulk_create(chunk.children, batch_size=BATCH)
        Carer.objects.bulk_create(chunk.carers, batch_size=BATCH)
        Offence.objects.bulk_create(chunk.offences, batch_size=BATCH)
        Outcome.objects.bulk_create([outcome for outcome, _ in chunk.outcomes], batch_size=BATCH)
        link = Outcome.offences.through
        link.objects.bulk_create(
            [
                link(outcome_id=outcome.pk, offence_id=offence.pk)
                for outcome, offences in chunk.outcomes
                for offence in offences
            ],
            batch_size=BATCH,
        )
        Intervention.objects.bulk_create(rows.interventions, batch_size=BATCH)
        Allocation.objects.bulk_create(rows.allocations, batch_size=BATCH)
        Assessment.objects.bulk_create(rows.assessments, batch_size=BATCH)
        Plan.objects.bulk_create(rows.plans, batch_size=BATCH)
        Review.objects.bulk_create(rows.reviews, batch_size=BATCH)
        SignificantChange.objects.bulk_create(rows.changes, batch_size=BATCH)
        Contact.objects.bulk_create(rows.contacts, batch_size=BATCH)
        # Written in bulk, past the saves that mark a child for the figures: their follow-ups and KPI orders
        # worked out here.
        recount([child.pk for child in chunk.children])
