"""The people and cases the casework journeys start from: one team, its case manager and team manager.

Built with the factories inside each test's transaction-free database, so the live server sees them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.utils import timezone

from tests.factories import (
    AssessmentFactory,
    ChildFactory,
    ContactFactory,
    InterventionFactory,
    LocalAuthorityFactory,
    OffenceFactory,
    OutcomeFactory,
    ServiceFactory,
    TeamFactory,
    UserFactory,
)
from yjs.casework.models import Assessment, Intervention
from yjs.children.models import Child
from yjs.core.models import LocalAuthority, Service, User
from yjs.core.roles import Role


@dataclass
class Team:
    service: Service
    local_authority: LocalAuthority
    case_manager: User
    team_manager: User
    # Review overdue, with a submitted assessment (risk of serious harm high) awaiting countersigning.
    overdue: Intervention
    # Started today, nothing due yet; its assessment (risk low) is countersigned.
    up_to_date: Intervention
    awaiting_countersignature: Assessment

    @property
    def overdue_child(self) -> Child:
        return self.overdue.child

    @property
    def up_to_date_child(self) -> Child:
        return self.up_to_date.child


def load_outcome_registry() -> None:
    """The registry rows a data migration loads; a transactional test's flush removes them."""
    migration = importlib.import_module("yjs.justice.migrations.0002_outcome_registry")
    migration.load(apps, None)


def _case(service: Service, team_manager: User, case_manager: User, child: Child, **fields: object) -> Intervention:
    outcome = OutcomeFactory(child=child, service=service, offences=[OffenceFactory(child=child, service=service)])
    return InterventionFactory(
        outcome=outcome, child=child, service=service, team=team_manager.team, case_manager=case_manager, **fields
    )


def build_team() -> Team:
    today = timezone.localdate()
    service = ServiceFactory(code="browser", name="Wessex YJS")
    local_authority = LocalAuthorityFactory(service=service, name="Wessex")
    north = TeamFactory(service=service, name="North")
    case_manager = UserFactory(
        username="casey", first_name="Casey", last_name="Morgan", role=Role.CASE_MANAGER, service=service, team=north
    )
    team_manager = UserFactory(
        username="tess", first_name="Tess", last_name="Hughes", role=Role.TEAM_MANAGER, service=service, team=north
    )

    def child(first_name: str, last_name: str) -> Child:
        return ChildFactory(service=service, local_authority=local_authority, first_name=first_name, last_name=last_name)

    up_to_date = _case(
        service,
        team_manager,
        case_manager,
        child("Sam", "Okafor"),
        start_date=today,
        next_review_due=today + timedelta(days=90),
    )
    overdue = _case(
        service,
        team_manager,
        case_manager,
        child("Jordan", "Reeve"),
        start_date=today - timedelta(days=120),
        next_review_due=today - timedelta(days=7),
    )
    ContactFactory(intervention=overdue, service=service, status="attended")
    now = timezone.now()
    AssessmentFactory(
        intervention=up_to_date,
        service=service,
        rosh_rating="low",
        status="countersigned",
        submitted_by=case_manager,
        submitted_at=now,
        countersigned_by=team_manager,
        countersigned_at=now,
    )
    awaiting = AssessmentFactory(
        intervention=overdue,
        service=service,
        rosh_rating="high",
        safety_rating="medium",
        status="submitted",
        submitted_by=case_manager,
        submitted_at=now,
        who_is_at_risk="A younger sibling",
        nature_of_risk="Violence when angry at home",
    )
    return Team(
        service=service,
        local_authority=local_authority,
        case_manager=case_manager,
        team_manager=team_manager,
        overdue=overdue,
        up_to_date=up_to_date,
        awaiting_countersignature=awaiting,
    )
