"""The demo service's board: members across the sectors and two years of meetings, so KPI 8 has figures."""

from __future__ import annotations

from datetime import date

from tests.conftest import Cast
from yjs.governance.models import Attendance, BoardMeeting, BoardMember
from yjs.governance.selectors import kpi8_by_quarter
from yjs.governance.vocabularies import STATUTORY_SECTORS, MeetingKind, Seniority
from yjs.performance.periods import Quarter, quarters_ending
from yjs.synth.governance import ensure_demo_board

AS_OF = date(2026, 6, 30)


def test_the_demo_board_has_every_sector_a_chair_and_a_member_who_left(cast: Cast) -> None:
    assert ensure_demo_board(cast.service, AS_OF, 2023, cast.board_member)

    members = BoardMember.objects.filter(service=cast.service)
    current = [m for m in members if m.is_active_on(AS_OF)]
    assert 10 <= len(current) <= 12
    assert set(STATUTORY_SECTORS) <= {m.sector for m in current if m.senior_partner}
    [chair] = [m for m in current if m.seniority == Seniority.CHAIR]
    assert (chair.sector, chair.user) == ("local_authority", cast.board_member)
    assert [m.sector for m in members if not m.is_active_on(AS_OF)] == ["police"]


def test_the_demo_board_met_every_quarter_for_two_years_with_realistic_attendance(cast: Cast) -> None:
    ensure_demo_board(cast.service, AS_OF, 2023)

    quarters = kpi8_by_quarter(cast.service.pk, quarters_ending(Quarter.containing(AS_OF), 8), AS_OF)

    assert all(row.meetings for row in quarters)
    averages = [row.figure.average for row in quarters]
    assert all(average is not None and 2 <= average <= 5 for average in averages)
    assert len(set(averages)) > 1, "attendance should vary from quarter to quarter"
    assert BoardMeeting.objects.filter(service=cast.service, kind=MeetingKind.EXTRAORDINARY).count() == 1
    assert BoardMeeting.objects.filter(service=cast.service, held_on__gt=AS_OF).exists()
    assert Attendance.objects.filter(meeting__service=cast.service).exclude(deputy_name="").exists()
    for attendance in Attendance.objects.filter(meeting__service=cast.service).select_related("meeting", "member"):
        assert attendance.member.is_active_on(attendance.meeting.held_on)


def test_the_demo_board_is_made_once(cast: Cast) -> None:
    ensure_demo_board(cast.service, AS_OF, 2023)
    counts = (BoardMember.objects.count(), BoardMeeting.objects.count(), Attendance.objects.count())

    assert not ensure_demo_board(cast.service, AS_OF, 2023)
    assert (BoardMember.objects.count(), BoardMeeting.objects.count(), Attendance.objects.count()) == counts
