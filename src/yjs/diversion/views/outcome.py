"""Delivering the decided outcome, and following up every child who is not engaging or still waiting."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.casework.continuity import allocatable_staff
from yjs.children.queries import may_change_casework
from yjs.children.record_pages import posted
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import Team
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.core.roles import Role
from yjs.diversion import access, outcome_rules, panel_queries
from yjs.diversion.forms_outcome import ChargeForm, DeliveryForm, FollowUpForm
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.services import outcome as services
from yjs.diversion.views.notification import get_notification_for_user
from yjs.diversion.views.panel import PER_PAGE
from yjs.diversion.vocabularies import Stage


@require_http_methods(["GET", "POST"])
def deliver(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    notification = get_notification_for_user(request, pk, work=True)
    if notification.stage != Stage.DECIDED:
        messages.error(request, _("An outcome can be recorded only once the decision is final and not yet delivered."))
        return redirect(notification)
    if notification.child_id and request.method == "GET":
        record_view(user, notification.child_id, "Out-of-court outcome")  # type: ignore[arg-type]
    outcome_type = services.outcome_type_for(notification)
    context: dict[str, object] = {"notification": notification, "outcome_type": outcome_type}
    if outcome_type is None:
        form = ChargeForm(posted(request), initial={"delivered_on": timezone.localdate()})
    else:
        may_supervise = may_change_casework(user)  # type: ignore[arg-type]
        teams = None
        if may_supervise and outcome_type.may_be_supervised:
            teams = Team.objects.filter(service_id=notification.service_id)
            if user.role != Role.SERVICE_MANAGER:  # type: ignore[union-attr]
                teams = teams.filter(pk=user.team_id)  # type: ignore[union-attr]
        suggested = services.suggested_case_manager(notification)
        form = DeliveryForm(
            posted(request),
            teams=teams,
            staff=allocatable_staff(notification.service_id),
            ask_length=outcome_rules.needs_length(outcome_type),
            ask_supervise=outcome_type.supervision == "optional" and may_supervise,
            initial={
                "delivered_on": timezone.localdate(),
                "team": user.team_id,  # type: ignore[union-attr]
                "case_manager": suggested.pk if suggested else None,
            },
        )
        context.update(
            suggested=suggested,
            supervised=outcome_type.supervision == "yes",
            # A police officer records an unsupervised outcome; a supervised one starts casework, a manager's job.
            needs_manager=outcome_type.supervision == "yes" and not may_supervise,
            may_be_supervised=outcome_type.may_be_supervised,
        )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            if outcome_type is None:
                services.record_charge(user, notification, charged_on=data["delivered_on"])  # type: ignore[arg-type]
            else:
                services.deliver_outcome(user, notification, **data)  # type: ignore[arg-type]
        except TransitionRefused as refused:
            messages.error(request, str(refused))
            return redirect(notification)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Charge recorded") if outcome_type is None else _("Outcome recorded"))
            return redirect(notification)
    context["form"] = form
    return render(request, "diversion/outcome/deliver.html", context)


@require_http_methods(["GET", "POST"])
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    notification = get_notification_for_user(request, pk)
    if not services.may_follow_up(user, notification):  # type: ignore[arg-type]
        raise PermissionDenied
    if notification.child_id and request.method == "GET":
        record_view(user, notification.child_id, "Out-of-court follow-up")  # type: ignore[arg-type]
    flagged = notification.not_engaging_since is not None
    form = FollowUpForm(posted(request), initial={"version": notification.version})
    if request.method == "POST" and form.is_valid():
        action = services.record_follow_up if flagged else services.flag_not_engaging
        try:
            action(user, notification, note=form.cleaned_data["note"], expected_version=form.cleaned_data["version"])  # type: ignore[arg-type]
        except StaleRecordError as error:
            messages.error(request, str(error))
            return redirect(notification)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Follow-up recorded") if flagged else _("Flagged as not engaging"))
            return redirect(notification)
    return render(
        request, "diversion/outcome/follow_up.html", {"notification": notification, "form": form, "flagged": flagged}
    )


@require_GET
def follow_ups(request: HttpRequest) -> HttpResponse:
    if not access.may_read_pipeline(request.user):  # type: ignore[arg-type]
        raise PermissionDenied
    today = timezone.localdate()
    queryset = panel_queries.needing_follow_up(request.user, today)  # type: ignore[arg-type]
    page = paginate(request, queryset, PER_PAGE)
    for item in page.object_list:
        item.days_waiting = (today - item.decided_on).days if item.decided_on else None
    return render(request, "diversion/outcome/follow_ups.html", {"page": page, "today": today})


urlpatterns = [
    path("notifications/<int:pk>/outcome/", deliver, name="deliver"),
    path("notifications/<int:pk>/follow-up/", follow_up, name="follow_up"),
    path("follow-up/", follow_ups, name="follow_ups"),
]
