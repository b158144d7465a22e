"""The resettlement pages: the child's custody and transition tab, its forms, removing a record made in error,
and the service-wide lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.models import Child
from yjs.children.record_pages import child_context, open_child, posted, remove_record_page
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.lib.formats import long_date
from yjs.resettlement import access, queries, release_planning, services
from yjs.resettlement.forms import AccommodationForm, EpisodeForm, MilestoneForm, TransitionForm
from yjs.resettlement.transitions import eighteenth_birthday

SECTION = "resettlement"


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _child(request: HttpRequest, pk: int, page: str, write: bool = False) -> Child:
    (access.require_changer if write else access.require_reader)(_user(request))
    return open_child(request, pk, page, write=write)


def _saved(form: BaseForm, save: Any) -> Any:
    """What the service saved, or None with its refusal shown on the form (what the user typed is kept)."""
    try:
        return save()
    except StaleRecordError as error:
        form.add_error(None, str(error))
    except ValidationError as error:
        add_service_errors(form, error)
    return None


def _form_page(request: HttpRequest, child: Child, form: BaseForm, title: str, button: str, **extra: Any) -> HttpResponse:
    context = child_context(request, child, SECTION, form=form, title=title, button=button, **extra)
    return render(request, "resettlement/form.html", context)


@require_GET
def child(request: HttpRequest, pk: int) -> HttpResponse:
    found = _child(request, pk, "custody and transition")
    today = timezone.localdate()
    context = child_context(
        request,
        found,
        SECTION,
        plans=queries.child_episodes(_user(request), found, today),
        accommodation=queries.child_accommodation(found),
        transition=queries.child_transition(found),
        may_change_resettlement=access.may_change(_user(request)),
        eighteenth=eighteenth_birthday(found.date_of_birth),
    )
    return render(request, "resettlement/child.html", context)


@require_http_methods(["GET", "POST"])
def episode_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _child(request, pk, "record custody", write=True)
    user = _user(request)
    form = EpisodeForm(posted(request), child=found, service_id=user.service_id)  # type: ignore[arg-type]
    if form.is_valid() and _saved(form, lambda: services.record_custody(user, found, form.data_for_service())):
        messages.success(request, _("Custody recorded"))
        return redirect("resettlement:child", found.pk)
    return _form_page(request, found, form, _("Record custody"), _("Save custody"))


@require_http_methods(["GET", "POST"])
def episode_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    episode = access.get_episode_for_user(user, pk, write=True)
    record_view(user, episode.child_id, "change custody")
    form = EpisodeForm(posted(request), instance=episode, child=episode.child, service_id=user.service_id)  # type: ignore[arg-type]
    if form.is_valid():
        version = form.cleaned_data.get("version")
        if _saved(form, lambda: services.change_custody(user, episode, form.data_for_service(), version)):
            messages.success(request, _("Custody saved"))
            return redirect("resettlement:child", episode.child_id)
    return _form_page(request, episode.child, form, _("Change custody"), _("Save changes"))


@require_http_methods(["GET", "POST"])
def milestone(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    user = _user(request)
    episode = access.get_episode_for_user(user, pk, write=True)
    rules = release_planning.configured_rules()
    if code not in {rule.code for rule in rules}:
        raise Http404
    rule = release_planning.rule_for(code, rules)
    record_view(user, episode.child_id, "record a release milestone")
    done = episode.milestones.filter(milestone=code).first()
    initial = {"done_on": done.done_on, "notes": done.notes} if done else {}
    form = MilestoneForm(posted(request), initial=initial)
    if form.is_valid():
        data = form.cleaned_data
        if _saved(form, lambda: services.record_milestone(user, episode, code, data["done_on"], data["notes"])):
            messages.success(request, _("%(milestone)s: recorded") % {"milestone": rule.label})
            return redirect("resettlement:child", episode.child_id)
    return _form_page(request, episode.child, form, str(rule.label), _("Save"), caption=str(episode))


@require_http_methods(["GET", "POST"])
def accommodation_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _child(request, pk, "record accommodation", write=True)
    user = _user(request)
    form = AccommodationForm(posted(request))
    if form.is_valid() and _saved(form, lambda: services.record_accommodation(user, found, form.data_for_service())):
        messages.success(request, _("Accommodation recorded"))
        return redirect("resettlement:child", found.pk)
    return _form_page(request, found, form, _("Record accommodation"), _("Save accommodation"))


@require_http_methods(["GET", "POST"])
def accommodation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    record = access.get_accommodation_for_user(user, pk, write=True)
    record_view(user, record.child_id, "change accommodation")
    form = AccommodationForm(posted(request), instance=record)
    if form.is_valid():
        version = form.cleaned_data.get("version")
        if _saved(form, lambda: services.change_accommodation(user, record, form.data_for_service(), version)):
            messages.success(request, _("Accommodation saved"))
            return redirect("resettlement:child", record.child_id)
    return _form_page(request, record.child, form, _("Change accommodation"), _("Save changes"))


@require_http_methods(["GET", "POST"])
def transition_new(request: HttpRequest, pk: int) -> HttpResponse:
    found = _child(request, pk, "record a transition", write=True)
    existing = queries.child_transition(found)
    if existing is not None:
        return redirect("resettlement:transition_edit", existing.pk)
    user = _user(request)
    form = TransitionForm(posted(request), initial={"status": "planned"})
    if form.is_valid() and _saved(form, lambda: services.record_transition(user, found, form.data_for_service())):
        messages.success(request, _("Transition to adult probation recorded"))
        return redirect("resettlement:child", found.pk)
    return _form_page(request, found, form, _("Transition to adult probation"), _("Save transition"))


@require_http_methods(["GET", "POST"])
def transition_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    transition = access.get_transition_for_user(user, pk, write=True)
    record_view(user, transition.child_id, "change a transition")
    form = TransitionForm(posted(request), instance=transition)
    if form.is_valid():
        version = form.cleaned_data.get("version")
        if _saved(form, lambda: services.change_transition(user, transition, form.data_for_service(), version)):
            messages.success(request, _("Transition saved"))
            return redirect("resettlement:child", transition.child_id)
    return _form_page(request, transition.child, form, _("Change the transition to adult probation"), _("Save changes"))


def _remove_page(
    request: HttpRequest, record: Any, remove: Callable[[str], None], done: str, title: str, explanation: str, button: str
) -> HttpResponse:
    return remove_record_page(
        request,
        record,
        remove,
        section=SECTION,
        back="resettlement:child",
        done=done,
        title=title,
        explanation=explanation,
        button=button,
    )


@require_http_methods(["GET", "POST"])
def episode_remove(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    episode = access.get_episode_for_user(user, pk, write=True)
    record_view(user, episode.child_id, "remove custody")
    return _remove_page(
        request,
        episode,
        lambda reason: services.remove_custody(user, episode, reason),
        _("The custody has been removed from the record"),
        _("Are you sure you want to remove the custody at %(establishment)s from %(day)s from the record?")
        % {"establishment": episode.establishment, "day": long_date(episode.start_date)},
        _(
            "Remove custody only if it was recorded in error: once the child is released, change it and give the date "
            "released. Its release planning goes with it, and it no longer counts in the list of children in custody "
            "or the board report's releases. What was recorded stays in the record's history."
        ),
        _("Remove custody"),
    )


@require_http_methods(["GET", "POST"])
def accommodation_remove(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    record = access.get_accommodation_for_user(user, pk, write=True)
    record_view(user, record.child_id, "remove accommodation")
    return _remove_page(
        request,
        record,
        lambda reason: services.remove_accommodation(user, record, reason),
        _("The accommodation has been removed from the record"),
        _("Are you sure you want to remove the accommodation from %(day)s from the record?")
        % {"day": long_date(record.start_date)},
        _(
            "Remove accommodation only if it was recorded in error: if the child has moved, change it and give the "
            "date they lived there until. It then no longer counts in the accommodation indicator (KPI 1). What was "
            "recorded stays in the record's history."
        ),
        _("Remove accommodation"),
    )


@require_http_methods(["GET", "POST"])
def transition_remove(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    transition = access.get_transition_for_user(user, pk, write=True)
    record_view(user, transition.child_id, "remove a transition")
    return _remove_page(
        request,
        transition,
        lambda reason: services.remove_transition(user, transition, reason),
        _("The transition to adult probation has been removed from the record"),
        _("Are you sure you want to remove the transition to %(area)s from the record?")
        % {"area": transition.probation_area},
        _(
            "Remove a transition only if it was recorded in error: if the child is not transferring to probation, "
            "record that as its status instead. A new transition can then be recorded. What was recorded stays in "
            "the record's history."
        ),
        _("Remove transition"),
    )


@require_GET
def custody(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    access.require_reader(user)
    plans = queries.in_custody(user, timezone.localdate())
    context = {"page_obj": paginate(request, plans), "total": len(plans), "current": "custody"}
    return render(request, "resettlement/custody.html", context)


@require_GET
def turning_18(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    access.require_reader(user)
    rows = queries.turning_18(user, timezone.localdate())
    context = {
        "page_obj": paginate(request, rows),
        "total": len(rows),
        "without": sum(1 for row in rows if row.transition is None),
        "current": "turning_18",
    }
    return render(request, "resettlement/turning_18.html", context)
