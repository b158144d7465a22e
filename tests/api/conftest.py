"""API test helpers: a client signed in as any member of the cast, and a few extra records."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.conftest import Cast
from tests.factories import AssessmentFactory, OffenceFactory, PlanFactory
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
