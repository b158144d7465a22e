from __future__ import annotations

from datetime import date

import factory

from tests.factories import ChildFactory
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, ReleaseMilestone, Transition


class CustodyEpisodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CustodyEpisode

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    kind = "remand"
    establishment_type = "yoi"
    establishment = "HMYOI Wetherby"
    start_date = date(2025, 6, 2)


class ReleaseMilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReleaseMilestone

    episode = factory.SubFactory(CustodyEpisodeFactory)
    milestone = "address_confirmed"
    done_on = date(2025, 7, 1)


class AccommodationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AccommodationRecord

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    accommodation_type = "family"
    start_date = date(2024, 1, 1)
    suitability = "yes"


class TransitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Transition

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    probation_area = "Dorset PDU"
    status = "planned"
