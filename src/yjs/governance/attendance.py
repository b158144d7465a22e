"""KPI 8, management board attendance: how many of the five statutory sectors had a senior partner there.

The YJB's key performance indicators (from April 2023) ask, for the board meetings held in a quarter,
which of the statutory partners - children's social care, education, police, probation and health - were
represented by a senior partner: someone who can make decisions for their agency. The rule here, as
docs/indicators.md records it:

- A sector is represented at a meeting when at least one of its members who counts as a senior partner
  attended in person, or when a member sent a deputy who is senior in their own right (a chair or a senior
  partner by seniority). A deputy or delegate sent in a senior partner's place does not count.
- Each sector counts once however many of its senior partners came; other sectors (the local authority's
  chief executive, the youth justice service, housing, the voluntary sector...) never count.
- A meeting's figure is the number of sectors represented, out of 5. A period's figure is the average of
  its meetings' figures, to one decimal place, with the figure of each meeting beside it; a period with no
  meeting has no figure (not 0, which would say the board met and no partner came).

No ORM here: the selectors turn the database's rows into seats (governance/selectors.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from yjs.governance.vocabularies import SENIOR, STATUTORY_SECTORS
from yjs.performance.periods import Quarter

OUT_OF = len(STATUTORY_SECTORS)
_ONE_PLACE = Decimal("0.1")


@dataclass(frozen=True)
class Seat:
    """One member's place at one meeting, as KPI 8 sees it."""

    sector: str
    senior_partner: bool  # the member counts as a senior partner
    attended: bool  # came in person
    deputy_seniority: str = ""  # of the deputy sent in their place, if any


def senior_present(seat: Seat) -> bool:
    if seat.attended:
        return seat.senior_partner
    return seat.deputy_seniority in SENIOR


def sectors_represented(seats: Iterable[Seat]) -> frozenset[str]:
    return frozenset(seat.sector for seat in seats if seat.sector in STATUTORY_SECTORS and senior_present(seat))


@dataclass(frozen=True)
class MeetingFigure:
    held_on: date
    sectors: frozenset[str]

    @property
    def score(self) -> int:
        return len(self.sectors)

    def represented(self, sector: str) -> bool:
        return sector in self.sectors


def meeting_figure(held_on: date, seats: Iterable[Seat]) -> MeetingFigure:
    return MeetingFigure(held_on, sectors_represented(seats))


@dataclass(frozen=True)
class PeriodFigure:
    meetings: tuple[MeetingFigure, ...]

    @property
    def average(self) -> Decimal | None:
        """The average number of sectors represented per meeting, out of 5; None when the board did not meet."""
        if not self.meetings:
            return None
        total = Decimal(sum(meeting.score for meeting in self.meetings))
        return (total / len(self.meetings)).quantize(_ONE_PLACE, rounding=ROUND_HALF_UP)

    def meetings_represented(self, sector: str) -> int:
        return sum(meeting.represented(sector) for meeting in self.meetings)

    @property
    def by_sector(self) -> dict[str, int]:
        """For each statutory sector, at how many of the period's meetings it had a senior partner."""
        return {sector: self.meetings_represented(sector) for sector in STATUTORY_SECTORS}


def period_figure(meetings: Iterable[MeetingFigure]) -> PeriodFigure:
    return PeriodFigure(tuple(sorted(meetings, key=lambda meeting: meeting.held_on)))


def by_quarter(meetings: Iterable[MeetingFigure]) -> dict[Quarter, PeriodFigure]:
    """The meetings grouped into the YJB's quarters (April to June is Q1), latest quarter first."""
    grouped: dict[Quarter, list[MeetingFigure]] = {}
    for meeting in meetings:
        grouped.setdefault(Quarter.containing(meeting.held_on), []).append(meeting)
    return {quarter: period_figure(grouped[quarter]) for quarter in sorted(grouped, reverse=True)}
