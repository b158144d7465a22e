"""The improvement plan: the list the board reads, one recommendation with its actions, and the forms that keep it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.governance import access
from yjs.governance import improvement_services as services
from yjs.governance.improvement_forms import (
    ActionForm,
    CloseForm,
    DoneForm,
    PlanFilterForm,
    ProgressForm,
    RecommendationForm,
)
from yjs.governance.improvement_selectors import plan_rows
from yjs.governance.models import Recommendation
from yjs.governance.views import keeper, reader
from yjs.governance.vocabularies import SourceKind


def _saved(form: BaseForm, save: Callable[[], Any]) -> Any:
    """What the service returned, or None with its refusal shown on the form."""
    try:
        return save()
    except ValidationError as error:
        add_service_errors(form, error)
        return None


def _form_page(
    request: HttpRequest, form: BaseForm, title: str, recommendation: Recommendation | None, **extra: Any
) -> HttpResponse:
    context = {"form": form, "title": title, "recommendation": recommendation, **extra}
    return render(request, "governance/improvement/form.html", context)


@require_GET
def plan(request: HttpRequest) -> HttpResponse:
    user = reader(request)
    chooser = PlanFilterForm(request.GET or None)
    recommendations = access.recommendations_visible_to(user)
    if chooser.is_valid():
        if chooser.cleaned_data["owner"]:
            recommendations = recommendations.filter(owner=chooser.cleaned_data["owner"])
        if chooser.cleaned_data["status"]:
            recommendations = recommendations.filter(status=chooser.cleaned_data["status"])
    today = timezone.localdate()
    context = {
        "chooser": chooser,
        "page": paginate(request, plan_rows(recommendations, today)),
        "any_at_all": access.recommendations_visible_to(user).exists(),
        "may_keep": access.may_keep_board(user),
        "today": today,
    }
    return render(request, "governance/improvement/plan.html", context)


@require_GET
def recommendation(request: HttpRequest, pk: int) -> HttpResponse:
    user = reader(request)
    found = access.get_recommendation_for_user(user, pk)
    [row] = plan_rows(Recommendation.objects.filter(pk=found.pk), timezone.localdate())
    context = {
        "row": row,
        "recommendation": row.recommendation,
        "progress": row.recommendation.progress.select_related("action", "written_by"),
        "may_keep": access.may_keep_board(user),
        "may_record_progress": access.may_record_progress(user, found),
        "today": timezone.localdate(),
    }
    return render(request, "governance/improvement/recommendation.html", context)


@require_http_methods(["GET", "POST"])
def recommendation_new(request: HttpRequest) -> HttpResponse:
    user = keeper(request)
    initial = {"source_kind": SourceKind.INSPECTION_REPORT}
    form = RecommendationForm(posted(request), service_id=user.service_id, initial=initial)
    if request.method == "POST" and form.is_valid():
        made = _saved(form, lambda: services.add_recommendation(user, form.cleaned_data))
        if made is not None:
            messages.success(request, _("Recommendation %(number)s added") % {"number": made.number})
            return redirect("governance:recommendation", made.pk)
    return _form_page(request, form, _("Add a recommendation"), None)


@require_http_methods(["GET", "POST"])
def recommendation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = keeper(request)
    found = access.get_recommendation_for_user(user, pk)
    form = RecommendationForm(
        posted(request), instance=access.get_recommendation_for_user(user, pk), service_id=user.service_id
    )
    if request.method == "POST" and form.is_valid():
        if _saved(form, lambda: services.change_recommendation(user, found, form.cleaned_data)) is not None:
            messages.success(request, _("Recommendation saved"))
            return redirect("governance:recommendation", found.pk)
    return _form_page(request, form, _("Change recommendation %(number)s") % {"number": found.number}, found)


@require_http_methods(["GET", "POST"])
def recommendation_close(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page; closing is refused, with the reason, while an action is still open."""
    user = keeper(request)
    found = access.get_recommendation_for_user(user, pk)
    form = CloseForm(posted(request), initial={"closed_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        if _saved(form, lambda: services.close_recommendation(user, found, form.cleaned_data["closed_on"])) is not None:
            messages.success(request, _("Recommendation %(number)s closed") % {"number": found.number})
            return redirect("governance:recommendation", found.pk)
    open_actions = found.actions.filter(done_on__isnull=True)
    title = _("Close recommendation %(number)s") % {"number": found.number}
    return _form_page(request, form, title, found, open_actions=open_actions, confirm=_("Close the recommendation"))


@require_http_methods(["GET", "POST"])
def recommendation_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    user = keeper(request)
    found = access.get_recommendation_for_user(user, pk)
    if request.method == "POST":
        services.reopen_recommendation(user, found)
        messages.success(request, _("Recommendation %(number)s reopened") % {"number": found.number})
        return redirect("governance:recommendation", found.pk)
    return render(request, "governance/improvement/reopen.html", {"recommendation": found})


@require_http_methods(["GET", "POST"])
def action_new(request: HttpRequest, pk: int) -> HttpResponse:
    user = keeper(request)
    found = access.get_recommendation_for_user(user, pk)
    form = ActionForm(posted(request), recommendation=found)
    if request.method == "POST" and form.is_valid():
        if _saved(form, lambda: services.add_action(user, found, form.cleaned_data)) is not None:
            messages.success(request, _("Action added"))
            return redirect("governance:recommendation", found.pk)
    return _form_page(request, form, _("Add an action"), found)


@require_http_methods(["GET", "POST"])
def action_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = keeper(request)
    action = access.get_action_for_user(user, pk)
    form = ActionForm(posted(request), instance=access.get_action_for_user(user, pk), recommendation=action.recommendation)
    if request.method == "POST" and form.is_valid():
        if _saved(form, lambda: services.change_action(user, action, form.cleaned_data)) is not None:
            messages.success(request, _("Action saved"))
            return redirect("governance:recommendation", action.recommendation_id)
    return _form_page(request, form, _("Change the action"), action.recommendation, action=action)


@require_http_methods(["GET", "POST"])
def action_done(request: HttpRequest, pk: int) -> HttpResponse:
    user = keeper(request)
    action = access.get_action_for_user(user, pk)
    form = DoneForm(posted(request), initial={"done_on": action.done_on or timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        if _saved(form, lambda: services.mark_action_done(user, action, form.cleaned_data["done_on"])) is not None:
            messages.success(request, _("Action marked done"))
            return redirect("governance:recommendation", action.recommendation_id)
    title = _("Mark the action done")
    return _form_page(request, form, title, action.recommendation, action=action, confirm=_("Mark done"))


@require_http_methods(["GET", "POST"])
def progress_new(request: HttpRequest, pk: int) -> HttpResponse:
    user = reader(request)
    found = access.get_recommendation_for_user(user, pk)
    if not access.may_record_progress(user, found):
        raise PermissionDenied
    form = ProgressForm(posted(request), recommendation=found, initial={"written_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        made = _saved(form, lambda: services.record_progress(user, found, data["written_on"], data["text"], data["action"]))
        if made is not None:
            messages.success(request, _("Progress recorded"))
            return redirect("governance:recommendation", found.pk)
    return _form_page(request, form, _("Record progress"), found)


urlpatterns = [
    path("improvement-plan/", plan, name="improvement_plan"),
    path("improvement-plan/new/", recommendation_new, name="recommendation_new"),
    path("improvement-plan/<int:pk>/", recommendation, name="recommendation"),
    path("improvement-plan/<int:pk>/edit/", recommendation_edit, name="recommendation_edit"),
    path("improvement-plan/<int:pk>/close/", recommendation_close, name="recommendation_close"),
    path("improvement-plan/<int:pk>/reopen/", recommendation_reopen, name="recommendation_reopen"),
    path("improvement-plan/<int:pk>/actions/new/", action_new, name="action_new"),
    path("improvement-plan/<int:pk>/progress/new/", progress_new, name="progress_new"),
    path("improvement-plan/actions/<int:pk>/edit/", action_edit, name="action_edit"),
    path("improvement-plan/actions/<int:pk>/done/", action_done, name="action_done"),
]
