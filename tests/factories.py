"""factory_boy factories for the case records tests build by hand."""

from __future__ import annotations

from datetime import date

import factory

from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review
from yjs.children.models import Carer, Child, Family
from yjs.core.models import LocalAuthority, Service, Team, User
from yjs.core.roles import Role
from yjs.justice.models import Offence, Outcome, OutcomeType

PASSWORD = "correct-horse-battery-staple"


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"svc{n}")
    name = factory.Sequence(lambda n: f"Service {n} YJS")


class LocalAuthorityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LocalAuthority

    service = factory.SubFactory(ServiceFactory)
    # A prefix no real ONS code has, so generated codes never meet the fixed ones in the cast.
    code = factory.Sequence(lambda n: f"TEST{n:06d}")
    name = factory.Sequence(lambda n: f"Authority {n}")


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    service = factory.SubFactory(ServiceFactory)
    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"Staff{n}")
    last_name = "Member"
    service = factory.SubFactory(ServiceFactory)
    team = None
    role = Role.CASE_MANAGER
    password = factory.django.Password(PASSWORD)


class FamilyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Family

    service = factory.SubFactory(ServiceFactory)
    name = factory.Sequence(lambda n: f"Family {n}")


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    service = factory.SubFactory(ServiceFactory)
    first_name = factory.Sequence(lambda n: f"Child{n}")
    last_name = "Example"
    date_of_birth = date(2009, 5, 17)
    sex = "M"
    ethnicity = "W_BRITISH"
    local_authority = factory.SubFactory(LocalAuthorityFactory, service=factory.SelfAttribute("..service"))


class CarerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Carer

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    name = "Pat Example"
    relationship = "Mother"
    parental_responsibility = True


class OffenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offence

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    offence_date = date(2025, 3, 1)
    description = "Theft from a shop"
    category = "THEFT_AND_HANDLING"
    seriousness = 2


class OutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outcome
        skip_postgeneration_save = True

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    outcome_type = factory.LazyFunction(lambda: OutcomeType.objects.get(code="RO"))
    outcome_date = date(2025, 4, 1)
    length_months = 6

    @factory.post_generation
    def offences(self, create, extracted, **kwargs):  # type: ignore[no-untyped-def]
        if not create:
            return
        self.offences.set(extracted or [OffenceFactory(child=self.child, service=self.service)])


class InterventionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Intervention

    outcome = factory.SubFactory(OutcomeFactory)
    child = factory.SelfAttribute("outcome.child")
    service = factory.SelfAttribute("outcome.service")
    team = factory.SubFactory(TeamFactory, service=factory.SelfAttribute("..service"))
    start_date = date(2025, 4, 1)


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assessment

    intervention = factory.SubFactory(InterventionFactory)
    service = factory.SelfAttribute("intervention.service")
    factors_for_desistance = "Engages well with his football coach."
    safety_rating = "low"
    rosh_rating = "low"
    reoffending_likelihood = "low"


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    intervention = factory.SubFactory(InterventionFactory)
    service = factory.SelfAttribute("intervention.service")


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    intervention = factory.SubFactory(InterventionFactory)
    service = factory.SelfAttribute("intervention.service")
    review_date = date(2025, 7, 1)
    progress = "Attending sessions."


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    intervention = factory.SubFactory(InterventionFactory)
    service = factory.SelfAttribute("intervention.service")
    scheduled_at = factory.LazyFunction(lambda: __import__("django.utils.timezone").utils.timezone.now())
    contact_type = "office"
