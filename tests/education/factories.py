from __future__ import annotations

from datetime import date
from decimal import Decimal

import factory

from tests.factories import ChildFactory
from yjs.education.models import EducationPlacement, Exclusion


class PlacementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EducationPlacement

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    kind = "school"
    provider = "Hardy Academy"
    start_date = date(2024, 9, 2)
    hours_offered = Decimal(25)
    hours_attended = Decimal(20)
    suitable = "yes"


class ExclusionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Exclusion

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    kind = "fixed_term"
    school = "Hardy Academy"
    start_date = date(2024, 11, 4)
    days = 3
