"""A victim of the cast's child, and the service's victim worker: the South team's case manager (cm_south),
who is not on the child's case, so the tests tell the designation apart from the child's own case manager."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tests.conftest import Cast
from tests.victims.factories import consent, designate, offer, victim
from yjs.justice.models import Offence
from yjs.victims.models import RestorativeJusticeOffer, Victim, VictimWorker

NAME = "Robin Shopkeeper"
PHONE = "01632 960123"
ADDRESS = "14 Harbour Row, Casterbridge"


@dataclass
class Victims:
    cast: Cast
    offence: Offence
    victim: Victim
    offer: RestorativeJusticeOffer
    worker: VictimWorker


def build_victims(cast: Cast) -> Victims:
    offence = cast.intervention.outcome.offences.get()
    made = victim([offence], name=NAME, phone=PHONE, address=ADDRESS, email="robin@example.com")
    consent(made, date(2025, 3, 10))
    consent(made, date(2025, 3, 10), kind="share")
    return Victims(
        cast=cast,
        offence=offence,
        victim=made,
        offer=offer(made, date(2025, 3, 20)),
        worker=designate(cast.other_team_case_manager),
    )


@pytest.fixture
def victims(cast: Cast) -> Victims:
    return build_victims(cast)
