"""The demo's safety records: risk panels with referrals and actions, MAPPA-managed children, exploitation
screenings and a national referral mechanism referral, and a child whose contingency is out of date.

The examples sit on the demo case manager's caseload and team, so that the case manager and team manager
logins see them filled in: a panel that met four weeks ago (two children decided, with actions, one of the
case manager's overdue), one that met twelve weeks ago whose review has come round, and one to come with
a child waiting; two children under MAPPA; four screenings across both local authorities, one child
referred to the national referral mechanism; and one case whose safety rating rose after its plan was
written. Everything is made once: when the service already has a panel meeting, nothing is added.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from yjs.casework.models import Assessment, Intervention, Plan
from yjs.casework.queries import SUBMITTED_OR_SIGNED
from yjs.casework.vocabularies import RISK_ORDER, RiskLevel
from yjs.core.models import Service, User
from yjs.safety.models import (
    ExploitationScreening,
    MappaRecord,
    NrmReferral,
    PanelAttendee,
    PanelMeeting,
    PanelReferral,
    SafetyAction,
)

SAFETY_STREAM = 7_100  # this module's own random stream, beside the generator's others

ATTENDEES = {
    "police": ("PC Drew Lane", "DS Morgan Hale"),
    "childrens_social_care": ("Ash Patel, team manager", "Jo Reid, social worker"),
    "health": ("Sam Ojo, CAMHS", "Lee Carter, school nurse"),
    "education": ("Kim Shaw, virtual school", "Pat Doyle, inclusion lead"),
}
SCREENING_EXAMPLES = (
    ("very_high", ["cash_or_drugs", "travel_out_of_area", "older_associates", "debt_bondage"], 3),
    ("high", ["unexplained_money", "older_associates", "weapons"], 1),
    ("medium", ["older_partner", "gifts"], 1),
    ("low", [], 0),
)


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(10, 0)))


def _level(rosh: str | None, safety: str | None) -> int:
    return max((RISK_ORDER[RiskLevel(v)] for v in (rosh, safety) if v), default=-1)


def _rated(cases):  # type: ignore[no-untyped-def]
    latest = Assessment.objects.filter(intervention=OuterRef("pk"), status__in=SUBMITTED_OR_SIGNED).order_by(
        "-submitted_at", "-pk"
    )
    return cases.annotate(
        latest_rosh=Subquery(latest.values("rosh_rating")[:1]),
        latest_safety=Subquery(latest.values("safety_rating")[:1]),
    ).select_related("child")


@transaction.atomic
def ensure_demo_safety(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    if PanelMeeting.objects.filter(service=service).exists():
        return
    cm, tm, sm = users["case_manager"], users["team_manager"], users["service_manager"]
    caseload = list(_rated(Intervention.objects.open().filter(service=service, case_manager=cm)).order_by("pk"))
    team = list(_rated(Intervention.objects.open().filter(service=service, team=cm.team)).order_by("pk"))
    if len(caseload) < 4 or len(team) < 10:
        return
    rng = random.Random(seed + SAFETY_STREAM)

    # Children the ratings call for come first, so the panel's examples read as the rules would have them.
    by_risk = sorted(caseload, key=lambda case: -_level(case.latest_rosh, case.latest_safety))
    first, second, third = by_risk[0], by_risk[1], by_risk[2]
    taken = {first.child_id, second.child_id, third.child_id}
    others = _distinct_children([case for case in team if case.child_id not in taken])
    waiting_case = others[0]

    def meeting(held_on: date) -> PanelMeeting:
        made = PanelMeeting.objects.create(
            service=service, held_on=held_on, chair=f"{sm.get_full_name()}, Head of Service", created_by=sm
        )
        PanelAttendee.objects.create(
            meeting=made, agency="youth_justice", names=f"{tm.get_full_name()}, {cm.get_full_name()}"
        )
        for agency, names in ATTENDEES.items():
            PanelAttendee.objects.create(meeting=made, agency=agency, names=rng.choice(names))
        return made

    def referral(case: Intervention, made: PanelMeeting, referred_on: date, **decided: object) -> PanelReferral:
        rosh, safety = case.latest_rosh, case.latest_safety  # type: ignore[attr-defined]
        reason = "rosh" if _level(rosh, None) >= 2 else "safety" if _level(None, safety) >= 2 else "manager"
        note = {
            "rosh": "Risk of serious harm rated high at the last assessment: violence towards a younger sibling.",
            "safety": "Safety and wellbeing rated high: missing overnight twice this month.",
            "manager": "New associates in the area's drug market; the police shared intelligence this week.",
        }[reason]
        return PanelReferral.objects.create(
            service=service,
            child=case.child,
            meeting=made,
            referred_on=referred_on,
            reason=reason,
            note=note,
            created_by=tm,
            **decided,
        )

    def action(made: PanelReferral, text: str, owner: User, due: date, done: date | None = None) -> None:
        SafetyAction.objects.create(
            service=service, referral=made, description=text, owner=owner, due_on=due, completed_on=done, created_by=tm
        )

    earlier = meeting(as_of - timedelta(days=84))
    reviewed = referral(
        third,
        earlier,
        earlier.held_on - timedelta(days=6),
        decided_on=earlier.held_on,
        agreed_rosh="medium",
        agreed_safety="high",
        decision="Safety plan with the family and school; weekly contact for six weeks.",
        review_on=as_of - timedelta(days=1),
    )
    action(
        reviewed,
        "Share the safety plan with the school",
        cm,
        earlier.held_on + timedelta(days=7),
        earlier.held_on + timedelta(days=5),
    )

    last = meeting(as_of - timedelta(days=28))
    decided = referral(
        first,
        last,
        last.held_on - timedelta(days=9),
        decided_on=last.held_on,
        agreed_rosh="high",
        agreed_safety="high",
        decision="Joint home visit with the police; exploitation screening; MAPPA referral.",
        review_on=as_of + timedelta(days=56),
    )
    action(decided, "Joint home visit with the police", cm, as_of - timedelta(days=6))  # overdue
    action(decided, "Screen for criminal exploitation", cm, as_of - timedelta(days=14), as_of - timedelta(days=16))
    action(decided, "Refer to MAPPA and attend the level 2 meeting", tm, as_of + timedelta(days=10))
    second_decided = referral(
        second,
        last,
        last.held_on - timedelta(days=4),
        decided_on=last.held_on,
        agreed_rosh="medium",
        agreed_safety="high",
        decision="Return-home interviews after each missing episode; CAMHS referral.",
        review_on=as_of + timedelta(days=28),
    )
    action(second_decided, "Make the CAMHS referral", cm, as_of + timedelta(days=3))

    coming = meeting(as_of + timedelta(days=7))
    referral(waiting_case, coming, as_of - timedelta(days=2))

    MappaRecord.objects.create(
        service=service,
        child=first.child,
        category="2",
        level="2",
        started_on=as_of - timedelta(days=20),
        next_meeting_on=as_of + timedelta(days=14),
        created_by=cm,
    )
    MappaRecord.objects.create(
        service=service,
        child=others[1].child,
        category="1",
        level="1",
        started_on=as_of - timedelta(days=200),
        created_by=cm,
    )

    # Screenings across both local authorities, each from someone who holds the case.
    other_area = [case for case in others[2:] if case.child.local_authority_id != first.child.local_authority_id]
    screened = _distinct_children([first, second, *other_area[:1], *others[2:]])[: len(SCREENING_EXAMPLES)]
    for case, (risk, indicators, missing) in zip(screened, SCREENING_EXAMPLES, strict=False):
        ExploitationScreening.objects.create(
            service=service,
            child=case.child,
            screened_on=as_of - timedelta(days=rng.randint(5, 40)),
            indicators=indicators,
            missing_episodes=missing,
            risk=risk,
            associates="Older young men known as 'Shadow' and 'K'" if indicators else "",
            locations="The bus station; a flat on the Eastfield estate" if indicators else "",
            summary="Seen with large sums of cash after going missing." if risk == "very_high" else "",
            created_by=case.case_manager or cm,
        )
    NrmReferral.objects.create(
        service=service,
        child=first.child,
        referred_on=as_of - timedelta(days=60),
        exploitation_type="criminal",
        reasonable_grounds_on=as_of - timedelta(days=55),
        reasonable_grounds="positive",
        created_by=cm,
    )
    _raise_a_rating_after_the_plan(service, caseload[3:], as_of, cm)


def _distinct_children(cases: list[Intervention]) -> list[Intervention]:
    seen: set[int] = set()
    kept = []
    for case in cases:
        if case.child_id not in seen:
            seen.add(case.child_id)
            kept.append(case)
    return kept


def _raise_a_rating_after_the_plan(service: Service, cases: list[Intervention], as_of: date, cm: User) -> None:
    """A new assessment rates safety higher than before, after the plan's contingency was written."""
    for case in cases:
        plan = Plan.objects.filter(intervention=case, status__in=SUBMITTED_OR_SIGNED).exclude(contingency="").first()
        if plan is None or _level(case.latest_rosh, case.latest_safety) >= 2:  # type: ignore[attr-defined]
            continue
        written = as_of - timedelta(days=3)
        Assessment.objects.create(
            service=service,
            intervention=case,
            status="submitted",
            submitted_by=cm,
            submitted_at=_moment(written),
            created_at=_moment(written),
            created_by=cm,
            factors_for_desistance="Keen to keep his college place.",
            safety_rating="high",
            rosh_rating=case.latest_rosh or "low",  # type: ignore[attr-defined]
            reoffending_likelihood="medium",
            who_is_at_risk="His younger brother",
            nature_of_risk="Threats when angry",
            safety_analysis="Missing overnight twice since the plan was written; found in another county.",
        )
        return
