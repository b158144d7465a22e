"""Auditing a case beside its records, moderating it, and the round's moderation list with its disagreements."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.access_log import record_view
from yjs.core.refusals import add_service_errors
from yjs.quality import access, services
from yjs.quality.audit_forms import CHANGE, AuditForm, ModerationForm
from yjs.quality.audit_selectors import case_records, questions_for
from yjs.quality.models import AuditAnswer
from yjs.quality.views.rounds import _reader


@require_http_methods(["GET", "POST"])
def audit_case(request: HttpRequest, pk: int) -> HttpResponse:
    """The key questions with their prompts, and the case's assessment, plan, reviews and contacts beside them."""
    user = _reader(request)
    found = access.get_case_for_user(user, pk)
    may_answer = access.may_answer(user, found)
    if request.method == "POST" and not may_answer:
        raise PermissionDenied
    # A moderated case's answers are fixed: its auditor sees them read-only, with why.
    moderated = services.moderated_refusal(found) if found.moderated_at is not None else ""
    if request.method == "POST" and moderated:
        # Nothing is saved; the page shown again says why, above the answers as they stand.
        return redirect("quality:audit_case", found.pk)
    # Opening a case to audit is a view of the child's record, logged as any other.
    record_view(user, found.intervention.child_id, f"Case audit: {found.round.title}, case {found.position}")
    standards = questions_for(found)
    answers = list(found.answers.all())
    form = AuditForm(
        posted(request),
        standards=standards,
        answers=answers,
        initial={"oversight_met": found.oversight_met, "oversight_reason": found.oversight_reason},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        given = {
            kq.pk: services.Given(data[f"answer_{kq.pk}"], data[f"reason_{kq.pk}"])
            for group in standards
            for kq in group.questions
        }
        finish = "finish" in request.POST
        try:
            services.answer_case(user, found, given, data["oversight_met"], data["oversight_reason"], finish=finish)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            done = _("Case %(number)s finished") if finish else _("Answers for case %(number)s saved")
            messages.success(request, done % {"number": found.position})
            return redirect("quality:round", found.round_id) if finish else redirect("quality:audit_case", found.pk)
    context = {
        "audit": found,
        "round": found.round,
        "form": form,
        "groups": form.groups(),
        "records": case_records(found),
        "may_answer": may_answer and not moderated,
        "moderated": moderated if may_answer else "",
        "answers": answers,
    }
    return render(request, "quality/audit_case.html", context)


@require_http_methods(["GET", "POST"])
def moderate(request: HttpRequest, pk: int) -> HttpResponse:
    user = _reader(request)
    found = access.get_case_for_user(user, pk)
    if not access.may_moderate(user, found):
        raise PermissionDenied
    record_view(user, found.intervention.child_id, f"Case audit moderation: {found.round.title}, case {found.position}")
    answers = list(found.answers.select_related("key_question__standard"))
    form = ModerationForm(posted(request), answers=answers)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        decisions = {
            a.key_question_id: services.Moderated(
                data[f"agree_{a.key_question_id}"] != CHANGE,
                data[f"changed_{a.key_question_id}"],
                data[f"why_{a.key_question_id}"],
            )
            for a in answers
        }
        try:
            services.moderate_case(user, found, decisions)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Moderation of case %(number)s saved") % {"number": found.position})
            return redirect("quality:moderation", found.round_id)
    context = {"audit": found, "round": found.round, "form": form, "rows": form.rows(), "records": case_records(found)}
    return render(request, "quality/moderate.html", context)


@require_GET
def moderation(request: HttpRequest, pk: int) -> HttpResponse:
    """The finished cases, who moderated them, and every answer a moderator changed."""
    user = _reader(request)
    round_ = access.get_round_for_user(user, pk)
    cases = list(
        round_.cases.filter(completed_at__isnull=False).select_related("auditor", "moderated_by", "intervention", "round")
    )
    rows = [{"case": c, "may_moderate": access.may_moderate(user, c)} for c in cases]
    disagreements = [
        a
        for a in AuditAnswer.objects.filter(audit_case__round=round_)
        .exclude(moderated_answer="")
        .select_related("audit_case", "key_question__standard")
        .order_by("audit_case__position", "key_question__standard__order", "key_question__order")
        if a.disagreed
    ]
    return render(request, "quality/moderation.html", {"round": round_, "rows": rows, "disagreements": disagreements})


urlpatterns = [
    path("cases/<int:pk>/", audit_case, name="audit_case"),
    path("cases/<int:pk>/moderate/", moderate, name="moderate"),
    path("rounds/<int:pk>/moderation/", moderation, name="moderation"),
]
