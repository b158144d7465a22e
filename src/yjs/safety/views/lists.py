"""The service-wide lists: the hub, my actions, contingency to review and the exploitation overview."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from yjs.casework.vocabularies import RiskLevel
from yjs.core.concurrency import StaleRecordError
from yjs.safety import access, selectors, services


@require_safe
def hub(request: HttpRequest) -> HttpResponse:
    user = access.require_caseworker(request.user)  # type: ignore[arg-type]
    today = timezone.localdate()
    context = {
        "overdue": selectors.overdue_action_count(user, today),
        "open_actions": selectors.open_actions(user).count(),
        "may_run_panel": access.may_run_panel(user),
    }
    if context["may_run_panel"]:
        context["to_refer"] = len(selectors.to_refer(user))
        context["contingency"] = len(selectors.contingency_to_review(user))
    return render(request, "safety/hub.html", context)


@require_safe
def my_actions(request: HttpRequest) -> HttpResponse:
    user = access.require_caseworker(request.user)  # type: ignore[arg-type]
    today = timezone.localdate()
    actions = list(selectors.open_actions(user))
    return render(request, "safety/my_actions.html", {"actions": actions, "today": today})


@require_POST
def action_done(request: HttpRequest, pk: int) -> HttpResponse:
    action = access.get_action_for_user(request.user, pk)  # type: ignore[arg-type]
    try:
        version = int(request.POST.get("version") or 0)
    except ValueError:
        version = 0
    try:
        services.complete_action(request.user, action, expected_version=version)  # type: ignore[arg-type]
    except StaleRecordError:
        messages.error(
            request,
            _(
                "Someone else changed this action after you opened the page, so it has not been marked as done: "
                "check it and try again."
            ),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Action marked as done: %(action)s") % {"action": action.description})
    target = request.POST.get("next", "")
    return redirect(target if target.startswith("/safety/") else "safety:my_actions")


@require_safe
def contingency(request: HttpRequest) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    return render(request, "safety/contingency.html", {"entries": selectors.contingency_to_review(user)})


@require_safe
def exploitation(request: HttpRequest) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    rows, children = selectors.exploitation_overview(user)
    levels = list(RiskLevel)
    table = [(row, [row.counts[level.value] for level in levels]) for row in rows]
    totals = [sum(row.counts[level.value] for row in rows) for level in levels]
    context = {"levels": levels, "table": table, "totals": totals, "total": sum(totals), "children": children}
    return render(request, "safety/exploitation.html", context)


urlpatterns = [
    path("", hub, name="hub"),
    path("actions/", my_actions, name="my_actions"),
    path("actions/<int:pk>/done/", action_done, name="action_done"),
    path("contingency/", contingency, name="contingency"),
    path("exploitation/", exploitation, name="exploitation"),
]
