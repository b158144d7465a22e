from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import Cast
from tests.health.factories import HealthInterventionFactory
from yjs.health.models import HealthIntervention


@dataclass
class Records:
    cast: Cast
    intervention: HealthIntervention


@pytest.fixture
def records(cast: Cast) -> Records:
    cast.child.mental_health_concern = True
    cast.child.save()
    return Records(cast, HealthInterventionFactory(child=cast.child))
