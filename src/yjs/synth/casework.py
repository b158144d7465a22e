"""The YJS's work on a supervised outcome: allocation, assessment, plan, reviews and contacts.

The figures aim at what inspections find: most records countersigned, a few awaiting a manager, a
realistic few plans without contingency where a safety rating is raised (the inspections' most
repeated weakness), some reviews overdue, and about one contact in eight missed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from yjs.casework.assessment_rules import contingency_required
from yjs.casework.models import Allocation, Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.review_schedule import next_review_due
from yjs.casework.vocabularies import InterventionEnding, RiskLevel, at_least
from yjs.children.models import Child
from yjs.core.bank_holidays import bank_holidays
from yjs.core.models import Team, User
from yjs.justice.models import Outcome
from yjs.lib.dates import add_months
from yjs.synth import texts
from yjs.synth.offending import CUSTODY, Episode
from yjs.synth.people import at
from yjs.synth.texts import CLOSURE

RISK = ("low", "medium", "high", "very_high")
ROSH_WEIGHTS = {"ooc": (68, 27, 5, 0), "RO": (50, 38, 11, 1), "YRO": (30, 45, 22, 3), "custody": (10, 40, 40, 10)}
SAFETY_WEIGHTS = (35, 42, 19, 4)
LIKELIHOOD_BY_PRIORS = ((55, 35, 10), (30, 50, 20), (10, 45, 45))
CONTACT_TYPES = {"office": 35, "home_visit": 25, "school": 8, "phone": 15, "video": 5, "group": 7}
CONTACT_DAYS = {"standard": 14, "enhanced": 10, "intensive": 7}
MAX_CONTACTS = 20
# Most programmes are completed; a few end early because the child stopped engaging or breached,
# more often on a court order than out of court (KPI 6 reports the out-of-court completion rate).
NOT_COMPLETED = {"ooc": 0.08, "court": 0.12}
TRANSFERRED = 0.03


@dataclass
class CaseworkRows:
    interventions: list[Intervention] = field(default_factory=list)
    allocations: list[Allocation] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    changes: list[SignificantChange] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


@dataclass
class Desk:
    """Who works the case: the team, its manager, and the case managers in turn."""

    team: Team
    manager: User
    case_managers: list[User]


def _rosh_weights(code: str) -> tuple[int, ...]:
    if code in CUSTODY:
        return ROSH_WEIGHTS["custody"]
    return ROSH_WEIGHTS.get(code, ROSH_WEIGHTS["ooc"])


def _status(rng: random.Random, is_open: bool, written: date, as_of: date) -> str:
    if is_open and (as_of - written).days < 14:
        return rng.choice(("draft", "submitted"))
    weights = (5, 12, 83) if is_open else (1, 3, 96)
    return rng.choices(("draft", "submitted", "countersigned"), weights=weights)[0]


def _sign(
    rng: random.Random, record: Assessment | Plan, status: str, written: date, cm: User, tm: User, as_of: date
) -> None:
    record.status = status
    if status == "draft":
        return
    submitted = min(written + timedelta(days=rng.randint(0, 3)), as_of)
    record.submitted_at, record.submitted_by = at(submitted, 16), cm
    signed = submitted + timedelta(days=rng.randint(1, 10))
    if status == "countersigned" and signed <= as_of:
        record.countersigned_at, record.countersigned_by = at(signed, 12), tm
        record.oversight_note = rng.choice(texts.OVERSIGHT)
        record.modified_by = tm
    elif status == "countersigned":
        record.status = "submitted"


def _assessment(rng: random.Random, intervention: Intervention, episode: Episode, child: Child, written: date) -> Assessment:
    rosh = rng.choices(RISK, weights=_rosh_weights(episode.code))[0]
    safety_weights = (20, 40, 32, 8) if child.care_status in {"looked_after", "child_protection"} else SAFETY_WEIGHTS
    safety = rng.choices(RISK, weights=safety_weights)[0]
    likelihood = rng.choices(("low", "medium", "high"), weights=LIKELIHOOD_BY_PRIORS[min(2, episode.prior_episodes)])[0]
    suggested = likelihood if rng.random() < 0.85 else rng.choice(("low", "medium", "high"))
    level = {"low": "standard", "medium": "enhanced", "high": "intensive"}[likelihood]
    if not episode.is_court and level == "intensive":
        level = "enhanced"
    raised = at_least(rosh, RiskLevel.MEDIUM)
    cm = intervention.case_manager
    return Assessment(
        service=intervention.service,
        intervention=intervention,
        created_at=at(written),
        created_by=cm,
        modified_by=cm,
        factors_for_desistance=rng.choice(texts.FOR_DESISTANCE),
        factors_against_desistance=rng.choice(texts.AGAINST_DESISTANCE),
        motivation=rng.choice(texts.MOTIVATION),
        strengths=rng.choice(texts.STRENGTHS),
        safety_analysis=rng.choice(texts.SAFETY),
        safety_rating=safety,
        harm_analysis=rng.choice(texts.HARM),
        rosh_rating=rosh,
        who_is_at_risk=rng.choice(texts.WHO_AT_RISK) if raised else "",
        nature_of_risk=rng.choice(texts.NATURE_OF_RISK) if raised else "",
        reoffending_likelihood=likelihood,
        suggested_reoffending_likelihood=suggested,
        intervention_level=level,
    )


def _plan(rng: random.Random, assessment: Assessment, written: date) -> Plan:
    needed = contingency_required(assessment.safety_rating, assessment.rosh_rating)
    # A realistic few plans lack contingency even when a rating calls for it (HMIP's repeated finding).
    has_contingency = rng.random() < (0.92 if needed else 0.3)
    cm = assessment.created_by
    return Plan(
        service=assessment.service,
        intervention=assessment.intervention,
        assessment=assessment,
        created_at=at(written, 14),
        created_by=cm,
        modified_by=cm,
        desistance_objectives=rng.choice(texts.DESISTANCE_OBJECTIVES),
        child_safety_objectives=rng.choice(texts.CHILD_SAFETY_OBJECTIVES),
        others_safety_objectives=rng.choice(texts.OTHERS_SAFETY_OBJECTIVES),
        contingency=rng.choice(texts.CONTINGENCY) if has_contingency else "",
    )


def ending(
    rng: random.Random, episode: Episode, start: date, natural: date, following: date | None
) -> tuple[date, str, str]:
    """How a closed intervention ends: (end date, InterventionEnding value, the reason in words)."""
    if following and following < natural:
        return following, InterventionEnding.RESENTENCED, CLOSURE["resentenced"]
    if rng.random() < TRANSFERRED:
        return natural, InterventionEnding.TRANSFERRED, CLOSURE["transferred"]
    if rng.random() < NOT_COMPLETED["court" if episode.is_court else "ooc"]:
        stopped = start + timedelta(days=int((natural - start).days * rng.uniform(0.3, 0.9)))
        return stopped, InterventionEnding.BREACHED, CLOSURE["breached"]
    return natural, InterventionEnding.COMPLETED, CLOSURE["completed"]


def supervise(
    rng: random.Random,
    rows: CaseworkRows,
    child: Child,
    outcome: Outcome,
    episode: Episode,
    desk: Desk,
    start: date,
    end: date | None,
    closure: str,
    as_of: date,
    lead: User | None = None,
    ended: str | None = None,
) -> Intervention:
    """Create the intervention for a supervised outcome, with everything the work on it leaves behind.

    `lead` is the case manager who holds the case at the end (or now, for an open case).
    """
    planned_end = max(start, episode.programme_end() or start)
    is_open = end is None
    until = end or as_of
    last_cm = lead or rng.choice(desk.case_managers)
    allocations = [(last_cm, start)]
    if (until - start).days > 120 and rng.random() < 0.2 and len(desk.case_managers) > 1:
        earlier = rng.choice([cm for cm in desk.case_managers if cm is not last_cm])
        allocations = [(earlier, start), (last_cm, start + timedelta(days=(until - start).days // 2))]
    cm = allocations[-1][0]
    intervention = Intervention(
        service=child.service,
        child=child,
        outcome=outcome,
        team=desk.team,
        case_manager=cm,
        start_date=start,
        planned_end_date=planned_end,
        end_date=end,
        closure_reason=closure,
        ending=ended,
        created_at=at(start, 9),
        created_by=desk.manager,
        modified_by=cm,
    )
    rows.interventions.append(intervention)
    for n, (who, since) in enumerate(allocations):
        ended = allocations[n + 1][1] if n + 1 < len(allocations) else end
        rows.allocations.append(
            Allocation(
                intervention=intervention, case_manager=who, allocated_by=desk.manager, allocated_on=since, ended_on=ended
            )
        )
    _assess_and_plan(rng, rows, intervention, episode, child, desk, start, until, is_open, as_of)
    reviews, changes = _reviews(rng, rows, intervention, start, until, is_open, as_of)
    intervention.next_review_due = next_review_due(start, reviews, changes, end, holidays=bank_holidays())
    _contacts(rng, rows, intervention, episode, start, until, is_open, as_of)
    return intervention


def _assess_and_plan(
    rng: random.Random,
    rows: CaseworkRows,
    intervention: Intervention,
    episode: Episode,
    child: Child,
    desk: Desk,
    start: date,
    until: date,
    is_open: bool,
    as_of: date,
) -> None:
    dates = [start + timedelta(days=rng.randint(3, 20))]
    if episode.is_court and (until - start).days > 270:
        dates.append(add_months(start, 6))  # a long court order is reassessed after six months
    for written in dates:
        if written > until:
            break
        assessment = _assessment(rng, intervention, episode, child, written)
        _sign(
            rng, assessment, _status(rng, is_open, written, as_of), written, intervention.case_manager, desk.manager, as_of
        )
        rows.assessments.append(assessment)
        intervention.level = assessment.intervention_level
        planned = written + timedelta(days=rng.randint(2, 10))
        if assessment.status != "draft" and planned <= until:
            plan = _plan(rng, assessment, planned)
            plan_status = "countersigned" if assessment.status == "countersigned" and rng.random() < 0.9 else "submitted"
            _sign(rng, plan, plan_status, planned, intervention.case_manager, desk.manager, as_of)
            rows.plans.append(plan)


def _reviews(
    rng: random.Random,
    rows: CaseworkRows,
    intervention: Intervention,
    start: date,
    until: date,
    is_open: bool,
    as_of: date,
) -> tuple[list[date], list[date]]:
    review_dates: list[date] = []
    change_dates: list[date] = []
    cm = intervention.case_manager
    if rng.random() < 0.12 and (until - start).days > 20:
        changed = start + timedelta(days=rng.randint(10, (until - start).days))
        change_dates.append(changed)
        rows.changes.append(
            SignificantChange(
                service=intervention.service,
                intervention=intervention,
                occurred_on=changed,
                description=rng.choice(texts.SIGNIFICANT_CHANGES),
                created_at=at(changed, 15),
                created_by=cm,
                modified_by=cm,
            )
        )
        reviewed = changed + timedelta(days=rng.randint(1, 7))
        if rng.random() < 0.85 and reviewed <= until:
            review_dates.append(reviewed)
            rows.reviews.append(_review(rng, intervention, reviewed, "significant_change"))
    # Some open cases miss their latest scheduled review: the caseload shows them as overdue.
    skip_last = is_open and rng.random() < 0.15
    due = add_months(start, 3)
    scheduled: list[date] = []
    while due + timedelta(days=5) < until:
        scheduled.append(due + timedelta(days=rng.randint(-10, 5)))
        due = add_months(scheduled[-1], 3)
    if skip_last and scheduled:
        scheduled.pop()
    for day in scheduled:
        review_dates.append(day)
        rows.reviews.append(_review(rng, intervention, day, "scheduled"))
    return review_dates, change_dates


def _review(rng: random.Random, intervention: Intervention, day: date, reason: str) -> Review:
    cm = intervention.case_manager
    adjusted = reason == "significant_change" or rng.random() < 0.3
    return Review(
        service=intervention.service,
        intervention=intervention,
        review_date=day,
        reason=reason,
        progress=rng.choice(texts.PROGRESS),
        changes=rng.choice(texts.REVIEW_CHANGES) if adjusted else "",
        plan_adjusted=adjusted,
        created_at=at(day, 15),
        created_by=cm,
        modified_by=cm,
    )


def _contacts(
    rng: random.Random,
    rows: CaseworkRows,
    intervention: Intervention,
    episode: Episode,
    start: date,
    until: date,
    is_open: bool,
    as_of: date,
) -> None:
    step = CONTACT_DAYS[intervention.level]
    released = episode.release_date if episode.code in CUSTODY else None
    last = until + timedelta(days=14) if is_open else until
    # Long orders keep their most recent contacts only, so that open cases always show the latest ones.
    day = max(start + timedelta(days=rng.randint(1, 5)), last - timedelta(days=step * MAX_CONTACTS))
    made = 0
    cm = intervention.case_manager
    while day <= last and made < MAX_CONTACTS:
        in_custody = released is None and episode.code in CUSTODY or (released is not None and day < released)
        if made == 0 and episode.code == "RO" and (day - start).days < 10:
            kind = "panel"
        elif in_custody:
            kind = "custody_visit"
        else:
            kind = rng.choices(list(CONTACT_TYPES), weights=list(CONTACT_TYPES.values()))[0]
        if day > as_of:
            status = "planned"
        else:
            status = rng.choices(("attended", "did_not_attend", "cancelled"), weights=(80, 12, 8))[0]
        note = rng.choice(texts.CONTACT_NOTES) if status == "attended" else ""
        rows.contacts.append(
            Contact(
                service=intervention.service,
                intervention=intervention,
                scheduled_at=at(day, rng.randint(9, 16)),
                contact_type=kind,
                status=status,
                note=note,
                created_at=at(min(day, as_of), 8),
                created_by=cm,
                modified_by=cm,
            )
        )
        made += 1
        day += timedelta(days=30 if in_custody else step + rng.randint(-2, 2))
