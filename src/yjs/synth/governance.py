"""The demo service's partnership board: members across the sectors, and two years of quarterly meetings.

The chair is the local authority's chief executive; the five statutory sectors have a senior partner
each (health two), beside the youth justice service, community safety, the voluntary sector and
housing. A police member left a year ago and a successor joined the next day, so the board page shows
a member who has left. Each quarter's meeting has most senior partners there, a deputy now and then,
and the odd absence, so KPI 8 has figures that move. Like the rest of the generator, everything is
written with bulk_create, from its own random stream, and starts without history.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction

from yjs.core.models import Service, User
from yjs.governance.models import Attendance, BoardMeeting, BoardMember
from yjs.governance.vocabularies import MeetingKind, Sector, Seniority
from yjs.lib.dates import add_months
from yjs.performance.periods import Quarter
from yjs.synth import names

YEARS_OF_MEETINGS = 2
TUESDAY = 1
DEPUTY_IS_SENIOR = 0.2  # a deputy who is a senior partner in their own right


@dataclass(frozen=True)
class SeatSpec:
    sector: str
    title: str
    organisation: str  # formatted with the area and the two authorities' names
    seniority: str
    senior_partner: bool
    attends: float  # how often they come in person
    sends_deputy: float  # when they do not come, how often a deputy does


SEATS = (
    SeatSpec(Sector.LOCAL_AUTHORITY, "Chief Executive", "{la1} Council", Seniority.CHAIR, True, 0.95, 0.5),
    SeatSpec(
        Sector.CHILDRENS_SOCIAL_CARE,
        "Director of Children's Services",
        "{la1} Council",
        Seniority.SENIOR_PARTNER,
        True,
        0.85,
        0.6,
    ),
    SeatSpec(
        Sector.EDUCATION, "Director of Education and Skills", "{la2} Council", Seniority.SENIOR_PARTNER, True, 0.7, 0.7
    ),
    SeatSpec(Sector.POLICE, "Chief Superintendent", "{area} Police", Seniority.SENIOR_PARTNER, True, 0.85, 0.7),
    SeatSpec(
        Sector.PROBATION,
        "Head of Probation Delivery Unit",
        "Probation Service, {area}",
        Seniority.SENIOR_PARTNER,
        True,
        0.8,
        0.6,
    ),
    SeatSpec(
        Sector.HEALTH, "Director of Nursing", "{area} Integrated Care Board", Seniority.SENIOR_PARTNER, True, 0.75, 0.5
    ),
    SeatSpec(
        Sector.HEALTH,
        "Clinical Director, Children's Services",
        "{area} Health NHS Trust",
        Seniority.SENIOR_PARTNER,
        True,
        0.6,
        0.3,
    ),
    SeatSpec(Sector.YOUTH_JUSTICE, "Head of Service", "{area} Youth Justice Service", Seniority.ADVISER, False, 1.0, 0.0),
    SeatSpec(
        Sector.COMMUNITY_SAFETY,
        "Community Safety Partnership Manager",
        "{la1} Council",
        Seniority.SENIOR_PARTNER,
        True,
        0.7,
        0.3,
    ),
    SeatSpec(Sector.VOLUNTARY_SECTOR, "Chief Executive", "{area} Youth Trust", Seniority.SENIOR_PARTNER, True, 0.75, 0.2),
    SeatSpec(Sector.HOUSING, "Head of Housing Options", "{la2} Council", Seniority.DEPUTY, False, 0.6, 0.3),
)
POLICE_SEAT = 3  # its first holder left a year ago


def _name(rng: random.Random) -> str:
    return f"{rng.choice(names.ADULTS)} {rng.choice(names.SURNAMES)}"


def _second_tuesday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(TUESDAY - first.weekday()) % 7 + 7)


def meeting_days(as_of: date) -> list[tuple[date, str]]:
    """One ordinary meeting a quarter, on the second Tuesday of its middle month, over two years and the next
    quarter; and one extraordinary meeting about ten months ago."""
    days = []
    for back in range(-1, 4 * YEARS_OF_MEETINGS + 1):
        middle = add_months(Quarter.containing(as_of).previous(back).start, 1)
        days.append((_second_tuesday(middle.year, middle.month), MeetingKind.ORDINARY))
    # On the fourth Tuesday, so it never falls on an ordinary meeting's day.
    extraordinary = _second_tuesday(*_year_month(add_months(as_of, -10))) + timedelta(days=14)
    days.append((extraordinary, MeetingKind.EXTRAORDINARY))
    earliest = add_months(as_of, -12 * YEARS_OF_MEETINGS)
    return sorted((day, kind) for day, kind in days if day > earliest)


def _year_month(day: date) -> tuple[int, int]:
    return day.year, day.month


def _members(service: Service, as_of: date, rng: random.Random, board_login: User | None) -> list[BoardMember]:
    area = service.name.split()[0]
    authorities = [la.name for la in service.local_authorities.order_by("name")] or [area]
    places = {"area": area, "la1": authorities[0], "la2": authorities[-1]}
    joined = add_months(as_of, -12 * YEARS_OF_MEETINGS - 6)
    changeover = add_months(as_of, -12)
    members = []
    for index, seat in enumerate(SEATS):
        member = BoardMember(
            service=service,
            name=_name(rng),
            organisation=seat.organisation.format(**places),
            role_title=seat.title,
            sector=seat.sector,
            seniority=seat.seniority,
            senior_partner=seat.senior_partner,
            active_from=joined,
            user=board_login if seat.seniority == Seniority.CHAIR else None,
        )
        if index == POLICE_SEAT:
            member.active_from = changeover
            before = BoardMember(**{**_fields(member), "name": _name(rng), "active_from": joined})
            before.active_to = changeover - timedelta(days=1)
            members.append(before)
        members.append(member)
    return members


def _fields(member: BoardMember) -> dict[str, object]:
    keep = ("service", "organisation", "role_title", "sector", "seniority", "senior_partner", "user")
    return {field: getattr(member, field) for field in keep}


def _seat_at(member: BoardMember, seat: SeatSpec, meeting: BoardMeeting, rng: random.Random) -> Attendance:
    if rng.random() < seat.attends:
        return Attendance(meeting=meeting, member=member, attended=True)
    if rng.random() < seat.sends_deputy:
        seniority = Seniority.SENIOR_PARTNER if rng.random() < DEPUTY_IS_SENIOR else Seniority.DEPUTY
        return Attendance(meeting=meeting, member=member, deputy_name=_name(rng), deputy_seniority=seniority)
    return Attendance(meeting=meeting, member=member)


@transaction.atomic
def ensure_demo_board(service: Service, as_of: date, seed: int, board_login: User | None = None) -> bool:
    """Give the demo service its board once; False if it has one already."""
    if BoardMember.objects.filter(service=service).exists():
        return False
    rng = random.Random(f"{seed}:board")
    members = BoardMember.objects.bulk_create(_members(service, as_of, rng, board_login))
    seat_of = {member.pk: SEATS[_seat_index(member)] for member in members}
    meetings = BoardMeeting.objects.bulk_create(
        [BoardMeeting(service=service, held_on=day, kind=kind) for day, kind in meeting_days(as_of)]
    )
    attendances = [
        _seat_at(member, seat_of[member.pk], meeting, rng)
        for meeting in meetings
        if meeting.held_on <= as_of
        for member in members
        if member.is_active_on(meeting.held_on)
    ]
    Attendance.objects.bulk_create(attendances)
    return True


def _seat_index(member: BoardMember) -> int:
    return next(i for i, seat in enumerate(SEATS) if (seat.sector, seat.title) == (member.sector, member.role_title))
