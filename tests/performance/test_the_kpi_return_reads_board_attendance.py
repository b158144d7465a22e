"""KPI 8 in the quarterly return: the board's meetings in the quarter, every service in one reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import ServiceFactory
from tests.governance.factories import AttendanceFactory, BoardMeetingFactory, BoardMemberFactory
from yjs.governance.vocabularies import Sector
from yjs.performance.kpis.quarterly_return import kpi_return
from yjs.performance.periods import Quarter

QUARTER = Quarter(2025, 1)  # April to June 2025
TODAY = date(2025, 11, 20)
STATUTORY = (Sector.CHILDRENS_SOCIAL_CARE, Sector.EDUCATION, Sector.POLICE, Sector.PROBATION, Sector.HEALTH)


def board_rows(rows):
    return {r.measure: (r.numerator, r.denominator, r.percentage) for r in rows if r.kpi == 8}


@pytest.mark.django_db
def test_the_return_counts_sectors_with_a_senior_partner_over_the_quarters_meetings() -> None:
    service, other = ServiceFactory(), ServiceFactory()
    board = {sector: BoardMemberFactory(service=service, sector=sector) for sector in STATUTORY}
    may = BoardMeetingFactory(service=service, held_on=date(2025, 5, 13))
    june = BoardMeetingFactory(service=service, held_on=date(2025, 6, 17))
    for member in board.values():
        AttendanceFactory(meeting=may, member=member)  # May: 5 of 5
    for sector in (Sector.CHILDRENS_SOCIAL_CARE, Sector.EDUCATION):
        AttendanceFactory(meeting=june, member=board[sector])  # June: 2 of 5
    AttendanceFactory(meeting=BoardMeetingFactory(service=service, held_on=date(2025, 3, 11)), member=board[Sector.POLICE])
    AttendanceFactory(
        meeting=BoardMeetingFactory(service=other, held_on=date(2025, 5, 20)),
        member=BoardMemberFactory(service=other, sector=Sector.POLICE),
    )

    returns = kpi_return(QUARTER.window, services=[service.pk, other.pk], today=TODAY)

    # 5 + 2 sectors over two meetings of 5 possible each: 7 of 10.
    ours = board_rows(returns[service.pk])
    assert ours["board_sectors_represented"] == (7, 10, 70.0)
    assert ours["board_education"] == (2, 2, 100.0)
    assert ours["board_police"] == (1, 2, 50.0)
    assert board_rows(returns[other.pk])["board_sectors_represented"] == (1, 5, 20.0)


@pytest.mark.django_db
def test_a_board_that_did_not_meet_has_no_percentage_and_says_why() -> None:
    service = ServiceFactory()

    rows = [r for r in kpi_return(QUARTER.window, services=[service.pk], today=TODAY)[service.pk] if r.kpi == 8]

    assert {(r.numerator, r.denominator, r.percentage) for r in rows} == {(0, 0, None)}
    assert all("did not meet" in r.note for r in rows)


@pytest.mark.django_db
def test_a_local_authoritys_return_has_no_board_of_its_own() -> None:
    service = ServiceFactory()
    BoardMeetingFactory(service=service, held_on=date(2025, 5, 13))

    returns = kpi_return(QUARTER.window, by="local_authority", services=[service.pk], today=TODAY)

    assert not [r for rows in returns.values() for r in rows if r.kpi == 8]
