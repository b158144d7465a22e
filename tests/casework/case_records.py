"""The records on the cast's case that every casework page needs one of, built once for access tests.

Each countersigned record comes twice: submitted (what a reader opens and a manager countersigns) and a
draft (what a caseworker edits), because a page answers differently for each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from tests.conftest import Cast
from tests.factories import (
    AssessmentFactory,
    ChildFactory,
    ContactFactory,
    InterventionFactory,
    LocalAuthorityFactory,
    OffenceFactory,
    OutcomeFactory,
    PlanFactory,
)
from yjs.casework.models import Assessment, Contact, Intervention, Plan
from yjs.core.models import LocalAuthority
from yjs.justice.models import Offence, Outcome, OutcomeType


@dataclass
class CaseRecords:
    cast: Cast
    submitted_assessment: Assessment
    draft_assessment: Assessment
    submitted_plan: Plan
    draft_plan: Plan
    contact: Contact
    # A referral order for the same child with no intervention yet: what "start an intervention" needs.
    outcome_without_intervention: Outcome
    # An offence no outcome has dealt with yet: what "record an outcome" needs.
    offence_without_outcome: Offence
    # The other service's own authority, so its manager can record a child of their own.
    other_service_authority: LocalAuthority
    # A second North case, after a youth conditional caution: the police's part of the service's work.
    out_of_court_case: Intervention


def case_records_for(cast: Cast) -> CaseRecords:
    case = cast.intervention
    submitted = {"status": "submitted", "submitted_by": cast.case_manager, "submitted_at": timezone.now()}
    child = cast.child
    return CaseRecords(
        cast=cast,
        submitted_assessment=AssessmentFactory(intervention=case, service=cast.service, **submitted),
        draft_assessment=AssessmentFactory(intervention=case, service=cast.service),
        submitted_plan=PlanFactory(
            intervention=case,
            service=cast.service,
            desistance_objectives="College three days a week",
            child_safety_objectives="Safety plan with mother",
            others_safety_objectives="No contact with the victim",
            **submitted,
        ),
        draft_plan=PlanFactory(intervention=case, service=cast.service),
        contact=ContactFactory(intervention=case, service=cast.service),
        outcome_without_intervention=OutcomeFactory(
            child=child,
            service=cast.service,
            outcome_type=OutcomeType.objects.get(code="RO"),
            outcome_date=date(2025, 6, 2),
        ),
        offence_without_outcome=OffenceFactory(child=child, service=cast.service, offence_date=date(2025, 5, 1)),
        other_service_authority=LocalAuthorityFactory(service=cast.other_service),
        out_of_court_case=out_of_court_case_for(cast),
    )


def out_of_court_case_for(cast: Cast) -> Intervention:
    child = ChildFactory(
        service=cast.service, local_authority=cast.child.local_authority, first_name="Sam", last_name="Cautioned"
    )
    caution = OutcomeFactory(
        child=child, service=cast.service, outcome_type=OutcomeType.objects.get(code="YCC"), length_months=None
    )
    return InterventionFactory(
        outcome=caution, child=child, service=cast.service, team=cast.intervention.team, case_manager=cast.case_manager
    )
