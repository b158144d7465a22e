"""A notification's page: the whole of one child's way through the pipeline, step by step."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.views.decorators.http import require_GET

from yjs.core.access_log import record_view
from yjs.core.pagination import paginate
from yjs.diversion import access
from yjs.diversion.history import notification_history
from yjs.diversion.models import Notification
from yjs.diversion.pipeline import allowed_actions


def get_notification_for_user(request: HttpRequest, pk: int, work: bool = False) -> Notification:
    """Fetch and authorise in one step: 403 for a role that may not (work) the pipeline, 404 out of scope."""
    user = request.user
    if not access.may_read_pipeline(user) or (work and not access.may_work_pipeline(user)):  # type: ignore[arg-type]
        raise PermissionDenied
    queryset = access.notifications_visible_to(user).select_related(  # type: ignore[arg-type]
        "child", "local_authority", "outcome__outcome_type", "intervention"
    )
    return get_object_or_404(queryset, pk=pk)


def _one(notification: Notification, name: str) -> object | None:
    try:
        return getattr(notification, name)
    except ObjectDoesNotExist:
        return None


@require_GET
def notification(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_notification_for_user(request, pk)
    if item.child_id:
        record_view(request.user, item.child_id, f"Out-of-court notification {item.police_reference}")  # type: ignore[arg-type]
    decision = _one(item, "panel_decision")
    context = {
        "notification": item,
        "child": item.child,
        "screening_requests": item.screening_requests.select_related("agency", "responded_by"),
        "proposal": _one(item, "proposal"),
        "brief_assessment": _one(item, "brief_assessment"),
        "decision": decision,
        "escalation": _one(decision, "escalation") if decision else None,
        "may_work": access.may_work_pipeline(request.user),  # type: ignore[arg-type]
        "actions": [str(action) for action in allowed_actions(item.stage)],
    }
    return render(request, "diversion/notification.html", context)


@require_GET
def history(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_notification_for_user(request, pk)
    if item.child_id:
        record_view(request.user, item.child_id, f"History of out-of-court notification {item.police_reference}")  # type: ignore[arg-type]
    page = paginate(request, notification_history(item))
    return render(request, "diversion/history.html", {"notification": item, "page_obj": page})


urlpatterns = [
    path("notifications/<int:pk>/", notification, name="notification"),
    path("notifications/<int:pk>/history/", history, name="history"),
]
