"""Parenting and feedback pages: each fetches and authorises through queries or open_child, calls a service, and renders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.models import Child
from yjs.children.record_pages import child_context, open_child, posted, remove_record_page
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.lib.suppression import FEWER_THAN_FIVE, WITHHELD
from yjs.parenting import access, queries, services
from yjs.parenting.feedback_figures import feedback_section
from yjs.parenting.forms import FeedbackForm, ProgrammeForm, ProgressForm, ReferralForm, StatusFilterForm
from yjs.parenting.models import ParentingProgramme
from yjs.performance.forms import PeriodForm
from yjs.performance.panels import period_label

SECTION = "parenting"
COMMENTS_PER_PAGE = 20


def _child(request: HttpRequest, pk: int, page: str, write: bool = False) -> Child:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_read_child_area(user) or (write and not access.may_record(user)):
        raise PermissionDenied
    return open_child(request, pk, page, write=write)


@require_GET
def child(request: HttpRequest, pk: int) -> HttpResponse:
    found = _child(request, pk, "parents and feedback")
    referrals = found.parenting_referrals.filter(archived_at__isnull=True).select_related("carer", "programme")
    feedback = found.feedback_responses.filter(archived_at__isnull=True).select_related(
        "carer", "intervention__outcome__outcome_type"
    )
    context = child_context(
        request,
        found,
        SECTION,
        referrals=referrals,
        feedback=feedback,
        may_record=access.may_record(request.user),  # type: ignore[arg-type]
        has_carers=queries.carers_of(found).exists(),
        has_interventions=queries.interventions_of(found).exists(),
    )
    return render(request, "parenting/child.html", context)


@require_http_methods(["GET", "POST"])
def referral_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _child(request, pk, "refer a parent or carer", write=True)
    form = ReferralForm(posted(request), child=found, initial={"referred_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.refer_parent(request.user, found, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Parenting referral recorded"))
            return redirect("parenting:child", found.pk)
    context = child_context(request, found, SECTION, form=form, title=_("Refer a parent or carer"))
    return render(request, "parenting/child_form.html", context)


@require_http_methods(["GET", "POST"])
def referral_progress(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    referral = queries.get_referral_for_user(user, pk, write=True)
    record_view(user, referral.child_id, "parenting referral")
    form = ProgressForm(posted(request), instance=queries.get_referral_for_user(user, pk, write=True))
    if request.method == "POST" and form.is_valid():
        try:
            services.record_progress(user, referral, form.cleaned_data, form.cleaned_data.get("version") or 0)
        except StaleRecordError as error:
            form.add_error(None, str(error))
            form.data = form.data.copy()
            form.data["version"] = str(type(referral).objects.get(pk=referral.pk).version)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Attendance and progress saved"))
            return redirect("parenting:child", referral.child_id)
    title = _("Attendance and progress: %(referral)s") % {"referral": referral}
    context = child_context(request, referral.child, SECTION, form=form, title=title, referral=referral)
    return render(request, "parenting/child_form.html", context)


@require_http_methods(["GET", "POST"])
def feedback_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _child(request, pk, "record feedback", write=True)
    form = FeedbackForm(posted(request), child=found, initial={"given_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.record_feedback(request.user, found, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Feedback recorded"))
            return redirect("parenting:child", found.pk)
    context = child_context(request, found, SECTION, form=form, title=_("Record feedback"))
    return render(request, "parenting/child_form.html", context)


def _refuse_stale(form: Any, record: Any, error: StaleRecordError) -> None:
    """Keep what the user typed, say why, and carry the saved version so that saving again is deliberate."""
    form.add_error(None, str(error))
    form.data = form.data.copy()
    form.data["version"] = str(type(record).objects.get(pk=record.pk).version)


def _change(
    request: HttpRequest, record: Any, form: Any, save: Callable[[dict[str, Any]], Any], done: str, title: str
) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
        except StaleRecordError as error:
            _refuse_stale(form, record, error)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect("parenting:child", record.child_id)
    context = child_context(request, record.child, SECTION, form=form, title=title)
    return render(request, "parenting/child_form.html", context)


def _remove(
    request: HttpRequest, record: Any, remove: Callable[[str], None], done: str, title: str, explanation: str
) -> HttpResponse:
    return remove_record_page(
        request, record, remove, section=SECTION, back="parenting:child", done=done, title=title, explanation=explanation
    )


@require_http_methods(["GET", "POST"])
def referral_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    referral = queries.get_referral_for_user(user, pk, write=True)
    record_view(user, referral.child_id, "change a parenting referral")
    form = ReferralForm(posted(request), child=referral.child, instance=queries.get_referral_for_user(user, pk, write=True))

    def save(data: dict[str, Any]) -> None:
        services.change_referral(user, referral, data, data.get("version") or 0)

    title = _("Change the referral of %(name)s") % {"name": referral.carer.name}
    return _change(request, referral, form, save, _("Parenting referral saved"), title)


@require_http_methods(["GET", "POST"])
def referral_remove(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    referral = queries.get_referral_for_user(user, pk, write=True)
    record_view(user, referral.child_id, "remove a parenting referral")
    return _remove(
        request,
        referral,
        lambda reason: services.remove_referral(user, referral, reason),
        _("The parenting referral has been removed from the record"),
        _("Are you sure you want to remove the referral of %(name)s from the record?") % {"name": referral.carer.name},
        _(
            "Remove a referral only if it was recorded in error: if the parent or carer turned it down or stopped, "
            "record that as its status instead. What was recorded stays in the record's history."
        ),
    )


@require_http_methods(["GET", "POST"])
def feedback_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    response = queries.get_feedback_for_user(user, pk)
    record_view(user, response.child_id, "change feedback")
    form = FeedbackForm(posted(request), child=response.child, instance=queries.get_feedback_for_user(user, pk))

    def save(data: dict[str, Any]) -> None:
        services.change_feedback(user, response, data, data.get("version") or 0)

    return _change(request, response, form, save, _("Feedback saved"), _("Change feedback"))


@require_http_methods(["GET", "POST"])
def feedback_remove(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    response = queries.get_feedback_for_user(user, pk)
    record_view(user, response.child_id, "remove feedback")
    given = _("the feedback given on %(day)s") % {"day": f"{response.given_on:%-d %b %Y}"}
    return _remove(
        request,
        response,
        lambda reason: services.remove_feedback(user, response, reason),
        _("The feedback has been removed from the record"),
        _("Are you sure you want to remove %(given)s from the record?") % {"given": given},
        _(
            "Remove feedback only if it was recorded in error. It then no longer counts in the feedback figures. "
            "What was recorded stays in the record's history."
        ),
    )


@require_GET
def referrals(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_read_referrals(user):
        raise PermissionDenied
    filters = StatusFilterForm(request.GET or None)
    found = queries.referrals_visible_to(user)
    status = filters.cleaned_data.get("status") if filters.is_valid() else ""
    if status:
        found = found.filter(status=status)
    sort = request.GET.get("sort", "referred_on")
    sort = sort if sort in queries.REFERRAL_SORTS else "referred_on"
    column = queries.REFERRAL_SORTS[sort]
    found = found.order_by(column if sort != "referred_on" else f"-{column}", "-pk")
    context = {
        "filters": filters,
        "page": paginate(request, found),
        "counts": queries.referral_counts(user),
        "programmes": ParentingProgramme.objects.filter(service_id=user.service_id),
        "may_keep_programmes": access.may_keep_programmes(user),
        "may_read_feedback": access.may_read_feedback_analysis(user),
        "sort": sort,
    }
    return render(request, "parenting/referrals.html", context)


@require_http_methods(["GET", "POST"])
def programme_new(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_keep_programmes(user):
        raise PermissionDenied
    form = ProgrammeForm(posted(request), service_id=user.service_id, initial={"in_use": True})  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        try:
            programme = services.add_programme(user, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s added") % {"name": programme.name})
            return redirect("parenting:referrals")
    return render(request, "parenting/programme_form.html", {"form": form, "title": _("Add a parenting programme")})


@require_http_methods(["GET", "POST"])
def programme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    programme = queries.get_programme_for_user(user, pk)
    form = ProgrammeForm(posted(request), service_id=user.service_id, instance=queries.get_programme_for_user(user, pk))  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        try:
            programme = services.change_programme(user, programme, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s saved") % {"name": programme.name})
            return redirect("parenting:referrals")
    title = _("Change %(name)s") % {"name": programme.name}
    return render(request, "parenting/programme_form.html", {"form": form, "title": title})


@require_GET
def feedback(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_read_feedback_analysis(user):
        raise PermissionDenied
    form = PeriodForm(request.GET or None, today=timezone.localdate())
    quarter = form.quarter()
    protect = not access.sees_comments(user)
    assert user.service is not None
    section = feedback_section(user.service, quarter, protect=protect)
    comments = None
    if access.sees_comments(user):
        window = queries.feedback_visible_to(user).filter(given_on__gte=quarter.previous(3).start, given_on__lte=quarter.end)
        comments = paginate(request, queries.with_comments(window), COMMENTS_PER_PAGE)
    context = {
        "form": form,
        "quarter": quarter,
        "period": period_label(quarter),
        "section": section,
        "comments": comments,
        "protect": protect,
        "fewer_than_five": FEWER_THAN_FIVE,
        "withheld": WITHHELD,
        "dashboard_url": reverse("performance:dashboard"),
    }
    return render(request, "parenting/feedback.html", context)
