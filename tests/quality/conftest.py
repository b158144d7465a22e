"""A caseload to audit for the cast's service: court and out-of-court cases in both teams and both authorities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tests.conftest import Cast
from tests.factories import AssessmentFactory, ContactFactory, PlanFactory, ReviewFactory, UserFactory
from tests.quality.factories import audit_round, case
from yjs.casework.models import Intervention
from yjs.core.models import LocalAuthority, Team, User
from yjs.core.roles import Role
from yjs.quality.models import AuditCase, AuditRound


@dataclass
class Audit:
    cast: Cast
    south_manager: User
    north: Team
    south: Team
    east: LocalAuthority
    west: LocalAuthority
    north_court: Intervention
    south_court: Intervention
    north_out_of_court: Intervention
    south_out_of_court: Intervention
    round: AuditRound

    def case_of(self, intervention: Intervention) -> AuditCase:
        return self.round.cases.get(intervention=intervention)


def build_audit(cast: Cast) -> Audit:
    north = cast.intervention.team
    south = Team.objects.get(service=cast.service, name="South")
    east = cast.child.local_authority
    west = LocalAuthority.objects.get(service=cast.service, code="E06000059")
    south_manager = UserFactory(username="tm_south", role=Role.TEAM_MANAGER, team=south, service=cast.service)
    north_court = cast.intervention
    AssessmentFactory(intervention=north_court, harm_analysis="Risk to younger brother when angry.")
    PlanFactory(intervention=north_court, contingency="Call the duty manager if he goes missing.")
    ReviewFactory(intervention=north_court, progress="Attending football sessions.")
    ContactFactory(intervention=north_court, note="Met at the office.")
    south_court = case(cast.service, south, west, "YRO")
    north_ooc = case(cast.service, north, west, "YC", date(2025, 5, 2))
    south_ooc = case(cast.service, south, east, "YCC", date(2025, 5, 9))
    round_ = audit_round(cast.service, [north_court, south_court, north_ooc, south_ooc], auditor=cast.auditor)
    return Audit(cast, south_manager, north, south, east, west, north_court, south_court, north_ooc, south_ooc, round_)


@pytest.fixture
def audit(cast: Cast) -> Audit:
    return build_audit(cast)
