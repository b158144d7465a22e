from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tests.conftest import Cast
from tests.factories import ChildFactory, InterventionFactory, OutcomeFactory
from tests.resettlement.factories import AccommodationFactory, CustodyEpisodeFactory, TransitionFactory
from yjs.children.models import Child
from yjs.justice.models import Outcome, OutcomeType
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, Transition


@dataclass
class Resettlement:
    cast: Cast
    sentence: Outcome
    episode: CustodyEpisode
    accommodation: AccommodationRecord
    # A second child of the North team's, who already has a transition record.
    older: Child
    transition: Transition


@pytest.fixture
def resettlement(cast: Cast) -> Resettlement:
    child = cast.child
    sentence = OutcomeFactory(
        child=child, service=cast.service, outcome_type=OutcomeType.objects.get(code="DTO"), outcome_date=date(2025, 6, 2)
    )
    episode = CustodyEpisodeFactory(
        child=child,
        kind="sentence",
        outcome=sentence,
        start_date=date(2025, 6, 2),
        expected_release_date=date(2025, 12, 1),
    )
    older = ChildFactory(service=cast.service, local_authority=child.local_authority, first_name="Sam")
    InterventionFactory(
        outcome=OutcomeFactory(child=older, service=cast.service),
        child=older,
        service=cast.service,
        team=cast.intervention.team,
    )
    return Resettlement(
        cast=cast,
        sentence=sentence,
        episode=episode,
        accommodation=AccommodationFactory(child=child),
        older=older,
        transition=TransitionFactory(child=older),
    )
