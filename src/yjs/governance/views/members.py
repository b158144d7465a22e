"""The board page, and adding, changing and retiring its members."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.refusals import add_service_errors
from yjs.governance import access, selectors, services
from yjs.governance.forms import MemberForm, RetireForm
from yjs.governance.views import keeper, reader
from yjs.performance.access import may_read_performance

PAST_MEETINGS_SHOWN = 8


@require_GET
def board(request: HttpRequest) -> HttpResponse:
    user = reader(request)
    today = timezone.localdate()
    meetings = access.meetings_visible_to(user)
    past = selectors.meeting_figures(meetings.filter(held_on__lte=today)[:PAST_MEETINGS_SHOWN])
    context = {
        "members": selectors.members_in_order(access.members_visible_to(user), today),
        "upcoming": meetings.filter(held_on__gt=today).order_by("held_on"),
        "past": past,
        "may_keep": access.may_keep_board(user),
        "may_read_report": may_read_performance(user),
        "today": today,
    }
    return render(request, "governance/board.html", context)


@require_http_methods(["GET", "POST"])
def member_new(request: HttpRequest) -> HttpResponse:
    user = keeper(request)
    form = MemberForm(posted(request), service_id=user.service_id, initial={"active_from": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            member = services.add_member(user, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s added to the board") % {"name": member.name})
            return redirect("governance:board")
    return render(request, "governance/member_form.html", {"form": form, "title": _("Add a board member")})


@require_http_methods(["GET", "POST"])
def member_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = keeper(request)
    member = access.get_member_for_user(user, pk)
    form = MemberForm(posted(request), instance=access.get_member_for_user(user, pk), service_id=user.service_id)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_member(user, member, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s saved") % {"name": member.name})
            return redirect("governance:board")
    title = _("Change %(name)s") % {"name": member.name}
    return render(request, "governance/member_form.html", {"form": form, "title": title, "member": member})


@require_http_methods(["GET", "POST"])
def member_retire(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page first: the member's place at past meetings stays, and new meetings leave them out."""
    user = keeper(request)
    member = access.get_member_for_user(user, pk)
    form = RetireForm(posted(request), initial={"last_day": member.active_to or timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.retire_member(user, member, form.cleaned_data["last_day"])
        except ValidationError as error:
            form.add_error("last_day", error.messages)
        else:
            messages.success(request, _("%(name)s has left the board") % {"name": member.name})
            return redirect("governance:board")
    return render(request, "governance/member_retire.html", {"form": form, "member": member})


urlpatterns = [
    path("", board, name="board"),
    path("members/new/", member_new, name="member_new"),
    path("members/<int:pk>/", member_edit, name="member_edit"),
    path("members/<int:pk>/retire/", member_retire, name="member_retire"),
]
