from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import Cast
from tests.education.factories import ExclusionFactory, PlacementFactory
from yjs.education.models import EducationPlacement, Exclusion


@dataclass
class Records:
    cast: Cast
    placement: EducationPlacement
    exclusion: Exclusion


@pytest.fixture
def records(cast: Cast) -> Records:
    return Records(cast, PlacementFactory(child=cast.child), ExclusionFactory(child=cast.child))
