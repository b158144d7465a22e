"""factory_boy factories for parenting referrals, programmes and feedback."""

from __future__ import annotations

from datetime import date

import factory

from tests.factories import CarerFactory, InterventionFactory, UserFactory
from yjs.parenting.models import FeedbackResponse, ParentingProgramme, ParentingReferral


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParentingProgramme

    service = factory.SubFactory("tests.factories.ServiceFactory")
    name = factory.Sequence(lambda n: f"Programme {n}")
    provider = "Family Support Team"


class ReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParentingReferral

    carer = factory.SubFactory(CarerFactory)
    child = factory.SelfAttribute("carer.child")
    service = factory.SelfAttribute("child.service")
    referred_by = factory.SubFactory(UserFactory, service=factory.SelfAttribute("..service"))
    referred_on = date(2025, 4, 10)


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackResponse

    intervention = factory.SubFactory(InterventionFactory)
    child = factory.SelfAttribute("intervention.child")
    service = factory.SelfAttribute("intervention.service")
    respondent = "child"
    given_on = date(2025, 6, 1)
    score = 8
