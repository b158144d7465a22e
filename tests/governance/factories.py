"""factory_boy factories for the partnership board."""

from __future__ import annotations

from datetime import date

import factory

from tests.factories import ServiceFactory
from yjs.governance.models import Action, Attendance, BoardMeeting, BoardMember, Recommendation
from yjs.governance.vocabularies import MeetingKind, PlanOwner, Sector, Seniority, SourceKind


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


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    service = factory.SubFactory(ServiceFactory)
    source_kind = SourceKind.INSPECTION_REPORT
    source_title = "HMIP inspection of youth justice services, January 2023"
    made_on = date(2023, 6, 13)
    number = factory.Sequence(lambda n: n + 1)
    text = "Improve the analysis of risk of harm to others."
    owner = PlanOwner.SERVICE_MANAGER


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    recommendation = factory.SubFactory(RecommendationFactory)
    what = "Deliver training to case managers"
    owner_name = "Head of service"
    due_on = date(2024, 3, 31)
