"""The demo's health records: mental health and substance misuse interventions offered to children with those
needs, attended or not.

For each child with the need on their record and an open intervention, or one that ended in the last 18
months, most are offered an intervention for it early in the order; about two in three attend, the rest
decline or are still waiting; some attendances have ended. Deterministic from the seed, written with
bulk_create, and only once: a service with health interventions is left alone.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Q

from yjs.casework.models import Intervention
from yjs.core.models import Service, User
from yjs.health.models import HealthIntervention
from yjs.health.vocabularies import TYPES_FOR_NEED, Need, Response
from yjs.performance.follow_ups import recount

RECENT_DAYS = 550
OFFERED = 0.8
PROVIDERS = {
    Need.MENTAL_HEALTH: ("Child and adolescent mental health service", "YJS clinical psychologist", "School nursing team"),
    Need.SUBSTANCE_MISUSE: ("Young people's drug and alcohol service", "YJS substance misuse worker"),
}
TYPE_WEIGHTS = {Need.MENTAL_HEALTH: (0.35, 0.35, 0.2, 0.1), Need.SUBSTANCE_MISUSE: (0.6, 0.3, 0.1)}


def _offer(
    rng: random.Random, intervention: Intervention, need: Need, as_of: date, user: User | None
) -> HealthIntervention | None:
    last = min(intervention.end_date or as_of, as_of)
    offered_on = intervention.start_date + timedelta(days=rng.randint(7, 60))
    if offered_on > last:
        return None
    roll = rng.random()
    started_on = offered_on + timedelta(days=rng.randint(7, 21))
    if roll < 0.65 and started_on <= last:
        response = Response.ATTENDED
    elif roll < 0.85 or (as_of - offered_on).days > 60:
        response, started_on = Response.DECLINED, None
    else:
        response, started_on = Response.AWAITING, None
    ended_on = None
    if started_on is not None and rng.random() < 0.5:
        ended = started_on + timedelta(weeks=rng.randint(6, 16))
        ended_on = ended if ended <= as_of else None
    return HealthIntervention(
        child=intervention.child,
        service=intervention.service,
        need=need,
        intervention_type=rng.choices(TYPES_FOR_NEED[need], TYPE_WEIGHTS[need])[0],
        provider=rng.choice(PROVIDERS[need]),
        offered_on=offered_on,
        response=response,
        started_on=started_on,
        ended_on=ended_on,
        created_by=user,
        modified_by=user,
    )


@transaction.atomic
def ensure_demo_health(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    if HealthIntervention.objects.filter(service=service).exists():
        return
    rng = random.Random(f"{seed}:health")
    user = users.get("health_worker")
    recent = as_of - timedelta(days=RECENT_DAYS)
    interventions = (
        Intervention.objects.filter(service=service, archived_at__isnull=True, start_date__lte=as_of)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=recent))
        .filter(Q(child__mental_health_concern=True) | Q(child__substance_misuse=True))
        .select_related("child", "service")
        .order_by("child_id", "start_date", "pk")
    )
    records = []
    for intervention in interventions:
        child = intervention.child
        for need, flagged in (
            (Need.MENTAL_HEALTH, child.mental_health_concern),
            (Need.SUBSTANCE_MISUSE, child.substance_misuse),
        ):
            if flagged and rng.random() < OFFERED:
                record = _offer(rng, intervention, need, as_of, user)
                if record is not None:
                    records.append(record)
    HealthIntervention.objects.bulk_create(records)
    # Written in bulk, past the saves that mark a child for the figures: the KPI orders worked out again here.
    recount({record.child_id for record in records})
