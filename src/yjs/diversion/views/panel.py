"""The joint decision panel's pages: its sittings, each case's decision, and escalated disagreements."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.access_log import record_view
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.core.roles import Role
from yjs.diversion import access, decision_rules, panel_queries
from yjs.diversion.forms_panel import DecisionForm, PanelMeetingForm, ResolutionForm
from yjs.diversion.models import Escalation, PanelMeeting
from yjs.diversion.pipeline import Action, TransitionRefused
from yjs.diversion.rules import DiversionRules, escalation_due
from yjs.diversion.services import panel as services
from yjs.diversion.views.notification import get_notification_for_user

PER_PAGE = 25


def _meeting_for_user(request: HttpRequest, pk: int, work: bool = False) -> PanelMeeting:
    user = request.user
    if not access.may_read_pipeline(user) or (work and not access.may_work_pipeline(user)):  # type: ignore[arg-type]
        raise PermissionDenied
    meetings = PanelMeeting.objects.filter(service_id=user.service_id, archived_at__isnull=True)  # type: ignore[union-attr]
    return get_object_or_404(meetings.select_related("chair"), pk=pk)


@require_GET
def panels(request: HttpRequest) -> HttpResponse:
    if not access.may_read_pipeline(request.user):  # type: ignore[arg-type]
        raise PermissionDenied
    today = timezone.localdate()
    page = paginate(request, panel_queries.panels_for(request.user), PER_PAGE)  # type: ignore[arg-type]
    context = {
        "page": page,
        "today": today,
        "waiting": panel_queries.waiting_for_panel(request.user.service_id),  # type: ignore[union-attr]
        "may_work": access.may_work_pipeline(request.user),  # type: ignore[arg-type]
    }
    return render(request, "diversion/panel/panels.html", context)


@require_http_methods(["GET", "POST"])
def panel_new(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not access.may_work_pipeline(user):  # type: ignore[arg-type]
        raise PermissionDenied
    last = PanelMeeting.objects.filter(service_id=user.service_id).order_by("-meeting_date").first()  # type: ignore[union-attr]
    suggested = decision_rules.next_panel_date(last.meeting_date if last else None, timezone.localdate())
    form = PanelMeetingForm(
        posted(request),
        chairs=services.chairs_for(user.service_id),  # type: ignore[union-attr]
        initial={"meeting_date": suggested, "chair": user.pk},  # type: ignore[union-attr]
    )
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.arrange_panel(user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Panel arranged"))
            return redirect(meeting)
    return render(request, "diversion/panel/panel_new.html", {"form": form})


@require_GET
def panel(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_user(request, pk)
    cases = list(panel_queries.cases_for_panel(meeting))
    context = {
        "meeting": meeting,
        "cases": cases,
        "may_work": access.may_work_pipeline(request.user),  # type: ignore[arg-type]
        "today": timezone.localdate(),
    }
    return render(request, "diversion/panel/panel.html", context)


@require_http_methods(["GET", "POST"])
def decide(request: HttpRequest, pk: int, notification_pk: int) -> HttpResponse:
    meeting = _meeting_for_user(request, pk, work=True)
    notification = get_notification_for_user(request, notification_pk, work=True)
    if notification.child_id and request.method == "GET":
        record_view(request.user, notification.child_id, "Out-of-court panel decision")  # type: ignore[arg-type]
    today = timezone.localdate()
    form = DecisionForm(
        posted(request),
        managers=services.escalation_managers_for(notification.service_id),
        today=today,
        initial={"due_on": escalation_due(today, DiversionRules.from_settings())},
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.record_decision(request.user, meeting, notification, today=today, **data)  # type: ignore[arg-type]
        except TransitionRefused as refused:
            messages.error(request, str(refused))
            return redirect(notification)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if data["agreed"]:
                messages.success(request, _("Decision recorded"))
            else:
                messages.success(request, _("Disagreement recorded and escalated"))
            return redirect(meeting)
    context = {"meeting": meeting, "notification": notification, "form": form, **panel_queries.decision_facts(notification)}
    if notification.stage != "panel":
        context["refused"] = TransitionRefused(notification.stage, Action.DECIDE_AGREED)
    return render(request, "diversion/panel/decide.html", context)


@require_GET
def escalations(request: HttpRequest) -> HttpResponse:
    if not access.may_work_pipeline(request.user):  # type: ignore[arg-type]
        raise PermissionDenied
    queryset = panel_queries.open_escalations_for(request.user)  # type: ignore[arg-type]
    page = paginate(request, queryset, PER_PAGE)
    context = {
        "page": page,
        "today": timezone.localdate(),
        "resolves_any": request.user.role == Role.SERVICE_MANAGER,  # type: ignore[union-attr]
    }
    return render(request, "diversion/panel/escalations.html", context)


@require_http_methods(["GET", "POST"])
def resolve(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    if not access.may_read_pipeline(user):  # type: ignore[arg-type]
        raise PermissionDenied
    escalation = get_object_or_404(
        Escalation.objects.filter(service_id=user.service_id, archived_at__isnull=True).select_related(  # type: ignore[union-attr]
            "manager", "resolved_by", "decision__notification__child", "decision__meeting"
        ),
        pk=pk,
    )
    if not access.may_resolve_escalation(user, escalation.manager_id):  # type: ignore[arg-type]
        raise PermissionDenied
    notification = escalation.decision.notification
    if notification.child_id and request.method == "GET":
        record_view(user, notification.child_id, "Out-of-court escalation")  # type: ignore[arg-type]
    form = ResolutionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.resolve_escalation(user, escalation, **form.cleaned_data)  # type: ignore[arg-type]
        except TransitionRefused as refused:
            messages.error(request, str(refused))
            return redirect(notification)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Disagreement resolved: the decision is final"))
            return redirect(notification)
    context = {"escalation": escalation, "decision": escalation.decision, "notification": notification, "form": form}
    return render(request, "diversion/panel/resolve.html", context)


urlpatterns = [
    path("panels/", panels, name="panels"),
    path("panels/new/", panel_new, name="panel_new"),
    path("panels/<int:pk>/", panel, name="panel"),
    path("panels/<int:pk>/decide/<int:notification_pk>/", decide, name="decide"),
    path("escalations/", escalations, name="escalations"),
    path("escalations/<int:pk>/", resolve, name="resolve"),
]
