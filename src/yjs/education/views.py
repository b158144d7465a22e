"""The education pages: the child's education tab, its forms, and the service view.

Each view checks the role (403), fetches and authorises the child (404 out of scope, access logged), then
calls a selector or a service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from yjs.children.models import Child
from yjs.children.record_pages import apply_stale_refusal, child_context, open_child, posted, remove_record_page
from yjs.core.concurrency import StaleRecordError
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.education import access, selectors, services
from yjs.education.entitlement import HOURS_BANDS, post_16_full_time_hours, school_age_ends
from yjs.education.forms import ExclusionForm, PlacementForm
from yjs.education.models import EducationPlacement, Exclusion

SECTION = "education"


def _child(request: HttpRequest, pk: int, page: str, *, record: bool = False) -> Child:
    user = request.user
    if not (access.may_record(user) if record else access.may_read_child_area(user)):  # type: ignore[arg-type]
        raise PermissionDenied
    return open_child(request, pk, page)


def _back(child: Child) -> str:
    return reverse("education:child", args=[child.pk])


@require_safe
def child(request: HttpRequest, pk: int) -> HttpResponse:
    record = _child(request, pk, "education")
    today = timezone.localdate()
    context = child_context(
        request,
        record,
        SECTION,
        education=selectors.child_education(record, today),
        school_age_ends=school_age_ends(record.date_of_birth),
        post_16_hours=post_16_full_time_hours(),
        may_record=access.may_record(request.user),  # type: ignore[arg-type]
    )
    return render(request, "education/child.html", context)


def _record_form(
    request: HttpRequest,
    child: Child,
    form_class: type[PlacementForm] | type[ExclusionForm],
    save: Callable[[Any], Any],
    done: str,
    title: str,
    instance: Any = None,
    refetch: Callable[[], Any] | None = None,
) -> HttpResponse:
    form = form_class(posted(request), instance=instance)
    conflicts: list[tuple[str, str]] = []
    saved = None
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
        except StaleRecordError as error:
            saved = refetch() if refetch else None
            conflicts = apply_stale_refusal(form, error, saved)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(_back(child))
    if instance is not None and saved is None:
        instance.refresh_from_db()  # the form's validation wrote the user's input onto the instance
    context = child_context(request, child, SECTION, form=form, title=title, conflicts=conflicts, cancel=_back(child))
    return render(request, "education/record_form.html", context)


def placement_new(request: HttpRequest, pk: int) -> HttpResponse:
    record = _child(request, pk, "record an education placement", record=True)

    def save(data: dict[str, Any]) -> None:
        services.record_placement(request.user, record, data)  # type: ignore[arg-type]

    return _record_form(request, record, PlacementForm, save, _("The placement has been recorded."), _("Record a placement"))


def _placement(child: Child, pk: int) -> EducationPlacement:
    return get_object_or_404(EducationPlacement.objects.live().filter(child=child), pk=pk)


def placement_edit(request: HttpRequest, pk: int, placement_pk: int) -> HttpResponse:
    record = _child(request, pk, "change an education placement", record=True)
    placement = _placement(record, placement_pk)

    def save(data: dict[str, Any]) -> None:
        services.change_placement(request.user, placement, data, data.get("version") or 0)  # type: ignore[arg-type]

    return _record_form(
        request,
        record,
        PlacementForm,
        save,
        _("The placement has been saved."),
        _("Change a placement"),
        instance=placement,
        refetch=lambda: _placement(record, placement_pk),
    )


def _remove_page(
    request: HttpRequest, found: Any, remove: Callable[[str], None], done: str, explanation: str, button: str | None = None
) -> HttpResponse:
    return remove_record_page(
        request,
        found,
        remove,
        section=SECTION,
        back="education:child",
        done=done,
        title=_("Are you sure you want to remove %(name)s from the record?") % {"name": found},
        explanation=explanation,
        button=button,
    )


def placement_remove(request: HttpRequest, pk: int, placement_pk: int) -> HttpResponse:
    record = _child(request, pk, "remove an education placement", record=True)
    placement = _placement(record, placement_pk)
    return _remove_page(
        request,
        placement,
        lambda reason: services.remove_placement(request.user, placement, reason),  # type: ignore[arg-type]
        _("The placement has been removed from the record."),
        _(
            "Remove a placement only if it was recorded in error: to record that a placement ended, give it an end "
            "date instead. What was recorded stays in the record's history."
        ),
        _("Remove placement"),
    )


def exclusion_new(request: HttpRequest, pk: int) -> HttpResponse:
    record = _child(request, pk, "record an exclusion", record=True)

    def save(data: dict[str, Any]) -> None:
        services.record_exclusion(request.user, record, data)  # type: ignore[arg-type]

    return _record_form(
        request, record, ExclusionForm, save, _("The exclusion has been recorded."), _("Record a suspension or exclusion")
    )


def _exclusion(child: Child, pk: int) -> Exclusion:
    return get_object_or_404(Exclusion.objects.filter(child=child, archived_at__isnull=True), pk=pk)


def exclusion_edit(request: HttpRequest, pk: int, exclusion_pk: int) -> HttpResponse:
    record = _child(request, pk, "change an exclusion", record=True)
    exclusion = _exclusion(record, exclusion_pk)

    def save(data: dict[str, Any]) -> None:
        services.change_exclusion(request.user, exclusion, data, data.get("version") or 0)  # type: ignore[arg-type]

    return _record_form(
        request,
        record,
        ExclusionForm,
        save,
        _("The exclusion has been saved."),
        _("Change a suspension or exclusion"),
        instance=exclusion,
        refetch=lambda: _exclusion(record, exclusion_pk),
    )


def exclusion_remove(request: HttpRequest, pk: int, exclusion_pk: int) -> HttpResponse:
    record = _child(request, pk, "remove an exclusion", record=True)
    exclusion = _exclusion(record, exclusion_pk)
    return _remove_page(
        request,
        exclusion,
        lambda reason: services.remove_exclusion(request.user, exclusion, reason),  # type: ignore[arg-type]
        _("The exclusion has been removed from the record."),
        _(
            "Remove a suspension or exclusion only if it was recorded in error. What was recorded stays in the "
            "record's history."
        ),
    )


SORT_LABELS = (
    ("name", gettext_lazy("Name")),
    ("local_authority", gettext_lazy("Local authority")),
    ("age", gettext_lazy("Age")),
    ("hours", gettext_lazy("Hours offered")),
)


@require_safe
def overview(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not access.may_read_service_view(user):  # type: ignore[arg-type]
        raise PermissionDenied
    today = timezone.localdate()
    sort = request.GET.get("sort", selectors.DEFAULT_SORT)
    if sort not in selectors.SORTS:
        sort = selectors.DEFAULT_SORT
    counts = selectors.counts_by_local_authority(user.service_id, today)  # type: ignore[union-attr]
    page = paginate(request, selectors.tracked_children_for(user, today, sort))  # type: ignore[arg-type]
    for tracked in page:
        tracked.age = tracked.age_on(today)
    context = {
        "counts": counts,
        "total_not_full_time": sum(c.not_full_time for c in counts),
        "total_neet": sum(c.neet for c in counts),
        "page_obj": page,
        "sort": sort,
        "sorts": SORT_LABELS,
        "today": today,
        "bands": HOURS_BANDS,
    }
    return render(request, "education/overview.html", context)
