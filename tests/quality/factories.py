"""Audit rounds built by hand for tests: the cases, their answers, and a framework from the data migration."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from tests.factories import ChildFactory, InterventionFactory, OutcomeFactory
from yjs.casework.models import Intervention
from yjs.core.models import LocalAuthority, Service, Team, User
from yjs.justice.models import OutcomeType
from yjs.quality.audit_vocabularies import RoundStatus
from yjs.quality.models import AuditAnswer, AuditCase, AuditRound, Framework, KeyQuestion


def case(
    service: Service, team: Team, authority: LocalAuthority, outcome: str = "RO", start: date = date(2025, 4, 1)
) -> Intervention:
    child = ChildFactory(service=service, local_authority=authority)
    made = OutcomeFactory(
        child=child, service=service, outcome_type=OutcomeType.objects.get(code=outcome), outcome_date=start
    )
    return InterventionFactory(outcome=made, child=child, service=service, team=team, start_date=start)


def audit_round(
    service: Service,
    interventions: list[Intervention],
    version: str = "2021",
    title: str = "Spring audit",
    window: tuple[date, date] = (date(2025, 4, 1), date(2025, 6, 30)),
    status: str = RoundStatus.AUDITING,
    auditor: User | None = None,
) -> AuditRound:
    round_ = AuditRound.objects.create(
        service=service,
        framework=Framework.objects.get(version=version),
        title=title,
        window_start=window[0],
        window_end=window[1],
        seed=1,
        size=len(interventions),
        caseload=len(interventions),
        status=status,
    )
    for position, intervention in enumerate(interventions, start=1):
        AuditCase.objects.create(
            round=round_,
            intervention=intervention,
            position=position,
            disposal="out_of_court" if intervention.is_out_of_court else "court",
            local_authority=intervention.child.local_authority,
            team=intervention.team,
            auditor=auditor,
        )
    return round_


def question(round_: AuditRound, code: str, area: str) -> KeyQuestion:
    return KeyQuestion.objects.get(standard__framework=round_.framework, standard__code=code, area=area)


def answer(audit_case: AuditCase, code: str, area: str, given: str, by: User, reason: str = "") -> AuditAnswer:
    if given == "no" and not reason:
        reason = "Not evidenced in the record"
    return AuditAnswer.objects.create(
        audit_case=audit_case,
        key_question=question(audit_case.round, code, area),
        answer=given,
        reason=reason,
        answered_by=by,
    )


def finish(audit_case: AuditCase, oversight: str = "yes") -> AuditCase:
    audit_case.oversight_met = oversight
    audit_case.oversight_reason = "Countersigned without comment" if oversight == "no" else ""
    audit_case.completed_at = timezone.now()
    audit_case.save()
    return audit_case
