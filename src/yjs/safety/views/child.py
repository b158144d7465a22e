"""The child's safety tab and the forms that add to it: MAPPA, exploitation screening, NRM referrals,
a referral to the risk panel, and a contingency review; and removing one of these records made in error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from yjs.casework.queries import get_plan_for_user
from yjs.children.models import Child
from yjs.children.record_pages import apply_stale_refusal, child_context, open_child, posted
from yjs.core.concurrency import StaleRecordError
from yjs.core.record_forms import RemoveForm
from yjs.core.refusals import add_service_errors
from yjs.lib.formats import long_date
from yjs.safety import access, selectors, services
from yjs.safety.forms import ContingencyReviewForm, MappaForm, NrmForm, ReferralForm, ScreeningForm
from yjs.safety.models import ExploitationScreening, MappaRecord, NrmReferral
from yjs.safety.vocabularies import Indicator

SECTION = "safety"


def _open(request: HttpRequest, pk: int, page: str, write: bool = False) -> Child:
    access.require_caseworker(request.user)  # type: ignore[arg-type]
    return open_child(request, pk, page, write=write)


def _form_page(request: HttpRequest, child: Child, form: Any, title: str, **extra: Any) -> HttpResponse:
    return render(request, "safety/child_form.html", child_context(request, child, SECTION, form=form, title=title, **extra))


@require_safe
def child(request: HttpRequest, pk: int) -> HttpResponse:
    found = _open(request, pk, "safety and risk")
    user = request.user
    context = child_context(
        request,
        found,
        SECTION,
        safety=selectors.child_safety(user, found),  # type: ignore[arg-type]
        may_run_panel=access.may_run_panel(user),  # type: ignore[arg-type]
        may_read_exploitation=access.may_read_exploitation(user, found),  # type: ignore[arg-type]
        indicator_labels=dict(Indicator.choices),
        today=timezone.localdate(),
    )
    return render(request, "safety/child.html", context)


@require_http_methods(["GET", "POST"])
def refer(request: HttpRequest, pk: int) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    found = open_child(request, pk, "refer to the risk panel", write=True)
    meetings = access.meetings_visible_to(user).filter(held_on__gte=timezone.localdate()).order_by("held_on")
    suggestion = next(iter(selectors.to_refer(user, found)), None)
    initial = {"reason": suggestion.reason} if suggestion else {"reason": "manager"}
    form = ReferralForm(posted(request), meetings=meetings, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.refer_child(user, found, data["reason"], data["note"], data["meeting"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s referred to the risk panel") % {"name": found.full_name})
            return redirect("safety:child", found.pk)
    return _form_page(request, found, form, _("Refer to the risk panel"), suggestion=suggestion)


@require_http_methods(["GET", "POST"])
def mappa_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _open(request, pk, "record MAPPA", write=True)
    form = MappaForm(posted(request), initial={"started_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.save_mappa(request.user, found, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("MAPPA recorded"))
            return redirect("safety:child", found.pk)
    return _form_page(request, found, form, _("Record MAPPA management"))


def _child_record(request: HttpRequest, model: Any, pk: int, page: str) -> tuple[Child, Any]:
    access.require_caseworker(request.user)  # type: ignore[arg-type]
    record = model.objects.filter(pk=pk, service_id=request.user.service_id, archived_at__isnull=True).first()  # type: ignore[union-attr]
    if record is None:
        raise Http404
    return open_child(request, record.child_id, page, write=True), record


def _edit_page(
    request: HttpRequest, model: Any, pk: int, page: str, save: Any, done: str, title: str, exploitation: bool = False
) -> HttpResponse:
    """Change a saved record from a form that carries the version it was opened at; a save from a stale page
    is refused, keeping what the user typed and showing the record as it is saved now beside it."""
    found, record = _child_record(request, model, pk, page)
    if exploitation:
        access.require_exploitation_reader(request.user, found)  # type: ignore[arg-type]
    form_class = MappaForm if model is MappaRecord else NrmForm
    form = form_class(posted(request), instance=model.objects.get(pk=record.pk))
    conflicts: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            save(request.user, found, form.cleaned_data, record, form.cleaned_data.get("version") or 0)
        except StaleRecordError as error:
            conflicts = apply_stale_refusal(form, error, model.objects.get(pk=record.pk))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect("safety:child", found.pk)
    return _form_page(request, found, form, title, conflicts=conflicts)


@require_http_methods(["GET", "POST"])
def mappa_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit_page(
        request, MappaRecord, pk, "change MAPPA", services.save_mappa, _("MAPPA saved"), _("Change MAPPA management")
    )


@require_http_methods(["GET", "POST"])
def screening_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _open(request, pk, "record an exploitation screening", write=True)
    access.require_exploitation_reader(request.user, found)  # type: ignore[arg-type]
    form = ScreeningForm(posted(request), initial={"screened_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.record_screening(request.user, found, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Exploitation screening recorded"))
            return redirect("safety:child", found.pk)
    return _form_page(request, found, form, _("Screen for exploitation"))


@require_http_methods(["GET", "POST"])
def nrm_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _open(request, pk, "record an NRM referral", write=True)
    access.require_exploitation_reader(request.user, found)  # type: ignore[arg-type]
    form = NrmForm(posted(request), initial={"referred_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.save_nrm_referral(request.user, found, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("National referral mechanism referral recorded"))
            return redirect("safety:child", found.pk)
    return _form_page(request, found, form, _("Refer to the national referral mechanism"))


@require_http_methods(["GET", "POST"])
def nrm_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit_page(
        request,
        NrmReferral,
        pk,
        "change an NRM referral",
        services.save_nrm_referral,
        _("National referral mechanism referral saved"),
        _("Record the national referral mechanism's decisions"),
        exploitation=True,
    )


@require_http_methods(["GET", "POST"])
def contingency_review(request: HttpRequest, pk: int) -> HttpResponse:
    access.require_caseworker(request.user)  # type: ignore[arg-type]
    plan = get_plan_for_user(request.user, pk, write=True)  # type: ignore[arg-type]
    found = open_child(request, plan.intervention.child_id, "review a contingency", write=True)
    form = ContingencyReviewForm(posted(request), initial={"reviewed_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.review_contingency(request.user, plan, form.cleaned_data["reviewed_on"], form.cleaned_data["note"])  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Contingency review recorded"))
            return redirect("safety:child", found.pk)
    return _form_page(request, found, form, _("Record a review of the contingency"), plan=plan)


# Removing a record made in error


def _remove_page(
    request: HttpRequest,
    child: Child,
    remove: Callable[[str], None],
    done: str,
    title: str,
    explanation: str,
    button: str,
    refusal: str | None = None,
) -> HttpResponse:
    """Ask why the record is being removed, then remove it; `refusal` says why it may not be, instead of asking."""
    form = RemoveForm(posted(request))
    if refusal is None and request.method == "POST" and form.is_valid():
        try:
            remove(form.cleaned_data["reason"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect("safety:child", child.pk)
    context = child_context(
        request, child, SECTION, form=form, title=title, explanation=explanation, button=button, refusal=refusal
    )
    return render(request, "safety/remove.html", context)


@require_http_methods(["GET", "POST"])
def mappa_remove(request: HttpRequest, pk: int) -> HttpResponse:
    found, record = _child_record(request, MappaRecord, pk, "remove MAPPA")
    return _remove_page(
        request,
        found,
        lambda reason: services.remove_mappa(request.user, record, reason),  # type: ignore[arg-type]
        _("MAPPA management has been removed from the record"),
        _("Are you sure you want to remove the MAPPA management from %(day)s from the record?")
        % {"day": long_date(record.started_on)},
        _(
            "Remove MAPPA management only if it was recorded in error: if it has ended, change it and give the date it "
            "ended. Once removed, the child is no longer marked as managed under MAPPA. What was recorded stays in the "
            "record's history."
        ),
        _("Remove MAPPA management"),
    )


@require_http_methods(["GET", "POST"])
def screening_remove(request: HttpRequest, pk: int) -> HttpResponse:
    found, screening = _child_record(request, ExploitationScreening, pk, "remove an exploitation screening")
    access.require_exploitation_reader(request.user, found)  # type: ignore[arg-type]
    return _remove_page(
        request,
        found,
        lambda reason: services.remove_screening(request.user, screening, reason),  # type: ignore[arg-type]
        _("The exploitation screening has been removed from the record"),
        _("Are you sure you want to remove the exploitation screening of %(day)s from the record?")
        % {"day": long_date(screening.screened_on)},
        _(
            "Remove a screening only if it was recorded in error. It then no longer counts in the children at risk of "
            "exploitation. What was recorded stays in the record's history."
        ),
        _("Remove screening"),
    )


@require_http_methods(["GET", "POST"])
def nrm_remove(request: HttpRequest, pk: int) -> HttpResponse:
    found, record = _child_record(request, NrmReferral, pk, "remove an NRM referral")
    access.require_exploitation_reader(request.user, found)  # type: ignore[arg-type]
    return _remove_page(
        request,
        found,
        lambda reason: services.remove_nrm_referral(request.user, record, reason),  # type: ignore[arg-type]
        _("The national referral mechanism referral has been removed from the record"),
        _("Are you sure you want to remove the national referral mechanism referral of %(day)s from the record?")
        % {"day": long_date(record.referred_on)},
        _(
            "Remove a referral only if it was recorded in error: for a referral that was made, record the mechanism's "
            "decisions instead. What was recorded stays in the record's history."
        ),
        _("Remove referral"),
    )


@require_http_methods(["GET", "POST"])
def referral_remove(request: HttpRequest, pk: int) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    referral = access.get_referral_for_user(user, pk)
    found = open_child(request, referral.child_id, "remove a risk panel referral", write=True)
    return _remove_page(
        request,
        found,
        lambda reason: services.remove_referral(user, referral, reason),
        _("The risk panel referral has been removed from the record"),
        _("Are you sure you want to remove the risk panel referral of %(day)s from the record?")
        % {"day": long_date(referral.referred_on)},
        _(
            "Remove a referral only if it was made in error, before the panel has heard it. The child is then no "
            "longer waiting for the panel. What was recorded stays in the record's history."
        ),
        _("Remove referral"),
        refusal=services.referral_removal_refusal(referral),
    )


urlpatterns = [
    path("children/<int:pk>/", child, name="child"),
    path("children/<int:pk>/refer/", refer, name="refer"),
    path("children/<int:pk>/mappa/", mappa_new, name="mappa_new"),
    path("mappa/<int:pk>/", mappa_edit, name="mappa_edit"),
    path("mappa/<int:pk>/remove/", mappa_remove, name="mappa_remove"),
    path("children/<int:pk>/screenings/new/", screening_new, name="screening_new"),
    path("screenings/<int:pk>/remove/", screening_remove, name="screening_remove"),
    path("children/<int:pk>/nrm/new/", nrm_new, name="nrm_new"),
    path("nrm/<int:pk>/", nrm_edit, name="nrm_edit"),
    path("nrm/<int:pk>/remove/", nrm_remove, name="nrm_remove"),
    path("referrals/<int:pk>/remove/", referral_remove, name="referral_remove"),
    path("plans/<int:pk>/contingency/", contingency_review, name="contingency_review"),
]
