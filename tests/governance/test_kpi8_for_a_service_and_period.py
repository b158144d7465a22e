"""KPI 8 read from the database for one service over a quarter or any window of days."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.governance.factories import AttendanceFactory, BoardMeetingFactory, BoardMemberFactory
from yjs.governance.selectors import kpi8, kpi8_by_quarter
from yjs.governance.vocabularies import Sector, Seniority
from yjs.performance.periods import Quarter, Window

TODAY = date(2025, 11, 20)


def _board(service):  # type: ignore[no-untyped-def]
    return {
        sector: BoardMemberFactory(service=service, sector=sector)
        for sector in (Sector.CHILDRENS_SOCIAL_CARE, Sector.EDUCATION, Sector.POLICE, Sector.PROBATION, Sector.HEALTH)
    }


def test_a_quarter_averages_its_meetings_and_leaves_out_other_services_and_quarters(cast) -> None:  # type: ignore[no-untyped-def]
    board = _board(cast.service)
    may = BoardMeetingFactory(service=cast.service, held_on=date(2025, 5, 13))
    june = BoardMeetingFactory(service=cast.service, held_on=date(2025, 6, 17))
    march = BoardMeetingFactory(service=cast.service, held_on=date(2025, 3, 11))
    for member in board.values():
        AttendanceFactory(meeting=may, member=member)  # 5 of 5
        AttendanceFactory(meeting=march, member=member)  # 5 of 5, but in the quarter before
    for sector, member in board.items():
        if sector == Sector.POLICE:
            AttendanceFactory(meeting=june, member=member, attended=False, deputy_name="A Deputy", deputy_seniority="deputy")
        elif sector != Sector.HEALTH:
            AttendanceFactory(meeting=june, member=member)  # June: 3 of 5
    elsewhere = BoardMemberFactory(service=cast.other_service, sector=Sector.HEALTH)
    AttendanceFactory(meeting=BoardMeetingFactory(service=cast.other_service, held_on=date(2025, 5, 20)), member=elsewhere)

    figure = kpi8(cast.service, Quarter(2025, 1), TODAY)

    assert [m.score for m in figure.meetings] == [5, 3]
    assert figure.average == Decimal("4.0")


def test_a_window_of_days_counts_the_meetings_within_it(cast) -> None:  # type: ignore[no-untyped-def]
    board = _board(cast.service)
    for day in (date(2025, 1, 14), date(2025, 2, 11)):
        meeting = BoardMeetingFactory(service=cast.service, held_on=day)
        AttendanceFactory(meeting=meeting, member=board[Sector.POLICE])

    figure = kpi8(cast.service.pk, Window(date(2025, 2, 1), date(2025, 2, 28)), TODAY)

    assert [(m.held_on, m.score) for m in figure.meetings] == [(date(2025, 2, 11), 1)]


def test_a_planned_meeting_is_not_counted(cast) -> None:  # type: ignore[no-untyped-def]
    BoardMeetingFactory(service=cast.service, held_on=date(2025, 12, 9))

    assert kpi8(cast.service, Quarter(2025, 3), TODAY).average is None


def test_quarters_without_a_meeting_are_listed_with_no_figure(cast) -> None:  # type: ignore[no-untyped-def]
    member = BoardMemberFactory(service=cast.service, sector=Sector.PROBATION, seniority=Seniority.SENIOR_PARTNER)
    AttendanceFactory(meeting=BoardMeetingFactory(service=cast.service, held_on=date(2025, 8, 12)), member=member)

    rows = kpi8_by_quarter(cast.service.pk, [Quarter(2025, 1), Quarter(2025, 2), Quarter(2025, 3)], TODAY)

    assert [(str(r.quarter), r.figure.average, len(r.meetings)) for r in rows] == [
        ("2025Q3", None, 0),
        ("2025Q2", Decimal("1.0"), 1),
        ("2025Q1", None, 0),
    ]
