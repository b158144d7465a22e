"""Reading audit rounds: the caseload a sample is drawn from, the questions a case is asked, the case's records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch

from yjs.casework.models import Intervention
from yjs.justice.vocabularies import Stage
from yjs.quality.audit_vocabularies import CaseDisposal
from yjs.quality.models import AuditCase, AuditRound, Framework, KeyQuestion, Standard
from yjs.quality.ratings import StandardSpec
from yjs.quality.sampling import Case
from yjs.quality.selectors import framework_spec


@dataclass
class Caseload:
    """The interventions a round may sample, as the sampling module sees them, with what each case keeps."""

    cases: list[Case] = field(default_factory=list)
    authority_ids: dict[int, int] = field(default_factory=dict)
    team_ids: dict[int, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.cases)


def caseload_in_window(service_id: int | None, start: date, end: date) -> Caseload:
    """Every live intervention of the service that started in the window, in one query."""
    rows = Intervention.objects.filter(
        service_id=service_id, archived_at__isnull=True, start_date__gte=start, start_date__lte=end
    ).values_list(
        "pk",
        "start_date",
        "outcome__outcome_type__stage",
        "child__local_authority_id",
        "child__local_authority__code",
        "team_id",
    )
    caseload = Caseload()
    for pk, started, stage, authority_id, authority_code, team_id in rows:
        disposal = CaseDisposal.OUT_OF_COURT if stage == Stage.PRE_COURT else CaseDisposal.COURT
        caseload.cases.append(Case(pk, started, str(disposal), authority_code))
        caseload.authority_ids[pk] = authority_id
        caseload.team_ids[pk] = team_id
    return caseload


def loaded_framework(framework_id: int) -> Framework:
    """The framework with its standards, key questions and prompts, in framework order, in four queries."""
    questions = KeyQuestion.objects.order_by("order").prefetch_related("prompts")
    standards = Standard.objects.order_by("order").prefetch_related(Prefetch("key_questions", queryset=questions))
    return Framework.objects.prefetch_related(Prefetch("standards", queryset=standards)).get(pk=framework_id)


def framework_standards(framework: Framework) -> list[Standard]:
    return list(loaded_framework(framework.pk).standards.all())


def standard_spec(standard: Standard) -> StandardSpec:
    return framework_spec(loaded_framework(standard.framework_id)).standard(standard.code)


@dataclass(frozen=True)
class StandardQuestions:
    standard: Standard
    questions: list[KeyQuestion]


def questions_for(audit_case: AuditCase) -> list[StandardQuestions]:
    """The case-assessed standards asked of this case, by each standard's disposal: court cases 2.1-2.4 (reviewing
    is court only), out-of-court cases 3.1-3.3 (and, in the 2018 framework, 3.4 joint working)."""
    return [
        StandardQuestions(standard, list(standard.key_questions.all()))
        for standard in framework_standards(audit_case.round.framework)
        if standard.is_case_assessed and standard.disposal == audit_case.disposal
    ]


@dataclass(frozen=True)
class CaseRecords:
    intervention: Intervention
    assessments: list
    plans: list
    reviews: list
    contacts: list


CONTACTS_SHOWN = 20


def case_records(audit_case: AuditCase) -> CaseRecords:
    """What the auditor reads beside the questions: the case's assessments, plans, reviews and latest contacts."""
    intervention = Intervention.objects.select_related("child", "outcome__outcome_type", "team", "case_manager").get(
        pk=audit_case.intervention_id
    )
    live = {"archived_at__isnull": True}
    return CaseRecords(
        intervention,
        list(intervention.assessments.filter(**live).select_related("countersigned_by")),
        list(intervention.plans.filter(**live).select_related("countersigned_by")),
        list(intervention.reviews.filter(**live)),
        list(intervention.contacts.filter(**live)[:CONTACTS_SHOWN]),
    )


def previous_round(round_: AuditRound) -> AuditRound | None:
    """The service's round before this one (by window), confirmed, to compare results with."""
    return (
        AuditRound.objects.filter(
            service_id=round_.service_id, archived_at__isnull=True, window_start__lt=round_.window_start
        )
        .exclude(status="sampled")
        .select_related("framework")
        .order_by("-window_start", "-pk")
        .first()
    )
