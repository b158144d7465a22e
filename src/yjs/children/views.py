"""Pages for finding a child and reading or changing their record. Each fetches and authorises, calls a
selector or a service, and renders; every page that shows a child's record writes an access-log row."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from yjs.children import services
from yjs.children.forms import CarerEditForm, CarerForm, ChildForm, RemoveCarerForm, SearchForm
from yjs.children.history import record_history
from yjs.children.models import Carer, Child
from yjs.children.queries import get_carer_of_child, get_child_for_user, may_change_casework, siblings_visible_to
from yjs.children.record_pages import apply_stale_refusal, child_context, mark_children, open_child, posted
from yjs.children.selectors import child_overview, search_children
from yjs.children.timeline import PAGE, child_timeline
from yjs.core.access_log import views_of_child
from yjs.core.concurrency import StaleRecordError
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    if not request.user.may_open_child_records:  # type: ignore[union-attr]
        raise PermissionDenied
    form = SearchForm(request.GET or None)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    page = paginate(request, search_children(request.user, text)) if text else None  # type: ignore[arg-type]
    if page is not None:
        page.object_list = mark_children(request.user, page.object_list)
    return render(
        request,
        "children/search.html",
        {
            "form": form,
            "query": text,
            "page_obj": page,
            "may_change": may_change_casework(request.user),  # type: ignore[arg-type]
        },
    )


@require_safe
def record(request: HttpRequest, pk: int) -> HttpResponse:
    child = open_child(request, pk, "overview")
    overview = child_overview(request.user, child)  # type: ignore[arg-type]
    groups = [
        (_("Open interventions"), overview.open_interventions),
        (_("Closed interventions"), overview.closed_interventions),
    ]
    return render(
        request,
        "children/record.html",
        child_context(
            request,
            child,
            "overview",
            overview=overview,
            intervention_groups=groups,
            siblings=siblings_visible_to(request.user, child),  # type: ignore[arg-type]
        ),
    )


@require_safe
def timeline(request: HttpRequest, pk: int) -> HttpResponse:
    child = open_child(request, pk, "timeline")
    try:
        limit = int(request.GET.get("show", PAGE))
    except ValueError:
        limit = PAGE
    events = child_timeline(request.user, child, limit)  # type: ignore[arg-type]
    return render(request, "children/timeline.html", child_context(request, child, "timeline", timeline=events, step=PAGE))


@require_safe
def history(request: HttpRequest, pk: int) -> HttpResponse:
    child = open_child(request, pk, "history")
    page = paginate(request, record_history(request.user, child))  # type: ignore[arg-type]
    return render(request, "children/history.html", child_context(request, child, "history", page_obj=page))


@require_safe
def access_log(request: HttpRequest, pk: int) -> HttpResponse:
    # Who has looked at a child is itself sensitive: managers answer for it, so only they see it.
    if not getattr(request.user, "is_manager", False):
        raise PermissionDenied
    child = open_child(request, pk, "viewed by")
    page = paginate(request, views_of_child(child.pk))
    return render(request, "children/access_log.html", child_context(request, child, "access_log", page_obj=page))


def new(request: HttpRequest) -> HttpResponse:
    if not may_change_casework(request.user):  # type: ignore[arg-type]
        raise PermissionDenied
    form = ChildForm(posted(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            child = services.create_child(request.user, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s's record has been created.") % {"name": child.full_name})
            return redirect(child)
    return render(request, "children/child_new.html", {"form": form})


def edit(request: HttpRequest, pk: int) -> HttpResponse:
    child = open_child(request, pk, "edit details", write=True)
    form = ChildForm(posted(request), instance=child, user=request.user)
    saved: Child | None = None
    conflicts: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.update_child(request.user, child, form.cleaned_data, form.cleaned_data["version"] or 0)  # type: ignore[arg-type]
        except StaleRecordError as error:
            saved = get_child_for_user(request.user, pk, write=True)  # type: ignore[arg-type]
            conflicts = apply_stale_refusal(form, error, saved)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s's details have been saved.") % {"name": child.full_name})
            return redirect(child)
    if saved is None:
        child.refresh_from_db()  # the form's validation wrote the user's input onto the instance
    shown = saved or child
    return render(
        request, "children/child_form.html", child_context(request, shown, "overview", form=form, conflicts=conflicts)
    )


def carer_new(request: HttpRequest, pk: int) -> HttpResponse:
    child = open_child(request, pk, "add a carer", write=True)
    form = CarerForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            carer = services.add_carer(request.user, child, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s has been added.") % {"name": carer.name})
            return redirect(child)
    return render(request, "children/carer_form.html", child_context(request, child, "overview", form=form))


def carer_edit(request: HttpRequest, pk: int, carer_pk: int) -> HttpResponse:
    child = open_child(request, pk, "change a carer", write=True)
    carer = get_carer_of_child(child, carer_pk)
    form = CarerEditForm(posted(request), instance=carer)
    saved: Carer | None = None
    conflicts: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.update_carer(request.user, carer, form.cleaned_data, form.cleaned_data["version"] or 0)  # type: ignore[arg-type]
        except StaleRecordError as error:
            saved = get_carer_of_child(child, carer_pk)
            conflicts = apply_stale_refusal(form, error, saved)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s's details have been saved.") % {"name": carer.name})
            return redirect(child)
    if saved is None:
        carer.refresh_from_db()  # the form's validation wrote the user's input onto the instance
    context = child_context(request, child, "overview", form=form, carer=saved or carer, conflicts=conflicts)
    return render(request, "children/carer_form.html", context)


def carer_archive(request: HttpRequest, pk: int, carer_pk: int) -> HttpResponse:
    child = open_child(request, pk, "remove a carer", write=True)
    carer = get_carer_of_child(child, carer_pk)
    form = RemoveCarerForm(posted(request))
    if request.method == "POST" and form.is_valid():
        services.remove_carer(request.user, carer, form.cleaned_data["reason"])  # type: ignore[arg-type]
        messages.success(request, _("%(name)s has been removed from the record.") % {"name": carer.name})
        return redirect(child)
    return render(request, "children/carer_archive.html", child_context(request, child, "overview", form=form, carer=carer))
