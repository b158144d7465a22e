"""API test helpers: a client signed in as any member of the cast, and a few extra records."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.conftest import Cast
from tests.factories import AssessmentFactory, OffenceFactory, PlanFactory
from yjs.casework import services
from yjs.casework.models import Assessment, Plan
from yjs.core.models import User

ApiAs = Callable[[User], APIClient]


@pytest.fixture
def api_as(db) -> ApiAs:  # type: ignore[no-untyped-def]
    """A client that sends the user's token, as an integration would."""

    def client_for(user: User) -> APIClient:
        client = APIClient()
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return client_for


@pytest.fixture
def records(cast: Cast) -> Cast:
    """The cast's child with an assessment and a plan besides the offence and outcome it already has."""
    assessment = AssessmentFactory(intervention=cast.intervention)
    PlanFactory(intervention=cast.intervention, assessment=assessment)
    return cast


@pytest.fixture
def offence(cast: Cast):  # type: ignore[no-untyped-def]
    return OffenceFactory(child=cast.child, service=cast.service)


# What an assessment needs to be submitted when every rating is low.
COMPLETE_ASSESSMENT = {
    "factors_for_desistance": "Plays for a football team and wants to keep his place.",
    "safety_rating": "low",
    "rosh_rating": "low",
    "reoffending_likelihood": "low",
}
COMPLETE_PLAN = {
    "desistance_objectives": "Attend college three days a week.",
    "child_safety_objectives": "Weekly check-in with his youth worker.",
    "others_safety_objectives": "Restorative work with the shop.",
}


@pytest.fixture
def draft_assessment(cast: Cast) -> Assessment:
    return services.save_assessment(cast.case_manager, cast.intervention, COMPLETE_ASSESSMENT)


@pytest.fixture
def submitted_assessment(cast: Cast, draft_assessment: Assessment) -> Assessment:
    """Submitted by the case manager, waiting for a manager's countersignature."""
    return services.submit_assessment(cast.case_manager, draft_assessment)


@pytest.fixture
def draft_plan(cast: Cast) -> Plan:
    return services.save_plan(cast.case_manager, cast.intervention, COMPLETE_PLAN)


@pytest.fixture
def submitted_plan(cast: Cast, submitted_assessment: Assessment, draft_plan: Plan) -> Plan:
    return services.submit_plan(cast.case_manager, draft_plan)
