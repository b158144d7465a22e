"""The demo's parenting records: parenting referrals and programmes, and feedback from children and parents over
several quarters.

Four programmes; parents of children on the demo case manager's caseload referred to them (one of each
status, attendance that reads true: accepted and completed referrals with most sessions attended, a
withdrawal after a few); and feedback on the service's interventions over the last 8 quarters, from most
children and about one parent in two, at a review or at the end of the intervention, mostly scoring 6 to
10 with parents a little lower, their words drawn from a short list of stock phrases about no one in
particular. Like the rest of the generator,
everything comes from its own random stream and is written with bulk_create, without history; once the
service has programmes, running the demo again changes nothing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction

from yjs.casework.models import Intervention
from yjs.children.models import Carer
from yjs.core.models import Service, User
from yjs.parenting.models import FeedbackResponse, ParentingProgramme, ParentingReferral
from yjs.parenting.vocabularies import ReferralBasis, ReferralStatus, Respondent
from yjs.performance.periods import Quarter, quarters_ending

PROGRAMMES = (
    ("Non-violent resistance", "Family Support Service"),
    ("Triple P Teen", "Early Help Hub"),
    ("Strengthening Families, Strengthening Communities", "Community Parenting Partnership"),
    ("One-to-one parenting support", "Youth Justice Service parenting worker"),
)
# One referral in each status for the demo caseload's families, then a few more so the list has some length.
STATUSES = (
    ReferralStatus.OFFERED,
    ReferralStatus.ACCEPTED,
    ReferralStatus.COMPLETED,
    ReferralStatus.DECLINED,
    ReferralStatus.WITHDRAWN,
    ReferralStatus.ACCEPTED,
    ReferralStatus.COMPLETED,
    ReferralStatus.COMPLETED,
)
QUARTERS = 8
CHILD_ANSWERS = 0.6
PARENT_ANSWERS = 0.45
REVIEW_AFTER_DAYS, REVIEW_EVERY_DAYS = 90, 182
# Scores 3 to 10: children mostly 6 to 10, parents a little lower.
CHILD_WEIGHTS = (1, 2, 4, 10, 18, 24, 18, 10)
PARENT_WEIGHTS = (2, 4, 8, 14, 20, 20, 12, 6)
WENT_WELL = (
    "My worker listened and did not judge me.",
    "The sessions were at times that fitted around school.",
    "Being helped to get back into college.",
    "The boxing sessions and the coach.",
    "Someone explained what the order meant and what would happen.",
    "Help with managing arguments at home.",
    "The reparation project was something useful to do.",
    "Appointments were close to home.",
)
COULD_BE_BETTER = (
    "Fewer changes of worker.",
    "More notice when an appointment is moved.",
    "Sessions later in the day.",
    "Less time waiting at the office.",
    "More help with finding work.",
    "Being told sooner when the order would end.",
    "",
    "",
)
PARENT_WENT_WELL = (
    "We were kept informed about how things were going.",
    "The worker got to know our family and was honest with us.",
    "The parenting group helped me feel less alone.",
    "Practical ideas for calming things down at home.",
)
PARENT_COULD_BE_BETTER = (
    "More contact in the evenings when I am not at work.",
    "Knowing who to call when the worker is away.",
    "Shorter gaps between meetings.",
    "",
)


def ensure_demo_parenting(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    if ParentingProgramme.objects.filter(service=service).exists():
        return
    rng = random.Random(f"{seed}:parenting")
    with transaction.atomic():
        programmes = ParentingProgramme.objects.bulk_create(
            ParentingProgramme(service=service, name=name, provider=provider) for name, provider in PROGRAMMES
        )
        case_manager = users["case_manager"]
        _referrals(service, as_of, rng, programmes, case_manager)
        _feedback(service, as_of, rng, case_manager)


def _carers(interventions: list[Intervention]) -> dict[int, list[Carer]]:
    found: dict[int, list[Carer]] = {}
    children = {case.child_id for case in interventions}
    for carer in Carer.objects.filter(child_id__in=children, archived_at__isnull=True).order_by("pk"):
        found.setdefault(carer.child_id, []).append(carer)
    return found


def _referrals(
    service: Service, as_of: date, rng: random.Random, programmes: list[ParentingProgramme], case_manager: User
) -> None:
    caseload = list(
        Intervention.objects.open().filter(service=service, case_manager=case_manager).order_by("start_date", "pk")
    )
    carers = _carers(caseload)
    rows, seen = [], set()
    families = [case for case in caseload if carers.get(case.child_id) and case.child_id not in seen]
    for case, status in zip(families, STATUSES, strict=False):
        seen.add(case.child_id)
        carer = carers[case.child_id][0]
        referred_on = min(as_of, case.start_date + timedelta(days=rng.randint(7, 40)))
        referral = ParentingReferral(
            service=service,
            child_id=case.child_id,
            carer=carer,
            referred_on=referred_on,
            referred_by=case_manager,
            created_by=case_manager,
            basis=ReferralBasis.PARENTING_ORDER if rng.random() < 0.2 else ReferralBasis.VOLUNTARY,
            programme=rng.choice(programmes),
            status=status,
        )
        _progress(referral, as_of, rng)
        rows.append(referral)
    ParentingReferral.objects.bulk_create(rows)


def _progress(referral: ParentingReferral, as_of: date, rng: random.Random) -> None:
    """Dates and sessions that fit the referral's status, never after `as_of`."""
    status = referral.status
    if status in (ReferralStatus.OFFERED, ReferralStatus.DECLINED):
        return
    start = referral.referred_on + timedelta(days=rng.randint(7, 21))
    if start > as_of:
        referral.status = ReferralStatus.OFFERED
        return
    referral.start_date = start
    weeks = max(1, (as_of - start).days // 7)
    if status == ReferralStatus.ACCEPTED:
        referral.sessions_offered = min(weeks, 10)
        referral.sessions_attended = max(0, referral.sessions_offered - rng.randint(0, 2))
    elif status == ReferralStatus.COMPLETED:
        referral.sessions_offered = 10
        referral.sessions_attended = rng.randint(8, 10)
        referral.end_date = min(as_of, start + timedelta(weeks=10))
    else:  # withdrawn after a few sessions
        referral.sessions_offered = min(weeks, 4)
        referral.sessions_attended = rng.randint(0, referral.sessions_offered)
        referral.end_date = min(as_of, start + timedelta(weeks=referral.sessions_offered))


def _feedback(service: Service, as_of: date, rng: random.Random, case_manager: User) -> None:
    first = quarters_ending(Quarter.containing(as_of), QUARTERS)[0].start
    # Interventions that were running at some time in the 8 quarters: feedback is given during or at the end.
    cases = list(
        Intervention.objects.filter(service=service, archived_at__isnull=True, start_date__lte=as_of)
        .exclude(end_date__lt=first)
        .order_by("pk")
    )
    carers = _carers(cases)
    rows = []
    for case in cases:
        family = carers.get(case.child_id)
        for day in _survey_days(case, first, as_of, rng):
            if rng.random() < CHILD_ANSWERS:
                rows.append(_response(service, case, None, day, rng, case_manager))
            if family and rng.random() < PARENT_ANSWERS:
                rows.append(_response(service, case, rng.choice(family), day, rng, case_manager))
    FeedbackResponse.objects.bulk_create(rows, batch_size=2000)


def _survey_days(case: Intervention, first: date, as_of: date, rng: random.Random) -> list[date]:
    """When the survey is offered: at each six-monthly review from three months in, and at the end."""
    days = []
    day = case.start_date + timedelta(days=REVIEW_AFTER_DAYS + rng.randint(0, 14))
    last = min(case.end_date or as_of, as_of)
    while day < last:
        days.append(day)
        day += timedelta(days=REVIEW_EVERY_DAYS)
    if case.end_date and case.end_date <= as_of:
        days.append(case.end_date)
    return [day for day in days if first <= day <= as_of]


def _response(
    service: Service, case: Intervention, carer: Carer | None, day: date, rng: random.Random, case_manager: User
) -> FeedbackResponse:
    parent = carer is not None
    score = rng.choices(range(3, 11), weights=PARENT_WEIGHTS if parent else CHILD_WEIGHTS)[0]
    went_well = rng.choice(PARENT_WENT_WELL if parent else WENT_WELL)
    better = rng.choice(PARENT_COULD_BE_BETTER if parent else COULD_BE_BETTER)
    return FeedbackResponse(
        service=service,
        child_id=case.child_id,
        intervention=case,
        respondent=Respondent.CARER if parent else Respondent.CHILD,
        carer=carer,
        given_on=day,
        score=score,
        went_well=went_well if score >= 5 or rng.random() < 0.5 else "",
        could_be_better=better,
        may_quote=rng.random() < 0.6,
        created_by=case_manager if case.case_manager_id == case_manager.pk else None,
    )
