"""KPI 8 on hand-built meetings: which of the five statutory sectors had a senior partner there."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from yjs.governance.attendance import Seat, by_quarter, meeting_figure, period_figure, senior_present
from yjs.governance.vocabularies import Sector, Seniority
from yjs.performance.periods import Quarter

CSC, EDUCATION, POLICE, PROBATION, HEALTH = (
    Sector.CHILDRENS_SOCIAL_CARE,
    Sector.EDUCATION,
    Sector.POLICE,
    Sector.PROBATION,
    Sector.HEALTH,
)


def came(sector: str, senior: bool = True) -> Seat:
    return Seat(sector, senior_partner=senior, attended=True)


def sent(sector: str, deputy_seniority: str) -> Seat:
    return Seat(sector, senior_partner=True, attended=False, deputy_seniority=deputy_seniority)


def absent(sector: str) -> Seat:
    return Seat(sector, senior_partner=True, attended=False)


def test_every_statutory_sector_with_its_senior_partner_there_scores_five() -> None:
    seats = [came(CSC), came(EDUCATION), came(POLICE), came(PROBATION), came(HEALTH)]

    assert meeting_figure(date(2025, 5, 13), seats).score == 5


def test_a_deputy_who_is_not_senior_does_not_count() -> None:
    # Police sent a deputy (an inspector standing in): 4 of 5.
    seats = [came(CSC), came(EDUCATION), sent(POLICE, Seniority.DEPUTY), came(PROBATION), came(HEALTH)]

    figure = meeting_figure(date(2025, 5, 13), seats)

    assert figure.score == 4
    assert not figure.represented(POLICE)


def test_a_deputy_who_is_a_senior_partner_themselves_counts() -> None:
    assert senior_present(sent(EDUCATION, Seniority.SENIOR_PARTNER))
    assert senior_present(sent(EDUCATION, Seniority.CHAIR))
    assert not senior_present(sent(EDUCATION, Seniority.ADVISER))


def test_a_member_who_is_not_a_senior_partner_does_not_count_even_in_person() -> None:
    figure = meeting_figure(date(2025, 5, 13), [came(HEALTH, senior=False), came(CSC)])

    assert figure.sectors == {CSC}


def test_a_sector_with_two_senior_partners_there_counts_once() -> None:
    # Health has two seniors present (the ICB and the trust); with police that is 2 sectors, not 3.
    seats = [came(HEALTH), came(HEALTH), came(POLICE), absent(EDUCATION)]

    assert meeting_figure(date(2025, 5, 13), seats).score == 2


def test_a_sector_outside_the_five_never_counts() -> None:
    seats = [came(Sector.LOCAL_AUTHORITY), came(Sector.HOUSING), came(Sector.VOLUNTARY_SECTOR), came(POLICE)]

    assert meeting_figure(date(2025, 5, 13), seats).sectors == {POLICE}


def test_a_quarters_figure_is_the_average_of_its_meetings_to_one_place() -> None:
    # Three meetings scoring 5, 4 and 4: 13 / 3 = 4.33..., shown as 4.3.
    may = meeting_figure(date(2025, 5, 13), [came(s) for s in (CSC, EDUCATION, POLICE, PROBATION, HEALTH)])
    june = meeting_figure(date(2025, 6, 24), [came(s) for s in (CSC, EDUCATION, POLICE, PROBATION)])
    april = meeting_figure(date(2025, 4, 8), [came(s) for s in (CSC, EDUCATION, POLICE, HEALTH)])

    figure = period_figure([may, june, april])

    assert figure.average == Decimal("4.3")
    assert [m.held_on for m in figure.meetings] == [date(2025, 4, 8), date(2025, 5, 13), date(2025, 6, 24)]
    assert figure.by_sector == {CSC: 3, EDUCATION: 3, POLICE: 3, PROBATION: 2, HEALTH: 2}


def test_a_half_rounds_up() -> None:
    # 5 and 4: 4.5; 3 and 4 and 4 and 4: 3.75 -> 3.8.
    five = meeting_figure(date(2025, 5, 13), [came(s) for s in (CSC, EDUCATION, POLICE, PROBATION, HEALTH)])
    four = meeting_figure(date(2025, 6, 10), [came(s) for s in (CSC, EDUCATION, POLICE, PROBATION)])
    three = meeting_figure(date(2025, 4, 10), [came(s) for s in (CSC, EDUCATION, POLICE)])

    assert period_figure([five, four]).average == Decimal("4.5")
    assert period_figure([three, four, four, four]).average == Decimal("3.8")


def test_a_period_with_no_meeting_has_no_figure_rather_than_nought() -> None:
    assert period_figure([]).average is None


def test_meetings_fall_into_the_yjb_quarters_that_start_in_april() -> None:
    march = meeting_figure(date(2025, 3, 11), [came(POLICE)])
    april = meeting_figure(date(2025, 4, 8), [came(POLICE), came(HEALTH)])

    quarters = by_quarter([march, april])

    assert list(quarters) == [Quarter(2025, 1), Quarter(2024, 4)]
    assert quarters[Quarter(2024, 4)].average == Decimal("1.0")
    assert quarters[Quarter(2025, 1)].average == Decimal("2.0")
