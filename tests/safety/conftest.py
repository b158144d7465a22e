"""The cast's service with safety records: a past and a coming panel meeting, a decided referral with actions
owned by the cast's case manager (one overdue), a second North child waiting for the panel, an ended MAPPA
record, an exploitation screening, an NRM referral and a submitted plan with a contingency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.conftest import Cast
from tests.factories import AssessmentFactory, ChildFactory, InterventionFactory, OutcomeFactory, PlanFactory
from tests.safety.factories import (
    MappaRecordFactory,
    NrmReferralFactory,
    PanelAttendeeFactory,
    PanelMeetingFactory,
    PanelReferralFactory,
    SafetyActionFactory,
    ScreeningFactory,
)
from yjs.casework.models import Plan
from yjs.children.models import Child
from yjs.safety.models import (
    ExploitationScreening,
    MappaRecord,
    NrmReferral,
    PanelMeeting,
    PanelReferral,
    SafetyAction,
)


@dataclass
class Safety:
    cast: Cast
    past: PanelMeeting
    coming: PanelMeeting
    decided: PanelReferral
    overdue: SafetyAction
    later: SafetyAction
    waiting_child: Child
    waiting: PanelReferral
    mappa: MappaRecord
    screening: ExploitationScreening
    nrm: NrmReferral
    plan: Plan


def build_safety(cast: Cast) -> Safety:
    today = timezone.localdate()
    now = timezone.now()
    service, child = cast.service, cast.child
    past = PanelMeetingFactory(service=service, held_on=today - timedelta(days=20))
    PanelAttendeeFactory(meeting=past, agency="youth_justice", names="Tess Hughes")
    PanelAttendeeFactory(meeting=past, agency="police", names="PC Drew Lane")
    coming = PanelMeetingFactory(service=service, held_on=today + timedelta(days=10))
    decided = PanelReferralFactory(
        child=child,
        service=service,
        meeting=past,
        referred_on=today - timedelta(days=30),
        decided_on=past.held_on,
        agreed_rosh="high",
        agreed_safety="medium",
        decision="Safety plan shared with police; weekly contact.",
        review_on=today + timedelta(days=60),
    )
    overdue = SafetyActionFactory(
        referral=decided,
        service=service,
        owner=cast.case_manager,
        due_on=today - timedelta(days=3),
        description="Share the safety plan with the school",
    )
    later = SafetyActionFactory(
        referral=decided,
        service=service,
        owner=cast.case_manager,
        due_on=today + timedelta(days=14),
        description="Arrange a joint home visit with social care",
    )
    waiting_child = ChildFactory(
        service=service, local_authority=child.local_authority, first_name="Riley", last_name="Waiting"
    )
    outcome = OutcomeFactory(child=waiting_child, service=service)
    InterventionFactory(
        outcome=outcome, child=waiting_child, service=service, team=cast.intervention.team, case_manager=cast.case_manager
    )
    waiting = PanelReferralFactory(
        child=waiting_child, service=service, meeting=past, referred_on=today - timedelta(days=25)
    )
    mappa = MappaRecordFactory(
        child=child, service=service, started_on=today - timedelta(days=400), ended_on=today - timedelta(days=30)
    )
    screening = ScreeningFactory(child=child, service=service, screened_on=today - timedelta(days=5))
    nrm = NrmReferralFactory(child=child, service=service, referred_on=today - timedelta(days=4))
    AssessmentFactory(
        intervention=cast.intervention,
        service=service,
        rosh_rating="medium",
        status="submitted",
        submitted_by=cast.case_manager,
        submitted_at=now - timedelta(days=40),
        who_is_at_risk="A younger sibling",
        nature_of_risk="Violence at home",
    )
    plan = PlanFactory(
        intervention=cast.intervention,
        service=service,
        status="submitted",
        submitted_by=cast.case_manager,
        submitted_at=now - timedelta(days=35),
        desistance_objectives="College",
        child_safety_objectives="Safety plan",
        others_safety_objectives="No contact",
        contingency="Call the duty manager if he goes missing.",
    )
    return Safety(cast, past, coming, decided, overdue, later, waiting_child, waiting, mappa, screening, nrm, plan)


@pytest.fixture
def safety(cast: Cast) -> Safety:
    return build_safety(cast)
