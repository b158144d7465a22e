"""Helpers for casework tests: outcomes of a given type, and assessments already submitted."""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone

from tests.conftest import Cast
from tests.factories import (
    AssessmentFactory,
    ChildFactory,
    InterventionFactory,
    OutcomeFactory,
)
from yjs.casework.models import Assessment, Intervention
from yjs.children.models import Child
from yjs.core.models import User
from yjs.justice.models import Outcome, OutcomeType


def outcome_for(child: Child, code: str = "RO", on: date = date(2025, 4, 1)) -> Outcome:
    return OutcomeFactory(
        child=child, service=child.service, outcome_type=OutcomeType.objects.get(code=code), outcome_date=on
    )


def case_for(cast: Cast, case_manager: User | None = None, code: str = "RO", **fields: object) -> Intervention:
    """Another open case in the case manager's team (North), for a new child."""
    child = ChildFactory(service=cast.service, local_authority=cast.child.local_authority)
    return InterventionFactory(
        outcome=outcome_for(child, code),
        child=child,
        service=cast.service,
        team=cast.intervention.team,
        case_manager=case_manager,
        **fields,
    )


def submitted_assessment(intervention: Intervention, by: User, **ratings: object) -> Assessment:
    values = {
        "safety_rating": "low",
        "rosh_rating": "low",
        "reoffending_likelihood": "low",
        "status": "submitted",
        "submitted_by": by,
        "submitted_at": timezone.now(),
    } | ratings
    return AssessmentFactory(intervention=intervention, service=intervention.service, **values)


@pytest.fixture
def submitted(cast: Cast) -> Assessment:
    return submitted_assessment(cast.intervention, cast.case_manager)
