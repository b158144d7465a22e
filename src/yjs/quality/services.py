"""Changes to audit rounds, one function per thing a lead, an auditor or a moderator does, each in a transaction.

Each refuses with a ValidationError naming what is wrong (shown on the form), and every change is kept in the
history with who made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.core.concurrency import save_checked
from yjs.core.models import User
from yjs.quality import access, sampling
from yjs.quality.audit_selectors import caseload_in_window, questions_for, standard_spec
from yjs.quality.audit_vocabularies import Answer, OversightAnswer, RoundStatus
from yjs.quality.models import AuditAnswer, AuditCase, AuditRound, Framework, RoundRating, Standard
from yjs.quality.ratings import RatingError, make_override, parse_rating


def _lead(user: User) -> None:
    if not access.may_lead(user):
        raise PermissionDenied


def _save(record: Any, user: User) -> None:
    save_checked(record, user)


@transaction.atomic
def draw_round(
    user: User,
    framework: Framework,
    title: str,
    window_start: date,
    window_end: date,
    size: int | None = None,
    seed: int | None = None,
) -> AuditRound:
    """A round with its sample drawn from the interventions starting in the window, to confirm before auditing."""
    _lead(user)
    if window_end < window_start:
        raise ValidationError({"window_end": _("The end of the window must be the same as or after its start.")})
    caseload = caseload_in_window(user.service_id, window_start, window_end)
    if not caseload:
        raise ValidationError({"window_start": _("No intervention started in this window, so there is nothing to sample.")})
    chosen_size = sampling.default_size(len(caseload)) if size is None else min(size, len(caseload))
    if chosen_size < 1:
        raise ValidationError({"size": _("The sample needs at least one case.")})
    round_ = AuditRound(
        service_id=user.service_id,
        created_by=user,
        modified_by=user,
        framework=framework,
        title=title,
        window_start=window_start,
        window_end=window_end,
        seed=seed or sampling.new_seed(),
        size=chosen_size,
        caseload=len(caseload),
    )
    _save(round_, user)
    for position, case in enumerate(sampling.draw(caseload.cases, chosen_size, round_.seed), start=1):
        AuditCase.objects.create(
            round=round_,
            intervention_id=case.id,
            position=position,
            disposal=case.disposal,
            local_authority_id=caseload.authority_ids[case.id],
            team_id=caseload.team_ids[case.id],
        )
    return round_


@transaction.atomic
def confirm_round(user: User, round_: AuditRound) -> AuditRound:
    _lead(user)
    if round_.status != RoundStatus.SAMPLED:
        raise ValidationError(_("This round's sample is already confirmed."))
    round_.status = RoundStatus.AUDITING
    round_.confirmed_at = timezone.now()
    round_.modified_by = user
    _save(round_, user)
    return round_


@transaction.atomic
def close_round(user: User, round_: AuditRound) -> AuditRound:
    """Auditing ends: answers and moderation are then fixed; judgements and overrides may still be recorded."""
    _lead(user)
    if round_.status != RoundStatus.AUDITING:
        raise ValidationError(_("Only a round being audited can be closed."))
    round_.status = RoundStatus.CLOSED
    round_.modified_by = user
    _save(round_, user)
    return round_


@transaction.atomic
def discard_round(user: User, round_: AuditRound) -> None:
    """An unconfirmed sample may be thrown away (to redraw with another size); a confirmed one is kept."""
    _lead(user)
    if round_.status != RoundStatus.SAMPLED:
        raise ValidationError(_("A confirmed round is kept."))
    round_.cases.all().delete()
    round_._history_user = user  # type: ignore[attr-defined]
    round_.delete()


@transaction.atomic
def assign_auditor(user: User, audit_case: AuditCase, auditor: User | None) -> AuditCase:
    """The quality lead names who audits a case; nobody audits a case of their own team, and case managers never do."""
    _lead(user)
    if audit_case.round.service_id != user.service_id:
        raise PermissionDenied
    if audit_case.is_complete:
        raise ValidationError({"auditor": _("Case %(number)s is already audited.") % {"number": audit_case.position}})
    if auditor is not None:
        refusal = access.audit_refusal(auditor, audit_case)
        if refusal:
            raise ValidationError({"auditor": refusal})
    audit_case.auditor = auditor
    _save(audit_case, user)
    return audit_case


@transaction.atomic
def assign_evenly(user: User, round_: AuditRound, auditors: list[User]) -> int:
    """Every unassigned case to the eligible auditor with fewest cases so far; returns how many were assigned.

    A case no chosen auditor may take (all are in its team) stays unassigned, for the quality lead to assign by hand.
    """
    _lead(user)
    if not auditors:
        raise ValidationError({"auditors": _("Choose at least one auditor.")})
    load = {auditor.pk: round_.cases.filter(auditor=auditor).count() for auditor in auditors}
    assigned = 0
    for audit_case in round_.cases.filter(auditor__isnull=True).select_related("intervention", "round"):
        eligible = [a for a in auditors if access.may_audit(a, audit_case)]
        if not eligible:
            continue
        chosen = min(eligible, key=lambda a: (load[a.pk], a.last_name, a.first_name, a.pk))
        audit_case.auditor = chosen
        _save(audit_case, user)
        load[chosen.pk] += 1
        assigned += 1
    return assigned


@dataclass(frozen=True)
class Given:
    """What the auditor said about one key question."""

    answer: str  # an Answer, or "" where not answered yet
    reason: str = ""


@transaction.atomic
def answer_case(
    user: User,
    audit_case: AuditCase,
    given: dict[int, Given],
    oversight_met: str,
    oversight_reason: str = "",
    finish: bool = False,
) -> AuditCase:
    """Save the auditor's answers; a No needs a written reason. Finishing needs every question answered.

    Once a second auditor has moderated the case its answers are fixed: moderation agreed with or changed the
    answers as they stood, so a later change would leave the moderation judging answers nobody moderated.
    """
    if not access.may_answer(user, audit_case):
        raise PermissionDenied
    if audit_case.moderated_at is not None:
        raise ValidationError(moderated_refusal(audit_case))
    questions = [kq for standard in questions_for(audit_case) for kq in standard.questions]
    errors: dict[str, list[str]] = {}
    for kq in questions:
        said = given.get(kq.pk, Given(""))
        if said.answer == Answer.NO and not said.reason.strip():
            errors.setdefault(f"reason_{kq.pk}", []).append(_("Give the reason for No"))
        elif finish and not said.answer:
            errors.setdefault(f"answer_{kq.pk}", []).append(_("Answer Yes, No or Not applicable"))
    if oversight_met == OversightAnswer.NO and not oversight_reason.strip():
        errors.setdefault("oversight_reason", []).append(_("Give the reason oversight did not meet the needs of the case"))
    elif finish and not oversight_met:
        errors.setdefault("oversight_met", []).append(_("Answer whether management oversight met the needs of the case"))
    if errors:
        raise ValidationError(errors)
    existing = {a.key_question_id: a for a in audit_case.answers.all()}
    for kq in questions:
        said = given.get(kq.pk, Given(""))
        record = existing.get(kq.pk)
        if not said.answer:
            if record is not None:
                record._history_user = user  # type: ignore[attr-defined]
                record.delete()
            continue
        if record is None:
            record = AuditAnswer(audit_case=audit_case, key_question=kq)
        record.answer = said.answer
        record.reason = said.reason.strip()
        record.answered_by = user
        _save(record, user)
    audit_case.oversight_met = oversight_met
    audit_case.oversight_reason = oversight_reason.strip() if oversight_met == OversightAnswer.NO else ""
    if finish:
        audit_case.completed_at = timezone.now()
    _save(audit_case, user)
    return audit_case


def moderated_refusal(audit_case: AuditCase) -> str:
    """Why a moderated case's answers can no longer be changed (the service's refusal and the page's notice)."""
    return _(
        "Case %(number)s has been moderated, so its answers can no longer be changed. "
        "Ask the quality lead if an answer needs correcting."
    ) % {"number": audit_case.position}


@dataclass(frozen=True)
class Moderated:
    """A moderator's view of one answer: agree, or change it with a reason."""

    agree: bool
    answer: str = ""
    reason: str = ""


@transaction.atomic
def moderate_case(user: User, audit_case: AuditCase, decisions: dict[int, Moderated]) -> AuditCase:
    """A second auditor agrees with each answer or changes it, giving a reason for every change."""
    if not access.may_moderate(user, audit_case):
        raise PermissionDenied
    answers = list(audit_case.answers.select_related("key_question"))
    errors: dict[str, list[str]] = {}
    for record in answers:
        decision = decisions.get(record.key_question_id, Moderated(True))
        if decision.agree:
            continue
        if decision.answer not in Answer.values or decision.answer == record.answer:
            errors.setdefault(f"changed_{record.key_question_id}", []).append(_("Choose a different answer"))
        if not decision.reason.strip():
            errors.setdefault(f"why_{record.key_question_id}", []).append(_("Give the reason for the change"))
        elif decision.answer == Answer.NO and not decision.reason.strip():
            errors.setdefault(f"why_{record.key_question_id}", []).append(_("Give the reason for No"))
    if errors:
        raise ValidationError(errors)
    for record in answers:
        decision = decisions.get(record.key_question_id, Moderated(True))
        record.moderated_answer = "" if decision.agree else decision.answer
        record.moderation_reason = "" if decision.agree else decision.reason.strip()
        _save(record, user)
    audit_case.moderated_by = user
    audit_case.moderated_at = timezone.now()
    _save(audit_case, user)
    return audit_case


@transaction.atomic
def record_rating(
    user: User,
    round_: AuditRound,
    standard: Standard,
    rating: str,
    strengths: str = "",
    areas_for_improvement: str = "",
    override_reason: str = "",
) -> RoundRating | None:
    """A judgement (with its evidence) for a judged standard, or a reasoned override beside a computed one.

    An empty rating removes what was recorded: the judgement is then missing, or the computed rating stands.
    """
    _lead(user)
    if standard.framework_id != round_.framework_id:
        raise PermissionDenied
    record = RoundRating.objects.filter(round=round_, standard=standard).first()
    if not rating:
        if record is not None:
            record._history_user = user  # type: ignore[attr-defined]
            record.delete()
        return None
    spec = standard_spec(standard)
    try:
        if standard.is_case_assessed:
            make_override(spec, rating, override_reason)
        else:
            parse_rating(rating, allow_not_rated=spec.may_be_not_rated)
    except RatingError as error:
        field = "override_reason" if "reason" in str(error) else "rating"
        raise ValidationError({field: str(error)}) from error
    if record is None:
        record = RoundRating(round=round_, standard=standard)
    record.rating = rating
    record.not_rated = rating == "Not rated"
    record.strengths = strengths.strip()
    record.areas_for_improvement = areas_for_improvement.strip()
    record.override_reason = override_reason.strip() if standard.is_case_assessed else ""
    record.recorded_by = user
    _save(record, user)
    return record
