"""factory_boy factories for the out-of-court pipeline's records, built straight into a given stage."""

from __future__ import annotations

from datetime import date, timedelta

import factory
from django.utils import timezone

from tests.factories import ChildFactory
from yjs.core.models import PartnerAgency
from yjs.diversion.models import (
    BriefAssessment,
    Escalation,
    Notification,
    PanelDecision,
    PanelMeeting,
    Proposal,
    ScreeningRequest,
    ScrutinyItem,
    ScrutinySample,
)
from yjs.diversion.vocabularies import Stage


class PartnerAgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerAgency
        django_get_or_create = ("service", "name")

    name = factory.Sequence(lambda n: f"Agency {n}")


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    local_authority = factory.SelfAttribute("child.local_authority")
    police_reference = factory.Sequence(lambda n: f"DP/{n:06d}/25")
    first_name = factory.SelfAttribute("child.first_name")
    last_name = factory.SelfAttribute("child.last_name")
    date_of_birth = factory.SelfAttribute("child.date_of_birth")
    pnc_number = factory.SelfAttribute("child.pnc_number")
    offence_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=20))
    offence_description = "Theft from a shop"
    gravity_score = 2
    admitted = True
    officer = "PC 1234 Example"
    victim_details = "Corner Shop Ltd, manager Sam Victim"
    notified_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=14))
    stage = Stage.SCREENING


class ScreeningRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScreeningRequest

    notification = factory.SubFactory(NotificationFactory)
    service = factory.SelfAttribute("notification.service")
    agency = factory.SubFactory(PartnerAgencyFactory, service=factory.SelfAttribute("..service"))
    requested_on = factory.SelfAttribute("notification.notified_on")
    due_on = factory.LazyAttribute(lambda o: o.requested_on + timedelta(days=7))


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    notification = factory.SubFactory(NotificationFactory, stage=Stage.PANEL)
    service = factory.SelfAttribute("notification.service")
    proposed_outcome = "YC"
    offence_category = "THEFT_AND_HANDLING"
    seriousness = 2
    reasons = "First offence, admitted, low value; partners know the family through early help."
    brief_assessment_needed = False


class BriefAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BriefAssessment

    notification = factory.SubFactory(NotificationFactory, stage=Stage.ASSESSMENT)
    service = factory.SelfAttribute("notification.service")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=10))


class PanelMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PanelMeeting

    meeting_date = factory.Sequence(lambda n: date(2025, 1, 6) + timedelta(weeks=n))
    police_attendees = "Sgt Example (police)"
    yjs_attendees = "Team manager (YJS)"
    early_help_attendees = "Early help coordinator"


class PanelDecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PanelDecision

    notification = factory.SubFactory(NotificationFactory, stage=Stage.DECIDED)
    service = factory.SelfAttribute("notification.service")
    meeting = factory.SubFactory(PanelMeetingFactory, service=factory.SelfAttribute("..service"))
    decision = "YC"
    rationale = "Gravity 2, admitted, no previous outcomes; needs met by a caution with voluntary support."
    police_position = "YC"
    yjs_position = "YC"
    agreed = True


class EscalationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Escalation

    decision = factory.SubFactory(PanelDecisionFactory, agreed=False, yjs_position="CR")
    service = factory.SelfAttribute("decision.service")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))


class ScrutinySampleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScrutinySample

    decided_from = date(2025, 1, 1)
    decided_to = factory.LazyFunction(timezone.localdate)
    size = 1
    seed = 42


class ScrutinyItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScrutinyItem

    sample = factory.SubFactory(ScrutinySampleFactory)
    service = factory.SelfAttribute("sample.service")
    position = factory.Sequence(lambda n: n + 1)
