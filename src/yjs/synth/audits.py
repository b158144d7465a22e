"""The demo's audit rounds: a finished previous round with judgements and moderation, and a current one part-way.

Drawn, assigned, answered and moderated through the same services a lead and auditors use, so the demo's
rounds obey every rule the pages do. Deterministic from the seed; a round already there (by title) is left
as it is, so running the demo again changes nothing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction

from yjs.core.models import Service, User
from yjs.quality import services
from yjs.quality.audit_selectors import questions_for
from yjs.quality.audit_vocabularies import Answer, OversightAnswer
from yjs.quality.models import AuditCase, AuditRound, Framework, Standard

PREVIOUS_SIZE = 16
CURRENT_SIZE = 12

NO_REASONS = {
    "desistance": [
        "Strengths and protective factors are listed but not analysed.",
        "Nothing on the child's own view of their offending.",
    ],
    "safety_of_child": [
        "Children's social care information was not sought.",
        "No contingency for the child going missing.",
    ],
    "safety_of_others": [
        "Who is at risk, and the nature of the risk, are not recorded.",
        "No contingency arrangements for an increase in risk to others.",
    ],
}
OVERSIGHT_REASONS = [
    "Countersigned without comment although the risk of harm was not analysed.",
    "No management oversight recorded at the review.",
]
JUDGEMENTS = {
    "1.1": ("Good", "The board knows the service well and challenges it.", "Chairing across the combined area."),
    "1.2": ("Good", "Staff are motivated and well supported.", "Caseloads in the north team are high."),
    "1.3": ("Good", "A wide range of services, well used.", "Access to children's social care records."),
    "1.4": ("Good", "Policies are clear and up to date.", "Management information on out-of-court outcomes."),
    "3.4": ("Good", "The joint decision panel is well run.", "Analysis of reoffending after out-of-court disposals."),
    "4.1": ("Good", "Resettlement starts early.", "Accommodation on release is found late."),
}


def _answer_all(audit_case: AuditCase, rng: random.Random, finish: bool) -> None:
    given: dict[int, services.Given] = {}
    for group in questions_for(audit_case):
        for kq in group.questions:
            draw = rng.random()
            if kq.area == "safety_of_others" and draw < 0.1:
                given[kq.pk] = services.Given(Answer.NOT_APPLICABLE)
            elif draw < 0.78:
                given[kq.pk] = services.Given(Answer.YES)
            else:
                given[kq.pk] = services.Given(Answer.NO, rng.choice(NO_REASONS[kq.area]))
    met = rng.random() < 0.72
    oversight = OversightAnswer.YES if met else OversightAnswer.NO
    reason = "" if met else rng.choice(OVERSIGHT_REASONS)
    assert audit_case.auditor is not None
    services.answer_case(audit_case.auditor, audit_case, given, oversight, reason, finish=finish)


def _round(
    service: Service,
    lead: User,
    framework: Framework,
    title: str,
    start: date,
    end: date,
    size: int,
    seed: int,
    auditors: list[User],
) -> AuditRound | None:
    try:
        drawn = services.draw_round(lead, framework, title, start, end, size=size, seed=seed)
    except services.ValidationError:
        return None  # no case started in the window: nothing to show
    services.confirm_round(lead, drawn)
    services.assign_evenly(lead, drawn, auditors)
    return drawn


@transaction.atomic
def ensure_demo_audits(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's two rounds once; running the demo again changes nothing."""
    lead = users.get("service_manager")
    framework = Framework.objects.filter(version="2021").first()
    if lead is None or framework is None:
        return
    auditors = [u for u in (users.get("auditor"), users.get("team_manager"), lead) if u is not None]
    rng = random.Random(f"audits|{seed}")
    previous_title, current_title = "Audit round: last year", "Audit round: this year"
    if not AuditRound.objects.filter(service=service, title=previous_title).exists():
        start, end = as_of - timedelta(days=548), as_of - timedelta(days=366)
        earlier = _round(service, lead, framework, previous_title, start, end, PREVIOUS_SIZE, seed + 1, auditors)
        if earlier is not None:
            _finish_previous(earlier, lead, auditors, rng)
    if not AuditRound.objects.filter(service=service, title=current_title).exists():
        start, end = as_of - timedelta(days=365), as_of - timedelta(days=90)
        current = _round(service, lead, framework, current_title, start, end, CURRENT_SIZE, seed + 2, auditors)
        if current is not None:
            for audit_case in current.cases.filter(auditor__isnull=False).select_related("round__framework", "intervention"):
                if audit_case.position % 2:
                    _answer_all(audit_case, rng, finish=True)
                elif audit_case.position % 4 == 0:
                    _answer_all(audit_case, rng, finish=False)


def _finish_previous(round_: AuditRound, lead: User, auditors: list[User], rng: random.Random) -> None:
    cases = list(round_.cases.filter(auditor__isnull=False).select_related("round__framework", "intervention"))
    for audit_case in cases:
        _answer_all(audit_case, rng, finish=True)
    # Two cases moderated by someone other than their auditor: one agreed, one answer changed.
    for audit_case in cases[:2]:
        audit_case.refresh_from_db()
        moderator = next(
            (a for a in auditors if a.pk != audit_case.auditor_id and services.access.may_moderate(a, audit_case)), None
        )
        if moderator is None:
            continue
        decisions: dict[int, services.Moderated] = {}
        if audit_case.position == cases[0].position:
            first = audit_case.answers.filter(answer=Answer.YES).first()
            if first is not None:
                decisions[first.key_question_id] = services.Moderated(
                    False, Answer.NO, "The plan has no contingency arrangements."
                )
        services.moderate_case(moderator, audit_case, decisions)
    for standard in Standard.objects.filter(framework=round_.framework, assessed_by="judgement"):
        rating, strengths, improve = JUDGEMENTS.get(standard.code, ("Good", "", ""))
        services.record_rating(lead, round_, standard, rating, strengths, improve)
    services.close_round(lead, round_)
