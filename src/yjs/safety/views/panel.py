"""The risk assessment panel: its meetings, the children referred to it, and what it agreed for each."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from yjs.children.record_pages import apply_stale_refusal, posted
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.core.roles import CASEWORKERS
from yjs.safety import access, selectors, services
from yjs.safety.forms import DecisionForm, MeetingForm
from yjs.safety.models import PanelMeeting


@require_safe
def meetings(request: HttpRequest) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    today = timezone.localdate()
    visible = access.meetings_visible_to(user)
    context = {
        "upcoming": visible.filter(held_on__gte=today).order_by("held_on"),
        "page": paginate(request, visible.filter(held_on__lt=today)),
        "to_refer": selectors.to_refer(user),
        "waiting": selectors.waiting_referrals(user),
        "due_for_review": selectors.due_for_review(user, today),
    }
    return render(request, "safety/meetings.html", context)


def _save_meeting(
    request: HttpRequest, user: User, meeting: PanelMeeting | None
) -> tuple[MeetingForm, PanelMeeting | None, list[tuple[str, str]]]:
    """Save the meeting; a change from a stale page is refused with how the saved meeting now differs."""
    form = MeetingForm(posted(request), instance=meeting, initial={} if meeting else {"held_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        version = form.cleaned_data.get("version") or 0 if meeting is not None else None
        try:
            return form, services.record_meeting(user, form.meeting_data(), form.attendees(), meeting, version), []
        except StaleRecordError as error:
            return form, None, apply_stale_refusal(form, error, PanelMeeting.objects.get(pk=meeting.pk))  # type: ignore[union-attr]
        except ValidationError as error:
            add_service_errors(form, error)
    return form, None, []


@require_http_methods(["GET", "POST"])
def meeting_new(request: HttpRequest) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    form, saved, _conflicts = _save_meeting(request, user, None)
    if saved is not None:
        messages.success(request, _("Risk panel meeting recorded"))
        return redirect("safety:meeting", saved.pk)
    return render(request, "safety/meeting_form.html", {"form": form, "title": _("Arrange a risk panel meeting")})


@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    meeting = access.get_meeting_for_user(user, pk)
    form, saved, conflicts = _save_meeting(request, user, meeting)
    if saved is not None:
        messages.success(request, _("Risk panel meeting saved"))
        return redirect("safety:meeting", saved.pk)
    title = _("Change the risk panel meeting")
    context = {"form": form, "title": title, "meeting": meeting, "conflicts": conflicts}
    return render(request, "safety/meeting_form.html", context)


@require_safe
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    found = access.get_meeting_for_user(user, pk)
    referrals = (
        access.referrals_visible_to(user)
        .filter(Q(meeting=found) | Q(meeting__isnull=True, decided_on__isnull=True))
        .select_related("child")
        .prefetch_related("actions__owner")
        .order_by("child__last_name", "child__first_name", "pk")
    )
    # Referrals a team manager's scope leaves out are counted, never named.
    hidden = found.referrals.filter(archived_at__isnull=True).count() - sum(1 for r in referrals if r.meeting_id == found.pk)
    context = {
        "meeting": found,
        "attendees": found.attendees.all(),
        "referred": [r for r in referrals if r.meeting_id == found.pk],
        "unscheduled": [r for r in referrals if r.meeting_id is None],
        "hidden": hidden,
        "taken_place": found.held_on <= timezone.localdate(),
    }
    return render(request, "safety/meeting.html", context)


@require_safe
def referral(request: HttpRequest, pk: int) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    found = access.get_referral_for_user(user, pk)
    record_view(user, found.child_id, "risk panel referral")
    actions = found.actions.filter(archived_at__isnull=True).select_related("owner")
    return render(request, "safety/referral.html", {"referral": found, "actions": actions, "today": timezone.localdate()})


def _staff(user: User):  # type: ignore[no-untyped-def]
    return User.objects.filter(service_id=user.service_id, is_active=True, role__in=CASEWORKERS).order_by(
        "last_name", "first_name"
    )


@require_http_methods(["GET", "POST"])
def decision(request: HttpRequest, meeting_pk: int, pk: int) -> HttpResponse:
    user = access.require_panel(request.user)  # type: ignore[arg-type]
    found_meeting = access.get_meeting_for_user(user, meeting_pk)
    found = access.get_referral_for_user(user, pk)
    if request.method == "GET":
        record_view(user, found.child_id, "record the risk panel's decision")
    form = DecisionForm(posted(request), staff=_staff(user), initial={"version": found.version})
    conflicts: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        version = form.cleaned_data.get("version") or 0
        try:
            services.record_decision(user, found, found_meeting, form.decision_data(), form.actions(), version)
        except StaleRecordError as error:
            conflicts = apply_stale_refusal(form, error, access.get_referral_for_user(user, pk))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The panel's decision for %(name)s recorded") % {"name": found.child.full_name})
            return redirect("safety:meeting", found_meeting.pk)
    context = {"form": form, "meeting": found_meeting, "referral": found, "conflicts": conflicts}
    return render(request, "safety/decision_form.html", context)


urlpatterns = [
    path("panel/", meetings, name="meetings"),
    path("panel/new/", meeting_new, name="meeting_new"),
    path("panel/<int:pk>/", meeting, name="meeting"),
    path("panel/<int:pk>/edit/", meeting_edit, name="meeting_edit"),
    path("panel/<int:meeting_pk>/decide/<int:pk>/", decision, name="decision"),
    path("referrals/<int:pk>/", referral, name="referral"),
]
