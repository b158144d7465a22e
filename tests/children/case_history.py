"""A child's case with one record of every kind the History tab shows from casework, justice and the out-of-court
pipeline, each then changed by someone named, and how to read one change's card off the page."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.casework.conftest import submitted_assessment
from tests.conftest import Cast
from tests.diversion.factories import (
    BriefAssessmentFactory,
    EscalationFactory,
    NotificationFactory,
    PanelDecisionFactory,
    ProposalFactory,
    ScreeningRequestFactory,
)
from tests.factories import ContactFactory, InterventionFactory, OutcomeFactory, PlanFactory, ReviewFactory
from yjs.casework import services
from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.core.models import PartnerAgency, User
from yjs.diversion.models import BriefAssessment, Escalation, Notification, Proposal, ScreeningRequest
from yjs.diversion.vocabularies import Stage
from yjs.justice.models import Offence, Outcome, OutcomeType


@dataclass
class CaseHistory:
    offence: Offence
    outcome: Outcome
    intervention: Intervention
    assessment: Assessment
    plan: Plan
    review: Review
    significant_change: SignificantChange
    contact: Contact
    # A youth conditional caution's supervision: the police's part of the case.
    out_of_court: Intervention
    out_of_court_contact: Contact
    notification: Notification
    screening: ScreeningRequest
    proposal: Proposal
    brief_assessment: BriefAssessment
    escalation: Escalation


def saved_by(user: User, record: Any, **values: Any) -> Any:
    """Change `record` as a page would, naming who changed it in its history."""
    for name, value in values.items():
        setattr(record, name, value)
    record._history_user = user
    record.save()
    return record


def case_with_every_record(
    cast: Cast, reference: str = "BX/0000123/25", case: Intervention | None = None
) -> CaseHistory:
    """Every kind of record on `case` (the cast's referral order unless another is given) and the cast's child."""
    child, service = cast.child, cast.service
    case = case or cast.intervention
    caution = OutcomeFactory(
        child=child, service=service, outcome_type=OutcomeType.objects.get(code="YCC"), length_months=None
    )
    out_of_court = InterventionFactory(
        outcome=caution, child=child, service=service, team=case.team, start_date=date(2025, 5, 6)
    )
    notification = NotificationFactory(child=child, police_reference=reference, stage=Stage.ESCALATED)
    decision = PanelDecisionFactory(notification=notification, agreed=False, yjs_position="CR")
    return CaseHistory(
        offence=case.outcome.offences.get(),
        outcome=case.outcome,
        intervention=case,
        assessment=submitted_assessment(case, cast.case_manager),
        plan=PlanFactory(intervention=case, service=service, desistance_objectives="College three days a week"),
        review=ReviewFactory(intervention=case, service=service, review_date=date(2025, 7, 1)),
        significant_change=SignificantChange.objects.create(
            intervention=case, service=service, occurred_on=date(2025, 6, 9), description="Moved to his aunt's"
        ),
        contact=ContactFactory(intervention=case, service=service, scheduled_at=_at(2025, 4, 3)),
        out_of_court=out_of_court,
        out_of_court_contact=ContactFactory(intervention=out_of_court, service=service, scheduled_at=_at(2025, 5, 8)),
        notification=notification,
        screening=ScreeningRequestFactory(
            notification=notification, agency=PartnerAgency.objects.get(service=service, name="Health")
        ),
        proposal=ProposalFactory(notification=notification, proposed_outcome="YC"),
        brief_assessment=BriefAssessmentFactory(notification=notification),
        escalation=EscalationFactory(decision=decision, manager=cast.team_manager),
    )


def _at(year: int, month: int, day: int) -> datetime:
    return timezone.make_aware(datetime(year, month, day, 10, 0))


def change_every_record(cast: Cast, records: CaseHistory) -> None:
    manager, worker = cast.team_manager, cast.case_manager
    saved_by(cast.service_manager, records.offence, description="Theft of a bicycle")
    saved_by(cast.service_manager, records.outcome, court="Poole Youth Court")
    saved_by(manager, records.intervention, level="enhanced")
    services.allocate(manager, records.intervention, cast.team_manager)
    services.countersign_assessment(manager, records.assessment, "Analysis agreed")
    saved_by(worker, records.plan, desistance_objectives="College four days a week")
    saved_by(worker, records.review, progress="Attending every session")
    saved_by(worker, records.significant_change, description="Moved back home")
    services.record_contact_outcome(worker, records.contact, "did_not_attend", "Unwell; rearranged for Friday")
    saved_by(worker, records.out_of_court_contact, note="Talked about the caution's conditions")
    saved_by(cast.police_officer, records.notification, gravity_score=3)
    saved_by(cast.partner_screener, records.screening, child_known="yes", information="Known to the school nurse")
    saved_by(cast.police_officer, records.proposal, reasons="Second thoughts after screening")
    saved_by(worker, records.brief_assessment, summary="Needs met by voluntary support")
    saved_by(manager, records.escalation, resolution="Agreed a youth caution", resolved_outcome="YC")


def history_page(client: Client, cast: Cast, page: int = 1) -> str:
    response = client.get(reverse("children:history", args=[cast.child.pk]), {"page": page})
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def cards(page: str) -> list[str]:
    """Each change's card on the page, as its text."""
    return page.split('class="govuk-summary-card"')[1:]


def card(page: str, title: str, containing: str = "") -> str:
    """The one card whose heading is `title` (action and record, as "Changed: Review of 1 July 2025: ..."), and
    which mentions `containing` where one record changed more than once."""
    found = [text for text in cards(page) if f"{title}</h2>" in text and containing in text]
    assert len(found) == 1, f"{len(found)} cards titled {title!r}"
    return found[0]
