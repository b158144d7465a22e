"""factory_boy factories for the safety records."""

from __future__ import annotations

from datetime import date

import factory

from tests.factories import ChildFactory, ServiceFactory
from yjs.safety.models import (
    ExploitationScreening,
    MappaRecord,
    NrmReferral,
    PanelAttendee,
    PanelMeeting,
    PanelReferral,
    SafetyAction,
)


class PanelMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PanelMeeting

    service = factory.SubFactory(ServiceFactory)
    held_on = date(2025, 6, 10)
    chair = "Robin Chair, Head of Service"


class PanelAttendeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PanelAttendee

    meeting = factory.SubFactory(PanelMeetingFactory)
    agency = "police"
    names = "PC Drew Lane"


class PanelReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PanelReferral

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    referred_on = date(2025, 6, 1)
    reason = "rosh"
    note = "Risk of serious harm rated high at the last assessment."


class SafetyActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SafetyAction

    referral = factory.SubFactory(PanelReferralFactory)
    service = factory.SelfAttribute("referral.service")
    description = "Share the safety plan with the school"
    due_on = date(2025, 7, 1)


class MappaRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MappaRecord

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    category = "2"
    level = "2"
    started_on = date(2025, 5, 1)


class ScreeningFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExploitationScreening

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    screened_on = date(2025, 6, 1)
    indicators = ["cash_or_drugs", "travel_out_of_area"]
    missing_episodes = 2
    associates = "Older cousin known as 'T'"
    locations = "Train station, Bournemouth"
    risk = "high"


class NrmReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NrmReferral

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    referred_on = date(2025, 6, 5)
    exploitation_type = "criminal"
