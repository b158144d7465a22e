"""Recording a board meeting and who came, reading one, and KPI 8 quarter by quarter."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.models import User
from yjs.core.refusals import add_service_errors
from yjs.governance import access, selectors, services
from yjs.governance.attendance import OUT_OF
from yjs.governance.forms import MeetingForm, posted_date, seat_initial
from yjs.governance.models import BoardMeeting, BoardMember
from yjs.governance.views import keeper, reader
from yjs.governance.vocabularies import STATUTORY_SECTORS, Sector
from yjs.lib.formats import long_date
from yjs.performance.periods import Quarter, quarters_ending

QUARTERS_SHOWN = 8


def _rows_for(members: QuerySet[BoardMember], *days: date | None, meeting: BoardMeeting | None = None) -> list[BoardMember]:
    """Members on the board on any of `days`, and anyone already recorded at the meeting, in the board's order."""
    wanted: set[int] = set()
    for day in days:
        if day is not None:
            wanted |= set(selectors.active_on(members, day).values_list("pk", flat=True))
    if meeting is not None:
        wanted |= set(meeting.attendances.values_list("member_id", flat=True))
    return selectors.members_in_order(members.filter(pk__in=wanted), timezone.localdate())


def _save_meeting(user: User, form: MeetingForm, meeting: BoardMeeting | None) -> BoardMeeting | None:
    """The meeting saved, or None with the service's refusal shown on the form."""
    try:
        if meeting is None:
            return services.record_meeting(user, form.meeting_data(), form.answers())
        return services.change_meeting(user, meeting, form.meeting_data(), form.answers())
    except ValidationError as error:
        add_service_errors(form, error)
        return None


@require_http_methods(["GET", "POST"])
def meeting_new(request: HttpRequest) -> HttpResponse:
    user = keeper(request)
    data = posted(request)
    members = _rows_for(access.members_visible_to(user), timezone.localdate(), posted_date(data))
    form = MeetingForm(data, members=members, initial={"kind": "ordinary"})
    if request.method == "POST" and form.is_valid():
        meeting = _save_meeting(user, form, None)
        if meeting is not None:
            messages.success(request, _("Meeting on %(day)s recorded") % {"day": long_date(meeting.held_on)})
            return redirect("governance:meeting", meeting.pk)
    return render(request, "governance/meeting_form.html", {"form": form, "title": _("Record a board meeting")})


@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = keeper(request)
    meeting = access.get_meeting_for_user(user, pk)
    data = posted(request)
    members = _rows_for(
        access.members_visible_to(user), timezone.localdate(), meeting.held_on, posted_date(data), meeting=meeting
    )
    form = MeetingForm(data, members=members, instance=access.get_meeting_for_user(user, pk), initial=seat_initial(meeting))
    if request.method == "POST" and form.is_valid():
        saved = _save_meeting(user, form, meeting)
        if saved is not None:
            messages.success(request, _("Meeting on %(day)s saved") % {"day": long_date(saved.held_on)})
            return redirect("governance:meeting", saved.pk)
    title = _("Change the meeting on %(day)s") % {"day": long_date(meeting.held_on)}
    return render(request, "governance/meeting_form.html", {"form": form, "title": title, "meeting": meeting})


@require_GET
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    user = reader(request)
    found = access.get_meeting_for_user(user, pk)
    [(_meeting, figure)] = selectors.meeting_figures(BoardMeeting.objects.filter(pk=found.pk))
    attendances = found.attendances.select_related("member").order_by("member__sector", "member__name")
    context = {
        "meeting": found,
        "figure": figure,
        "attendances": attendances,
        "sectors": [(sector, Sector(sector).label, figure.represented(sector)) for sector in STATUTORY_SECTORS],
        "out_of": OUT_OF,
        "may_keep": access.may_keep_board(user),
    }
    return render(request, "governance/meeting.html", context)


@require_GET
def attendance_summary(request: HttpRequest) -> HttpResponse:
    user = reader(request)
    today = timezone.localdate()
    shown = quarters_ending(Quarter.containing(today), QUARTERS_SHOWN)
    quarters = selectors.kpi8_by_quarter(user.service_id, shown, today)  # type: ignore[arg-type]
    context = {
        "quarters": quarters,
        "sectors": [(sector, Sector(sector).label) for sector in STATUTORY_SECTORS],
        "out_of": OUT_OF,
    }
    return render(request, "governance/attendance.html", context)


urlpatterns = [
    path("meetings/new/", meeting_new, name="meeting_new"),
    path("meetings/<int:pk>/", meeting, name="meeting"),
    path("meetings/<int:pk>/edit/", meeting_edit, name="meeting_edit"),
    path("attendance/", attendance_summary, name="attendance"),
]
