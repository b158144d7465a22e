"""factory_boy factories for the partnership board."""

from __future__ import annotations

from datetime import date

import factory

from tests.factories import ServiceFactory
from yjs.governance.models import Attendance, BoardMeeting, BoardMember
from yjs.governance.vocabularies import MeetingKind, Sector, Seniority


class BoardMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardMember

    service = factory.SubFactory(ServiceFactory)
    name = factory.Sequence(lambda n: f"Partner {n}")
    organisation = "Casterbridge Council"
    sector = Sector.CHILDRENS_SOCIAL_CARE
    seniority = Seniority.SENIOR_PARTNER
    senior_partner = True
    active_from = date(2023, 1, 1)


class BoardMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardMeeting

    service = factory.SubFactory(ServiceFactory)
    held_on = date(2025, 5, 13)
    kind = MeetingKind.ORDINARY


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(BoardMeetingFactory)
    member = factory.SubFactory(BoardMemberFactory, service=factory.SelfAttribute("..meeting.service"))
    attended = True
