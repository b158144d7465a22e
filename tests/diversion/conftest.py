"""A pipeline with a notification at every stage, in the cast's service, for access and page tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.conftest import Cast
from tests.diversion.factories import (
    BriefAssessmentFactory,
    EscalationFactory,
    NotificationFactory,
    PanelDecisionFactory,
    PanelMeetingFactory,
    ProposalFactory,
    ScreeningRequestFactory,
    ScrutinyItemFactory,
    ScrutinySampleFactory,
)
from tests.factories import ChildFactory, OutcomeFactory
from yjs.core.models import PartnerAgency
from yjs.diversion.models import (
    BriefAssessment,
    Escalation,
    Notification,
    PanelMeeting,
    ScreeningRequest,
    ScrutinyItem,
    ScrutinySample,
)
from yjs.diversion.vocabularies import Stage


@dataclass
class Pipeline:
    cast: Cast
    social_care: PartnerAgency  # the cast's screener's agency
    health: PartnerAgency
    # Uncertain match: a notification naming someone like the cast's child, awaiting review.
    matching: Notification
    screening: Notification
    social_care_request: ScreeningRequest  # unanswered, for the screener's agency
    health_request: ScreeningRequest  # another agency's: the screener must get 404
    proposal: Notification  # screening complete, awaiting the police proposal
    assessment: Notification
    brief_assessment: BriefAssessment  # allocated to the cast's case manager
    panel: Notification  # proposed, ready for the panel
    meeting: PanelMeeting  # a panel sitting today, where `panel` is due
    escalated: Notification
    escalation: Escalation  # named manager: the cast's team manager
    decided: Notification  # agreed youth caution, outcome to deliver
    completed: Notification
    sample: ScrutinySample
    scrutiny_item: ScrutinyItem
    other_service: Notification


def build_pipeline(cast: Cast) -> Pipeline:
    service = cast.service
    agencies = {agency.name: agency for agency in PartnerAgency.objects.filter(service=service)}
    social_care, health = agencies["Children's social care"], agencies["Health"]
    today = timezone.localdate()

    def child(**kwargs: object):  # type: ignore[no-untyped-def]
        return ChildFactory(service=service, local_authority=cast.child.local_authority, **kwargs)

    matching = NotificationFactory(
        service=service,
        child=None,
        local_authority=cast.child.local_authority,
        first_name=cast.child.first_name,
        last_name=cast.child.last_name,
        date_of_birth=cast.child.date_of_birth,
        pnc_number="",
        stage=Stage.MATCHING,
        candidate_ids=[cast.child.pk],
    )
    screening = NotificationFactory(child=child(first_name="Sam"), stage=Stage.SCREENING)
    social_care_request = ScreeningRequestFactory(notification=screening, agency=social_care)
    health_request = ScreeningRequestFactory(notification=screening, agency=health)
    proposal = NotificationFactory(
        child=child(first_name="Robin"), stage=Stage.PROPOSAL, screening_completed_on=today - timedelta(days=7)
    )
    for agency in (social_care, health):
        ScreeningRequestFactory(
            notification=proposal,
            agency=agency,
            child_known="no",
            family_known="no",
            responded_on=today - timedelta(days=7),
            responded_by=cast.partner_screener,
        )
    assessment = NotificationFactory(
        child=child(first_name="Ash"), stage=Stage.ASSESSMENT, proposed_on=today - timedelta(days=5)
    )
    ProposalFactory(notification=assessment, proposed_outcome="YCC", brief_assessment_needed=True)
    brief = BriefAssessmentFactory(
        notification=assessment, case_manager=cast.case_manager, allocated_on=today - timedelta(days=4)
    )
    panel = NotificationFactory(child=child(first_name="Kit"), stage=Stage.PANEL, proposed_on=today - timedelta(days=3))
    ProposalFactory(notification=panel, proposed_outcome="CR")
    meeting = PanelMeetingFactory(service=service, meeting_date=today, chair=cast.team_manager)
    escalated = NotificationFactory(
        child=child(first_name="Lee"), stage=Stage.ESCALATED, proposed_on=today - timedelta(days=9)
    )
    ProposalFactory(notification=escalated, proposed_outcome="YC")
    escalation = EscalationFactory(
        decision=PanelDecisionFactory(
            notification=escalated, meeting=meeting, agreed=False, police_position="YC", yjs_position="CR"
        ),
        manager=cast.team_manager,
    )
    decided = NotificationFactory(
        child=child(first_name="Mo"), stage=Stage.DECIDED, decided_on=today - timedelta(days=2), decision="YC"
    )
    ProposalFactory(notification=decided, proposed_outcome="YC")
    PanelDecisionFactory(notification=decided, meeting=meeting)
    completed_child = child(first_name="Nat")
    outcome = OutcomeFactory(
        child=completed_child,
        service=service,
        outcome_type_id="YC",
        outcome_date=today - timedelta(days=30),
        length_months=None,
    )
    completed = NotificationFactory(
        child=completed_child,
        stage=Stage.COMPLETED,
        decided_on=today - timedelta(days=35),
        decision="YC",
        outcome=outcome,
        outcome_delivered_on=today - timedelta(days=30),
    )
    ProposalFactory(notification=completed, proposed_outcome="YC")
    PanelDecisionFactory(notification=completed, meeting=PanelMeetingFactory(service=service))
    sample = ScrutinySampleFactory(service=service)
    item = ScrutinyItemFactory(sample=sample, notification=completed)
    other_service = NotificationFactory(child=cast.other_service_child)
    return Pipeline(
        cast=cast,
        social_care=social_care,
        health=health,
        matching=matching,
        screening=screening,
        social_care_request=social_care_request,
        health_request=health_request,
        proposal=proposal,
        assessment=assessment,
        brief_assessment=brief,
        panel=panel,
        meeting=meeting,
        escalated=escalated,
        escalation=escalation,
        decided=decided,
        completed=completed,
        sample=sample,
        scrutiny_item=item,
        other_service=other_service,
    )


@pytest.fixture
def pipeline(cast: Cast) -> Pipeline:
    return build_pipeline(cast)
