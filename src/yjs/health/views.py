"""The health tab on the child's record and its forms.

Each view checks the role (403), fetches and authorises the child (404 out of scope, access logged), then
calls the service.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from yjs.children.models import Child
from yjs.children.record_pages import apply_stale_refusal, child_context, open_child, posted, remove_record_page
from yjs.core.concurrency import StaleRecordError
from yjs.core.refusals import add_service_errors
from yjs.health import access, services
from yjs.health.forms import InterventionForm
from yjs.health.models import HealthIntervention
from yjs.health.vocabularies import Need

SECTION = "health"


def _child(request: HttpRequest, pk: int, page: str, *, record: bool = False) -> Child:
    user = request.user
    if not (access.may_record(user) if record else access.may_read_child_area(user)):  # type: ignore[arg-type]
        raise PermissionDenied
    return open_child(request, pk, page)


def _back(child: Child) -> str:
    return reverse("health:child", args=[child.pk])


def _intervention(child: Child, pk: int) -> HealthIntervention:
    return get_object_or_404(HealthIntervention.objects.filter(child=child, archived_at__isnull=True), pk=pk)


@require_safe
def child(request: HttpRequest, pk: int) -> HttpResponse:
    record = _child(request, pk, "health")
    interventions = list(HealthIntervention.objects.filter(child=record, archived_at__isnull=True))
    needs = [
        {
            "need": need,
            "identified": record.mental_health_concern if need == Need.MENTAL_HEALTH else record.substance_misuse,
            "interventions": [i for i in interventions if i.need == need],
        }
        for need in Need
    ]
    context = child_context(
        request,
        record,
        SECTION,
        needs=needs,
        may_record=access.may_record(request.user),  # type: ignore[arg-type]
    )
    return render(request, "health/child.html", context)


def _form(request: HttpRequest, child: Child, title: str, done: str, instance: HealthIntervention | None) -> HttpResponse:
    form = InterventionForm(posted(request), instance=instance)
    conflicts: list[tuple[str, str]] = []
    saved = None
    if request.method == "POST" and form.is_valid():
        try:
            if instance is None:
                services.record_intervention(request.user, child, form.cleaned_data)  # type: ignore[arg-type]
            else:
                version = form.cleaned_data.get("version") or 0
                services.change_intervention(request.user, instance, form.cleaned_data, version)  # type: ignore[arg-type]
        except StaleRecordError as error:
            saved = _intervention(child, instance.pk)  # type: ignore[union-attr]
            conflicts = apply_stale_refusal(form, error, saved)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(_back(child))
    if instance is not None and saved is None:
        instance.refresh_from_db()  # the form's validation wrote the user's input onto the instance
    context = child_context(request, child, SECTION, form=form, title=title, conflicts=conflicts, cancel=_back(child))
    return render(request, "health/intervention_form.html", context)


def intervention_new(request: HttpRequest, pk: int) -> HttpResponse:
    record = _child(request, pk, "record a health intervention", record=True)
    return _form(request, record, _("Record a health intervention"), _("The intervention has been recorded."), None)


def intervention_edit(request: HttpRequest, pk: int, intervention_pk: int) -> HttpResponse:
    record = _child(request, pk, "change a health intervention", record=True)
    found = _intervention(record, intervention_pk)
    return _form(request, record, _("Change a health intervention"), _("The intervention has been saved."), found)


def intervention_remove(request: HttpRequest, pk: int, intervention_pk: int) -> HttpResponse:
    record = _child(request, pk, "remove a health intervention", record=True)
    found = _intervention(record, intervention_pk)
    return remove_record_page(
        request,
        found,
        lambda reason: services.remove_intervention(request.user, found, reason),  # type: ignore[arg-type]
        section=SECTION,
        back="health:child",
        done=_("The intervention has been removed from the record."),
        title=_("Are you sure you want to remove %(name)s from the record?") % {"name": found},
        explanation=_(
            "Remove an intervention only if it was recorded in error. What was recorded stays in the record's history."
        ),
        button=_("Remove intervention"),
    )
