"""Intake pages: a notification typed in, the review queue of uncertain matches, and withdrawing."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.models import Child
from yjs.children.record_pages import posted
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.diversion import access
from yjs.diversion.forms_intake import GRAVITY_MEANINGS, MatchForm, NotificationForm, WithdrawForm
from yjs.diversion.models import Notification
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.services.intake import choose_match, record_notification, withdraw_notification
from yjs.diversion.views.notification import get_notification_for_user
from yjs.diversion.vocabularies import Stage


def _must_work(request: HttpRequest) -> None:
    if not access.may_work_pipeline(request.user):  # type: ignore[arg-type]
        raise PermissionDenied


@require_http_methods(["GET", "POST"])
def notify(request: HttpRequest) -> HttpResponse:
    _must_work(request)
    form = NotificationForm(posted(request), service_id=request.user.service_id)  # type: ignore[union-attr]
    if form.is_valid():
        try:
            notification = record_notification(request.user, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Notification %(ref)s saved.") % {"ref": notification.police_reference})
            return redirect(notification)
    return render(request, "diversion/intake/notify.html", {"form": form, "gravity_meanings": GRAVITY_MEANINGS})


def _candidates_of(user: object, notifications: list[Notification]) -> dict[int, Child]:
    """The candidate children of these notifications, each viewing written to the access log."""
    ids = {pk for notification in notifications for pk in notification.candidate_ids}
    children = Child.objects.filter(
        pk__in=ids,
        service_id=user.service_id,
        archived_at__isnull=True,  # type: ignore[attr-defined]
    ).select_related("local_authority")
    found = {child.pk: child for child in children}
    for child in found.values():
        record_view(user, child.pk, "Out-of-court match review")  # type: ignore[arg-type]
    return found


@require_GET
def matches(request: HttpRequest) -> HttpResponse:
    _must_work(request)
    waiting = (
        access.notifications_visible_to(request.user)  # type: ignore[arg-type]
        .filter(stage=Stage.MATCHING)
        .select_related("local_authority")
        .order_by("notified_on", "pk")
    )
    page = paginate(request, waiting)
    found = _candidates_of(request.user, list(page))
    rows = [(item, [found[pk] for pk in item.candidate_ids if pk in found]) for item in page]
    return render(request, "diversion/intake/matches.html", {"page": page, "rows": rows})


@require_http_methods(["GET", "POST"])
def match(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_notification_for_user(request, pk, work=True)
    if item.stage != Stage.MATCHING:
        messages.error(request, _("This notification is not awaiting a match review: it has already been matched."))
        return redirect(item)
    found = _candidates_of(request.user, [item])
    candidates = [found[pk] for pk in item.candidate_ids if pk in found]
    form = MatchForm(posted(request), candidates=candidates, initial={"version": item.version})
    if form.is_valid():
        chosen = form.cleaned_data["child"]
        child = None if chosen == MatchForm.NEW else found[int(chosen)]
        try:
            choose_match(item, request.user, child, form.cleaned_data["version"])  # type: ignore[arg-type]
        except (StaleRecordError, TransitionRefused) as error:
            messages.error(request, str(error))
            return redirect(item)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Matched: screening requests have been sent to the partner agencies."))
            return redirect(item)
    context = {"notification": item, "candidates": candidates, "form": form}
    return render(request, "diversion/intake/match.html", context)


@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_notification_for_user(request, pk, work=True)
    if not item.is_open:
        messages.error(request, _("This notification is closed: it cannot be withdrawn."))
        return redirect(item)
    form = WithdrawForm(posted(request), initial={"version": item.version})
    if form.is_valid():
        try:
            withdraw_notification(item, request.user, form.cleaned_data["reason"], form.cleaned_data["version"])  # type: ignore[arg-type]
        except (StaleRecordError, TransitionRefused) as error:
            messages.error(request, str(error))
            return redirect(item)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Notification %(ref)s withdrawn.") % {"ref": item.police_reference})
            return redirect(item)
    return render(request, "diversion/intake/withdraw.html", {"notification": item, "form": form})


urlpatterns = [
    path("notifications/new/", notify, name="notify"),
    path("matches/", matches, name="matches"),
    path("notifications/<int:pk>/match/", match, name="match"),
    path("notifications/<int:pk>/withdraw/", withdraw, name="withdraw"),
]
