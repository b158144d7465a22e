"""The rounds list, a new round, its sample to confirm, the round with its progress, and assigning auditors."""

from __future__ import annotations

from collections import Counter

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from yjs.children.record_pages import posted
from yjs.core.models import LocalAuthority
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.quality import access, permissions, services
from yjs.quality.audit_forms import AssignForm, EvenlyForm, RoundForm
from yjs.quality.audit_vocabularies import RoundStatus
from yjs.quality.models import AuditCase, AuditRound


def _reader(request: HttpRequest):  # type: ignore[no-untyped-def]
    if not access.may_read_quality(request.user):  # type: ignore[arg-type]
        raise PermissionDenied
    return request.user


def _lead(request: HttpRequest):  # type: ignore[no-untyped-def]
    if not access.may_lead(request.user):  # type: ignore[arg-type]
        raise PermissionDenied
    return request.user


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    rounds = access.rounds_visible_to(user).select_related("framework")
    mine = AuditCase.objects.filter(
        auditor=user, completed_at__isnull=True, round__status=RoundStatus.AUDITING
    ).select_related("round")
    context = {
        "page": paginate(request, rounds),
        "may_lead": access.may_lead(user),
        "my_cases": mine,
        "may_read_framework": permissions.may_read_framework(user),
        "may_rate": permissions.may_rate_inspection(user),
    }
    return render(request, "quality/rounds.html", context)


@require_http_methods(["GET", "POST"])
def round_new(request: HttpRequest) -> HttpResponse:
    user = _lead(request)
    form = RoundForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            round_ = services.draw_round(
                user, data["framework"], data["title"], data["window_start"], data["window_end"], data["size"], data["seed"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("quality:round_sample", round_.pk)
    return render(request, "quality/round_form.html", {"form": form})


def make_up(round_: AuditRound) -> dict[str, object]:
    """The sample against the caseload it was drawn from: by disposal, by local authority, and by outcome."""
    cases = list(round_.cases.select_related("local_authority", "intervention__outcome__outcome_type"))
    by_disposal = Counter(c.get_disposal_display() for c in cases)
    by_authority = Counter(c.local_authority.name for c in cases)
    by_outcome = Counter(c.intervention.outcome.outcome_type.name for c in cases)
    return {
        "cases": cases,
        "by_disposal": sorted(by_disposal.items()),
        "by_authority": sorted(by_authority.items()),
        "by_outcome": sorted(by_outcome.items(), key=lambda item: (-item[1], item[0])),
        "authorities": LocalAuthority.objects.filter(service_id=round_.service_id),
    }


@require_http_methods(["GET", "POST"])
def round_sample(request: HttpRequest, pk: int) -> HttpResponse:
    """The sample's make-up, shown to the quality lead before they confirm it."""
    user = _lead(request)
    round_ = access.get_round_for_user(user, pk, lead=True)
    if request.method == "POST":
        try:
            services.confirm_round(user, round_)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Sample confirmed: assign auditors to its cases"))
        return redirect("quality:round", round_.pk)
    return render(request, "quality/round_sample.html", {"round": round_, **make_up(round_)})


@require_POST
def round_discard(request: HttpRequest, pk: int) -> HttpResponse:
    user = _lead(request)
    round_ = access.get_round_for_user(user, pk, lead=True)
    try:
        services.discard_round(user, round_)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("quality:round", round_.pk)
    messages.success(request, _("Sample discarded"))
    return redirect("quality:index")


@require_POST
def round_close(request: HttpRequest, pk: int) -> HttpResponse:
    user = _lead(request)
    round_ = access.get_round_for_user(user, pk, lead=True)
    try:
        services.close_round(user, round_)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Round closed: its answers are now fixed"))
    return redirect("quality:round", round_.pk)


@require_GET
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _reader(request)
    round_ = access.get_round_for_user(user, pk)
    cases = list(round_.cases.select_related("auditor", "local_authority", "team", "intervention__child", "round"))
    rows = [{"case": c, "may_open": access.may_open_case(user, c)} for c in cases]
    finished = sum(1 for c in cases if c.is_complete)
    context = {
        "round": round_,
        "rows": rows,
        "finished": finished,
        "assigned": sum(1 for c in cases if c.auditor_id),
        "total": len(cases),
        "may_lead": access.may_lead(user),
    }
    return render(request, "quality/round.html", context)


@require_http_methods(["GET", "POST"])
def round_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """The quality lead names an auditor for each case, or shares the unassigned ones evenly in one action."""
    user = _lead(request)
    round_ = access.get_round_for_user(user, pk, lead=True)
    cases = list(round_.cases.filter(completed_at__isnull=True).select_related("intervention", "team", "round", "auditor"))
    auditors = list(access.eligible_auditors(user.service_id))
    by_pk = {str(a.pk): a for a in auditors}
    form = AssignForm(posted(request), cases=cases, auditors=auditors)
    evenly = EvenlyForm(auditors=auditors)
    if request.method == "POST" and form.is_valid():
        for audit_case in cases:
            chosen = by_pk.get(form.cleaned_data[f"auditor_{audit_case.pk}"])
            if (chosen.pk if chosen else None) == audit_case.auditor_id:
                continue
            try:
                services.assign_auditor(user, audit_case, chosen)
            except ValidationError as error:
                form.add_error(f"auditor_{audit_case.pk}", error.messages)
        if not form.errors:
            messages.success(request, _("Auditors saved"))
            return redirect("quality:round", round_.pk)
    return render(request, "quality/round_assign.html", {"round": round_, "form": form, "evenly": evenly})


@require_POST
def round_assign_evenly(request: HttpRequest, pk: int) -> HttpResponse:
    user = _lead(request)
    round_ = access.get_round_for_user(user, pk, lead=True)
    auditors = list(access.eligible_auditors(user.service_id))
    evenly = EvenlyForm(request.POST, auditors=auditors)
    if evenly.is_valid():
        chosen = [a for a in auditors if str(a.pk) in evenly.cleaned_data["auditors"]]
        count = services.assign_evenly(user, round_, chosen)
        messages.success(request, _("%(count)s cases assigned") % {"count": count})
        return redirect("quality:round", round_.pk)
    cases = list(round_.cases.filter(completed_at__isnull=True).select_related("intervention", "team", "round", "auditor"))
    form = AssignForm(cases=cases, auditors=auditors)
    return render(request, "quality/round_assign.html", {"round": round_, "form": form, "evenly": evenly})


urlpatterns = [
    path("", index, name="index"),
    path("rounds/new/", round_new, name="round_new"),
    path("rounds/<int:pk>/", round_detail, name="round"),
    path("rounds/<int:pk>/sample/", round_sample, name="round_sample"),
    path("rounds/<int:pk>/discard/", round_discard, name="round_discard"),
    path("rounds/<int:pk>/close/", round_close, name="round_close"),
    path("rounds/<int:pk>/auditors/", round_assign, name="round_assign"),
    path("rounds/<int:pk>/auditors/evenly/", round_assign_evenly, name="round_assign_evenly"),
]
