"""The cast's child with a parent, a referral of that parent, and a programme of the service."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import Cast
from tests.factories import CarerFactory
from tests.parenting.factories import ProgrammeFactory, ReferralFactory
from yjs.children.models import Carer
from yjs.parenting.models import ParentingProgramme, ParentingReferral


@dataclass
class Family:
    cast: Cast
    carer: Carer
    programme: ParentingProgramme
    referral: ParentingReferral


@pytest.fixture
def family(cast: Cast) -> Family:
    carer = CarerFactory(child=cast.child, name="Pat Testcase", relationship="Mother")
    programme = ProgrammeFactory(service=cast.service, name="Non-violent resistance", provider="Dorset Families")
    referral = ReferralFactory(carer=carer, programme=programme, referred_by=cast.case_manager)
    return Family(cast, carer, programme, referral)
