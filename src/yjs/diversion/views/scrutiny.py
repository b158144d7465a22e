"""The scrutiny panel's pages: its samples, drawing a new one, a sample's decisions and a finding on each.

Only scrutineers (managers and auditors, access.may_scrutinise) open these pages; another service's
samples are out of scope (404).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors, form_after_stale
from yjs.diversion import access
from yjs.diversion.models import ScrutinyItem, ScrutinySample
from yjs.diversion.report_forms import DEFAULT_SAMPLE_SIZE, ScrutinyDrawForm, ScrutinyFindingForm
from yjs.diversion.services import scrutiny as services
from yjs.diversion.vocabularies import ScrutinyFinding

SAMPLES_PER_PAGE = 25


def _scrutineer(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_scrutinise(user):
        raise PermissionDenied
    return user


def _samples(user: User) -> QuerySet[ScrutinySample]:
    return ScrutinySample.objects.filter(service_id=user.service_id, archived_at__isnull=True)


def _item_for_user(user: User, pk: int) -> ScrutinyItem:
    items = ScrutinyItem.objects.filter(service_id=user.service_id, archived_at__isnull=True).select_related(
        "sample",
        "notification__child",
        "notification__proposal",
        "notification__panel_decision",
    )
    return get_object_or_404(items, pk=pk)


@require_GET
def samples(request: HttpRequest) -> HttpResponse:
    user = _scrutineer(request)
    found = _samples(user).annotate(reviewed=Count("items", filter=~Q(items__finding=""))).order_by("-drawn_on", "-pk")
    page = paginate(request, found, SAMPLES_PER_PAGE)
    return render(request, "diversion/scrutiny/samples.html", {"page": page})


@require_http_methods(["GET", "POST"])
def draw(request: HttpRequest) -> HttpResponse:
    user = _scrutineer(request)
    form = ScrutinyDrawForm(posted(request), initial={"size": DEFAULT_SAMPLE_SIZE})
    if request.method == "POST" and form.is_valid():
        asked = form.cleaned_data["size"]
        try:
            sample = services.draw_sample(user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Sample drawn with seed %(seed)s") % {"seed": sample.seed})
            if sample.size < asked:
                messages.info(
                    request,
                    _("There were only %(count)s finished decisions between these dates, so the sample has them all.")
                    % {"count": sample.size},
                )
            return redirect(sample)
    return render(request, "diversion/scrutiny/draw.html", {"form": form})


def _summary(items: list[ScrutinyItem]) -> list[tuple[str, int]]:
    counts = [(str(finding.label), sum(1 for item in items if item.finding == finding)) for finding in ScrutinyFinding]
    return [*counts, (_("Not reviewed yet"), sum(1 for item in items if not item.finding))]


@require_GET
def sample(request: HttpRequest, pk: int) -> HttpResponse:
    user = _scrutineer(request)
    found = get_object_or_404(_samples(user), pk=pk)
    items = list(
        found.items.filter(archived_at__isnull=True).select_related(
            "notification__child", "notification__proposal", "notification__panel_decision"
        )
    )
    for item in items:
        if item.notification.child_id:
            record_view(user, item.notification.child_id, f"Scrutiny sample: {found}")
    context = {
        "sample": found,
        "items": items,
        "reviewed": sum(1 for item in items if item.finding),
        "summary": _summary(items),
    }
    return render(request, "diversion/scrutiny/sample.html", context)


@require_http_methods(["GET", "POST"])
def finding(request: HttpRequest, pk: int) -> HttpResponse:
    user = _scrutineer(request)
    item = _item_for_user(user, pk)
    if request.method == "GET" and item.notification.child_id:
        record_view(user, item.notification.child_id, f"Scrutiny finding: {item.sample}")
    initial = {"finding": item.finding or None, "comment": item.comment, "version": item.version}
    form = ScrutinyFindingForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_finding(
                user, item, finding=data["finding"], comment=data["comment"], expected_version=data["version"]
            )
        except StaleRecordError as error:
            item = _item_for_user(user, pk)
            form = form_after_stale(ScrutinyFindingForm, request, error, item.version)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Finding saved"))
            return redirect(item.sample)
    return render(request, "diversion/scrutiny/finding.html", {"form": form, "item": item})


urlpatterns = [
    path("scrutiny/", samples, name="scrutiny"),
    path("scrutiny/new/", draw, name="scrutiny_draw"),
    path("scrutiny/<int:pk>/", sample, name="scrutiny_sample"),
    path("scrutiny/items/<int:pk>/", finding, name="scrutiny_finding"),
]
