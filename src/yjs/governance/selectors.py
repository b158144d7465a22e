"""Reading the board: its members, its meetings, and KPI 8 for a service over a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet

from yjs.core.models import Service
from yjs.governance.attendance import MeetingFigure, PeriodFigure, Seat, by_quarter, meeting_figure, period_figure
from yjs.governance.models import Attendance, BoardMeeting, BoardMember
from yjs.governance.vocabularies import Seniority
from yjs.performance.periods import Quarter, Window


def active_on(members: QuerySet[BoardMember], day: date) -> QuerySet[BoardMember]:
    return members.filter(Q(active_to__isnull=True) | Q(active_to__gte=day), active_from__lte=day)


def members_in_order(members: QuerySet[BoardMember], today: date) -> list[BoardMember]:
    """Current members first, the chair at the top, then by sector and name; those who left after them."""
    current = {member.pk for member in active_on(members, today)}
    return sorted(
        members, key=lambda m: (m.pk not in current, m.seniority != Seniority.CHAIR, m.sector, m.name.lower(), m.pk)
    )


def meeting_figures(meetings: QuerySet[BoardMeeting]) -> list[tuple[BoardMeeting, MeetingFigure]]:
    """KPI 8 for each meeting, from two queries however many meetings there are."""
    meeting_list = list(meetings)
    seats: dict[int, list[Seat]] = {meeting.pk: [] for meeting in meeting_list}
    rows = Attendance.objects.filter(meeting__in=[m.pk for m in meeting_list]).values_list(
        "meeting_id", "member__sector", "member__senior_partner", "attended", "deputy_seniority"
    )
    for meeting_id, sector, senior_partner, attended, deputy_seniority in rows:
        seats[meeting_id].append(Seat(sector, senior_partner, attended, deputy_seniority))
    return [(meeting, meeting_figure(meeting.held_on, seats[meeting.pk])) for meeting in meeting_list]


def held_meetings(service_id: int, today: date) -> QuerySet[BoardMeeting]:
    return BoardMeeting.objects.filter(service_id=service_id, held_on__lte=today)


def kpi8(service: Service | int, period: Window | Quarter, today: date) -> PeriodFigure:
    """KPI 8 for a service over a period: the meetings held in it (none after `today`), each with its figure."""
    window = period.window if isinstance(period, Quarter) else period
    service_id = service if isinstance(service, int) else service.pk
    meetings = held_meetings(service_id, today).held_between(window.start, window.end)
    return period_figure(figure for _meeting, figure in meeting_figures(meetings))


@dataclass(frozen=True)
class QuarterAttendance:
    quarter: Quarter
    figure: PeriodFigure
    meetings: list[tuple[BoardMeeting, MeetingFigure]]


def kpi8_by_quarter(service_id: int, quarters: list[Quarter], today: date) -> list[QuarterAttendance]:
    """KPI 8 for each of `quarters`, latest first, including those in which the board did not meet."""
    if not quarters:
        return []
    first, last = min(quarters), max(quarters)
    figures = meeting_figures(held_meetings(service_id, today).held_between(first.start, last.end).order_by("held_on"))
    found = by_quarter(figure for _meeting, figure in figures)
    return [
        QuarterAttendance(
            quarter,
            found.get(quarter, period_figure([])),
            [(m, f) for m, f in figures if Quarter.containing(m.held_on) == quarter],
        )
        for quarter in sorted(quarters, reverse=True)
    ]
