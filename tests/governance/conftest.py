"""A board for the cast's service: the five statutory sectors and the chair, a past and a planned meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.conftest import Cast
from tests.governance.factories import AttendanceFactory, BoardMeetingFactory, BoardMemberFactory
from yjs.governance.models import BoardMeeting, BoardMember
from yjs.governance.vocabularies import Sector, Seniority


@dataclass
class Board:
    cast: Cast
    members: dict[str, BoardMember]
    left: BoardMember
    past: BoardMeeting
    planned: BoardMeeting


def build_board(cast: Cast) -> Board:
    today = timezone.localdate()
    joined = date(2023, 1, 1)

    def member(name: str, sector: str, seniority: str = Seniority.SENIOR_PARTNER, **extra) -> BoardMember:  # type: ignore[no-untyped-def]
        return BoardMemberFactory(
            service=cast.service, name=name, sector=sector, seniority=seniority, active_from=joined, **extra
        )

    members = {
        "chair": member("Morgan Chair", Sector.LOCAL_AUTHORITY, Seniority.CHAIR, organisation="Casterbridge Council"),
        "csc": member("Casey Care", Sector.CHILDRENS_SOCIAL_CARE),
        "education": member("Eden School", Sector.EDUCATION),
        "police": member("Pat Constable", Sector.POLICE, organisation="Wessex Police"),
        "probation": member("Parker Probation", Sector.PROBATION),
        "health": member("Harper Health", Sector.HEALTH),
    }
    left = member("Lee Former", Sector.HOUSING, active_to=today - timedelta(days=100))
    past = BoardMeetingFactory(service=cast.service, held_on=today - timedelta(days=150))
    for key, seat in members.items():
        if key == "education":
            AttendanceFactory(
                meeting=past, member=seat, attended=False, deputy_name="Dana Deputy", deputy_seniority="deputy"
            )
        else:
            AttendanceFactory(meeting=past, member=seat)
    AttendanceFactory(meeting=past, member=left)
    planned = BoardMeetingFactory(service=cast.service, held_on=today + timedelta(days=40))
    return Board(cast, members, left, past, planned)


@pytest.fixture
def board(cast: Cast) -> Board:
    return build_board(cast)
