"""The out-of-court pipeline in synthetic data: the road to each recent out-of-court outcome, and a live demo.

Every service gets the default partner agencies. Each out-of-court outcome given in the last
HISTORY_MONTHS gets the notification that led to it, with its screening, proposal, brief assessment where
one is needed, the panel's decision (now and then after an escalation) and the milestone dates in order,
all before the outcome's date, so the timeliness report has figures by month, authority and outcome.
The records are made chunk by chunk beside the outcomes they explain, with their own random stream, so
the rest of the generator draws exactly what it drew before.

The demo service also gets notifications still on their way (ensure_demo_pipeline): one at every stage,
worked by the demo logins. Like the rest of the generator, everything is written with bulk_create and
starts without history.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.core.agencies import ensure_default_agencies
from yjs.core.models import PartnerAgency, Service, User
from yjs.diversion.models import (
    BriefAssessment,
    Escalation,
    Notification,
    PanelDecision,
    PanelMeeting,
    Proposal,
    ScreeningRequest,
)
from yjs.diversion.rules import DiversionRules, escalation_due, needs_brief_assessment, screening_due
from yjs.diversion.vocabularies import OUTCOME_TYPE_FOR_DECISION, Decision, Known, Source, Stage
from yjs.justice.models import Offence, Outcome
from yjs.lib.dates import add_months, add_working_days
from yjs.synth import names
from yjs.synth.people import Staffing, at

HISTORY_MONTHS = 15
PANEL_WEEKDAY = 3  # Thursday: the joint decision panel sits weekly
ESCALATION_SHARE = 0.06
CHANGED_AT_PANEL = 0.12  # the panel decides other than the police proposed
# The pipeline's default deadlines (not the settings: the same seed must give the same data anywhere).
RULES = DiversionRules()
ASSESSMENT_DAYS = 10  # the casework rule for an out-of-court brief assessment
SOURCES = {Source.FORM: 45, Source.API: 40, Source.IMPORT: 15}
DECISION_FOR_OUTCOME = {code: decision for decision, code in OUTCOME_TYPE_FOR_DECISION.items() if code}
BATCH = 2000

RATIONALE = (
    "Admitted, first time known to the YJS; the outcome is proportionate to the gravity and the child's needs.",
    "Gravity score and previous outcomes considered; partners' screening shows support already in place.",
    "The child's account and the victim's view were heard; voluntary work addresses the offending.",
    "Escalating the outcome was considered; the child's engagement since the offence supports this outcome.",
    "Screening identified needs the YJS can meet out of court; prosecution would not be in the child's interests.",
)
VICTIMS = ("Shop staff member", "Retail company", "Another child (via parent)", "Member of the public", "None identified")
NEEDS = (
    "Not in education for three months; speech and language needs suspected.",
    "Known to early help; family under strain after a bereavement.",
    "Peer group concerns; misuses cannabis at weekends.",
    "No needs beyond the offence identified by partners.",
)
SUMMARIES = (
    "Needs can be met by the proposed outcome with voluntary support from the YJS.",
    "Engaged well; parent supportive. Recommend the proposed outcome with a short programme.",
    "Needs are greater than the police knew: the YJS recommends closer support alongside the outcome.",
)
SCREENING_INFO = (
    "Open to early help since last year; school attendance 72%.",
    "Known as a sibling of a child in need; no current involvement.",
    "Seen by CAMHS last year; discharged.",
    "",
)


def _on_weekday(day: date, weekday: int = PANEL_WEEKDAY) -> date:
    """The panel's day in the week of `day`."""
    return day + timedelta(days=weekday - day.weekday())


@dataclass
class ServicePipeline:
    """What one service's pipeline records share across chunks: its agencies, panels and reference numbers."""

    service: Service
    manager: User  # chairs the panel and resolves escalations
    case_managers: list[User]  # write the brief assessments
    as_of: date
    agencies: list[PartnerAgency]
    rng: random.Random
    meetings: dict[date, PanelMeeting] = field(default_factory=dict)
    references: int = 0

    @classmethod
    def start(cls, staffing: Staffing, seed: int, index: int, as_of: date) -> ServicePipeline:
        # The out-of-court team works the pipeline where there is one, else the first area team.
        team = 2 if len(staffing.teams) == 3 else 0
        return cls(
            staffing.service,
            staffing.team_managers[team],
            staffing.case_managers[team],
            as_of,
            _screening_agencies(staffing.service),
            random.Random(f"{seed}:{index}:diversion"),
        )

    @property
    def since(self) -> date:
        return add_months(self.as_of, -HISTORY_MONTHS)

    def reference(self, prefix: str, day: date) -> str:
        self.references += 1
        return f"{prefix}/OC{self.references:06d}/{day:%y}"

    def meeting(self, day: date, rows: PipelineRows) -> PanelMeeting:
        """The panel sitting on `day`, made the first time a decision needs it."""
        if day not in self.meetings:
            meeting = PanelMeeting(
                service=self.service,
                meeting_date=day,
                chair=self.manager,
                police_attendees=f"Sgt {names.SURNAMES[day.toordinal() % len(names.SURNAMES)]} (police)",
                yjs_attendees=f"{self.manager.get_full_name()} (YJS)",
                early_help_attendees="Early help coordinator",
                created_at=at(day, 9),
                created_by=self.manager,
                modified_by=self.manager,
            )
            self.meetings[day] = meeting
            rows.meetings.append(meeting)
        return self.meetings[day]


@dataclass
class PipelineRows:
    notifications: list[Notification] = field(default_factory=list)
    requests: list[ScreeningRequest] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    assessments: list[BriefAssessment] = field(default_factory=list)
    meetings: list[PanelMeeting] = field(default_factory=list)
    decisions: list[PanelDecision] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)

    def save(self) -> None:
        with transaction.atomic():
            PanelMeeting.objects.bulk_create(self.meetings, batch_size=BATCH)
            # Each record was given its parent before the parent had a key: bulk_create fills the key in.
            Notification.objects.bulk_create(self.notifications, batch_size=BATCH)
            ScreeningRequest.objects.bulk_create(self.requests, batch_size=BATCH)
            Proposal.objects.bulk_create(self.proposals, batch_size=BATCH)
            BriefAssessment.objects.bulk_create(self.assessments, batch_size=BATCH)
            PanelDecision.objects.bulk_create(self.decisions, batch_size=BATCH)
            Escalation.objects.bulk_create(self.escalations, batch_size=BATCH)


def _screening_agencies(service: Service) -> list[PartnerAgency]:
    return [a for a in ensure_default_agencies(service) if a.screens_out_of_court and a.active]


def add_history(
    pipeline: ServicePipeline,
    outcomes: list[tuple[Outcome, list[Offence]]],
    interventions: list[Intervention],
    prefix: str,
) -> None:
    """Write the pipeline that led to each recent out-of-court outcome of a saved chunk."""
    supervised = {i.outcome_id: i for i in interventions if i.outcome_id}
    rows = PipelineRows()
    for outcome, offences in outcomes:
        decision = DECISION_FOR_OUTCOME.get(outcome.outcome_type_id)
        if decision is None or not offences or not pipeline.since <= outcome.outcome_date <= pipeline.as_of:
            continue
        _completed(pipeline, rows, outcome, offences, supervised.get(outcome.pk), decision, prefix)
    rows.save()


def _completed(
    pipeline: ServicePipeline,
    rows: PipelineRows,
    outcome: Outcome,
    offences: list[Offence],
    intervention: Intervention | None,
    decision: str,
    prefix: str,
) -> None:
    rng = pipeline.rng
    delivered = outcome.outcome_date
    floor = max(o.offence_date for o in offences) + timedelta(days=1)
    decided = min(_on_weekday(delivered - timedelta(days=rng.randint(3, 16))), delivered)
    proposed = decided - timedelta(days=rng.randint(1, 8))
    screened = proposed - timedelta(days=rng.choice((0, 0, 1, 2, 3)))
    notified = screened - timedelta(days=rng.randint(3, 10))
    # A quick outcome leaves less room: the steps close up rather than precede the offence.
    notified = max(notified, floor)
    screened, proposed = max(screened, notified), max(proposed, notified)
    decided = max(decided, proposed)
    escalated = rng.random() < ESCALATION_SHARE
    meeting_day = decided - timedelta(days=7) if escalated and decided - timedelta(days=7) >= proposed else decided
    proposed_outcome = decision
    if rng.random() < CHANGED_AT_PANEL:
        proposed_outcome = rng.choice([d for d in DECISION_FOR_OUTCOME.values() if d != decision])
    notification = _notification(pipeline, outcome.child, offences[0], notified, prefix)
    notification.stage = Stage.COMPLETED
    notification.screening_completed_on, notification.proposed_on = screened, proposed
    notification.decided_on, notification.outcome_delivered_on = decided, delivered
    notification.decision, notification.outcome, notification.intervention = decision, outcome, intervention
    rows.notifications.append(notification)
    _screening(pipeline, rows, notification, notified, screened)
    _proposal(pipeline, rows, notification, offences[0], proposed_outcome, proposed, decided)
    meeting = pipeline.meeting(meeting_day, rows)
    if escalated:
        police = proposed_outcome
        yjs = decision if decision != police else _other(rng, police)
    else:
        police = yjs = decision
    panel = _decision(rows, notification, meeting, decision, (police, yjs), rng.choice(RATIONALE))
    if escalated:
        manager = pipeline.manager
        rows.escalations.append(
            Escalation(
                service=pipeline.service,
                decision=panel,
                manager=manager,
                due_on=escalation_due(meeting_day, RULES),
                resolution="Discussed with the police inspector; the panel's rationale was accepted.",
                resolved_outcome=decision,
                resolved_on=decided,
                resolved_by=manager,
                created_at=at(meeting_day, 15),
                created_by=manager,
                modified_by=manager,
            )
        )


def _other(rng: random.Random, decision: str) -> str:
    return rng.choice([d for d in DECISION_FOR_OUTCOME.values() if d != decision])


def _notification(
    pipeline: ServicePipeline, child: Child, offence: Offence | None, notified: date, prefix: str
) -> Notification:
    rng = pipeline.rng
    offence_date = offence.offence_date if offence else notified - timedelta(days=rng.randint(2, 20))
    return Notification(
        service=pipeline.service,
        police_reference=pipeline.reference(prefix, notified),
        first_name=child.first_name,
        last_name=child.last_name,
        date_of_birth=child.date_of_birth,
        pnc_number=child.pnc_number,
        sex=child.sex,
        address=child.address,
        local_authority_id=child.local_authority_id,
        offence_date=offence_date,
        offence_description=offence.description if offence else "Theft from a shop",
        offence_category=offence.category if offence else "THEFT_AND_HANDLING",
        gravity_score=(offence.gravity if offence and offence.gravity else rng.randint(1, 3)),
        admitted=True,
        officer=f"PC {rng.randint(1000, 9999)} {rng.choice(names.SURNAMES)}",
        victim_details=rng.choice(VICTIMS),
        notified_on=notified,
        source=rng.choices(list(SOURCES), weights=list(SOURCES.values()))[0],
        child=child,
        created_at=at(notified, 9),
    )


def _screening(
    pipeline: ServicePipeline, rows: PipelineRows, notification: Notification, requested: date, answered: date | None
) -> None:
    rng = pipeline.rng
    due = screening_due(requested, RULES)
    for agency in pipeline.agencies:
        known = rng.random() < 0.35
        responded = answered if answered and rng.random() < 0.92 else None
        rows.requests.append(
            ScreeningRequest(
                service=pipeline.service,
                notification=notification,
                agency=agency,
                requested_on=requested,
                due_on=due,
                child_known=(Known.YES if known else Known.NO) if responded else "",
                family_known=(Known.YES if known or rng.random() < 0.2 else Known.NO) if responded else "",
                information=rng.choice(SCREENING_INFO) if responded and known else "",
                responded_on=responded,
                created_at=at(requested, 9, 30),
            )
        )


def _proposal(
    pipeline: ServicePipeline,
    rows: PipelineRows,
    notification: Notification,
    offence: Offence | None,
    proposed_outcome: str,
    proposed: date,
    assessed_by: date | None,
    case_manager: User | None = None,
) -> None:
    rng = pipeline.rng
    needed = needs_brief_assessment(proposed_outcome, RULES)
    rows.proposals.append(
        Proposal(
            service=pipeline.service,
            notification=notification,
            proposed_outcome=proposed_outcome,
            offence_category=(offence.category if offence and offence.category else "THEFT_AND_HANDLING"),
            seriousness=(offence.seriousness if offence else rng.randint(1, 3)),
            reasons=rng.choice(RATIONALE),
            brief_assessment_needed=needed,
            created_at=at(proposed, 11),
        )
    )
    if not needed:
        return
    author = case_manager or rng.choice(pipeline.case_managers)
    completed = None
    if assessed_by is not None:
        completed = min(proposed + timedelta(days=rng.randint(2, 9)), assessed_by)
    rows.assessments.append(
        BriefAssessment(
            service=pipeline.service,
            notification=notification,
            case_manager=author,
            allocated_on=proposed,
            due_on=add_working_days(proposed, ASSESSMENT_DAYS),
            needs=rng.choice(NEEDS) if completed else "",
            summary=rng.choice(SUMMARIES) if completed else "",
            recommended_outcome=proposed_outcome if completed else "",
            completed_on=completed,
            created_at=at(proposed, 14),
            created_by=author,
            modified_by=author,
        )
    )


def _decision(
    rows: PipelineRows,
    notification: Notification,
    meeting: PanelMeeting,
    decision: str,
    positions: tuple[str, str],
    rationale: str,
) -> PanelDecision:
    """The panel's decision; police and YJS positions that differ make it a disagreement."""
    police, yjs = positions
    panel = PanelDecision(
        service=notification.service,
        notification=notification,
        meeting=meeting,
        decision=decision,
        rationale=rationale,
        police_position=police,
        yjs_position=yjs,
        early_help_view="Early help will offer the family support alongside the outcome.",
        agreed=police == yjs,
        created_at=at(meeting.meeting_date, 12),
        created_by=meeting.chair,
        modified_by=meeting.chair,
    )
    rows.decisions.append(panel)
    return panel


# The live pipeline in the demo service: how many notifications wait at each open stage.
DEMO_OPEN = {
    Stage.SCREENING: 6,
    Stage.PROPOSAL: 3,
    Stage.ASSESSMENT: 3,
    Stage.PANEL: 4,
    Stage.DECIDED: 3,
}
DEMO_MATCHING = 3


@transaction.atomic
def ensure_demo_pipeline(service: Service, as_of: date, seed: int, prefix: str, logins: dict[str, User]) -> bool:
    """Give the demo service notifications on their way through every stage, once; False if nothing was made.

    `logins` are the demo users by role: the case manager holds the brief assessments, the team manager
    chairs this week's panel and is named on the escalation, the police officer sent the notifications.
    """
    if Notification.objects.filter(service=service).open().exists():
        return False
    manager, case_manager, police = logins["team_manager"], logins["case_manager"], logins["police_officer"]
    pipeline = ServicePipeline(
        service, manager, [case_manager], as_of, _screening_agencies(service), random.Random(f"{seed}:demo-pipeline")
    )
    pipeline.references = 900_000  # clear of the history's numbers
    pipeline.meetings = {m.meeting_date: m for m in PanelMeeting.objects.filter(service=service)}
    needed = sum(DEMO_OPEN.values()) + 3  # and an escalation, one resolved, one withdrawn
    children = _demo_children(service, as_of, pipeline.rng, needed + DEMO_MATCHING)
    if len(children) < needed + DEMO_MATCHING:
        return False  # a service too small to show the pipeline
    demo = _Demo(pipeline, PipelineRows(), prefix, police, case_manager)
    pipeline.meeting(demo.this_week, demo.rows)  # where the cases ready for the panel are due
    for child in children[:DEMO_MATCHING]:
        demo.matching(child)
    rest = iter(children[DEMO_MATCHING:])
    for stage, count in DEMO_OPEN.items():
        for n in range(count):
            demo.at_stage(stage, next(rest), n)
    demo.escalated(next(rest), resolved=False)
    demo.escalated(next(rest), resolved=True)
    demo.withdrawn(next(rest))
    demo.rows.save()
    return True


def _working_days_before(day: date, count: int) -> date:
    while count > 0:
        day -= timedelta(days=1)
        count -= day.weekday() < 5
    return day


def _demo_children(service: Service, as_of: date, rng: random.Random, count: int) -> list[Child]:
    """Children of an age for an out-of-court outcome and not under supervision now, drawn at random."""
    pool = list(
        Child.objects.filter(
            service=service,
            date_of_birth__gt=add_months(as_of, -12 * 17),
            date_of_birth__lte=add_months(as_of, -12 * 11),
        )
        .exclude(interventions__end_date__isnull=True, interventions__isnull=False)
        .order_by("pk")[:1000]
    )
    return rng.sample(pool, min(count, len(pool)))


@dataclass
class _Demo:
    pipeline: ServicePipeline
    rows: PipelineRows
    prefix: str
    police: User
    case_manager: User

    @property
    def as_of(self) -> date:
        return self.pipeline.as_of

    @property
    def this_week(self) -> date:
        return _on_weekday(self.as_of)

    def notification(self, child: Child, notified: date, stage: Stage) -> Notification:
        notification = _notification(self.pipeline, child, None, notified, self.prefix)
        notification.stage, notification.created_by, notification.modified_by = stage, self.police, self.police
        self.rows.notifications.append(notification)
        return notification

    def matching(self, child: Child) -> None:
        """A notification the police sent without a PNC number and a date of birth a day out: who is it?"""
        notified = _working_days_before(self.as_of, self.pipeline.rng.randint(0, 3))
        notification = self.notification(child, notified, Stage.MATCHING)
        notification.child = None
        notification.pnc_number = ""
        notification.date_of_birth = child.date_of_birth + timedelta(days=1)
        notification.candidate_ids = [child.pk]

    def at_stage(self, stage: Stage, child: Child, n: int) -> None:
        rng = self.pipeline.rng
        if stage == Stage.SCREENING:
            # The later ones are past their five working days with a partner still to answer.
            requested = _working_days_before(self.as_of, n + 1 if n < 4 else 7 + n)
            notification = self.notification(child, requested, stage)
            _screening(self.pipeline, self.rows, notification, requested, None)
            for request in self.rows.requests[-len(self.pipeline.agencies) :][: n % 3]:
                request.responded_on = min(requested + timedelta(days=1), self.as_of)
                request.child_known, request.family_known = Known.NO, Known.NO
            return
        screened = self.as_of - timedelta(days=rng.randint(2, 5))
        notified = screened - timedelta(days=rng.randint(4, 7))
        if stage in (Stage.ASSESSMENT, Stage.PANEL):
            screened, notified = screened - timedelta(days=5), notified - timedelta(days=5)
        if stage == Stage.DECIDED:
            screened, notified = screened - timedelta(days=14), notified - timedelta(days=14)
        notification = self.notification(child, notified, stage)
        notification.screening_completed_on = screened
        _screening(self.pipeline, self.rows, notification, notified, screened)
        for request in self.rows.requests[-len(self.pipeline.agencies) :]:
            request.responded_on = request.responded_on or screened
            request.child_known = request.child_known or Known.NO
            request.family_known = request.family_known or Known.NO
        if stage == Stage.PROPOSAL:
            return
        proposed = screened + timedelta(days=1)
        notification.proposed_on = proposed
        outcome = (Decision.YC, Decision.YCC, Decision.O22)[n % 3] if stage == Stage.ASSESSMENT else Decision.CR
        if stage == Stage.PANEL and n == 0:
            outcome = Decision.YC  # one with its brief assessment done, ready for the panel
        assessed_by = None if stage == Stage.ASSESSMENT else self.as_of
        _proposal(self.pipeline, self.rows, notification, None, outcome, proposed, assessed_by, self.case_manager)
        if stage in (Stage.ASSESSMENT, Stage.PANEL):
            return
        last_week = self.this_week - timedelta(days=7)
        decision = (Decision.CR, Decision.YC, Decision.NFA)[n % 3]
        meeting = self.pipeline.meeting(last_week, self.rows)
        _decision(self.rows, notification, meeting, decision, (decision, decision), rng.choice(RATIONALE))
        notification.decided_on, notification.decision = last_week, decision
        if n == 0:
            notification.not_engaging_since = last_week + timedelta(days=3)
            notification.not_engaging_note = "Two appointments missed; the parent has not returned calls."

    def escalated(self, child: Child, resolved: bool) -> None:
        """Last week's panel could not agree: the police wanted a caution, the YJS a community resolution."""
        last_week = self.this_week - timedelta(days=7)
        notified = last_week - timedelta(days=12)
        stage = Stage.DECIDED if resolved else Stage.ESCALATED
        notification = self.notification(child, notified, stage)
        notification.screening_completed_on = notified + timedelta(days=5)
        notification.proposed_on = notified + timedelta(days=6)
        _screening(self.pipeline, self.rows, notification, notified, notification.screening_completed_on)
        _proposal(self.pipeline, self.rows, notification, None, Decision.YC, notification.proposed_on, last_week)
        meeting = self.pipeline.meeting(last_week, self.rows)
        rationale = "The panel could not agree: the police see a pattern of shop theft; the YJS sees a first offence."
        panel = _decision(self.rows, notification, meeting, Decision.YC, (Decision.YC, Decision.CR), rationale)
        manager = self.pipeline.manager
        escalation = Escalation(
            service=self.pipeline.service,
            decision=panel,
            manager=manager,
            due_on=escalation_due(last_week, RULES),
            created_at=at(last_week, 15),
            created_by=manager,
            modified_by=manager,
        )
        if resolved:
            escalation.resolved_on = last_week + timedelta(days=2)
            escalation.resolved_outcome, escalation.resolved_by = Decision.CR, manager
            escalation.resolution = "Agreed with the police inspector: community resolution with voluntary support."
            notification.decided_on, notification.decision = escalation.resolved_on, Decision.CR
        self.rows.escalations.append(escalation)

    def withdrawn(self, child: Child) -> None:
        notification = self.notification(child, self.as_of - timedelta(days=20), Stage.WITHDRAWN)
        notification.withdrawn_reason = "The police reviewed the evidence: the child was not the person involved."
