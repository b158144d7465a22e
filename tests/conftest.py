"""The fixed cast every access test uses: one service, two teams, one user per role, and a child on the case."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.factories import (
    ChildFactory,
    InterventionFactory,
    LocalAuthorityFactory,
    OutcomeFactory,
    ServiceFactory,
    TeamFactory,
    UserFactory,
)
from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.core.agencies import ensure_default_agencies
from yjs.core.bank_holidays import forget_bank_holidays
from yjs.core.models import Service, User
from yjs.core.roles import Role


@dataclass
class Cast:
    service: Service
    other_service: Service
    case_manager: User
    other_team_case_manager: User
    team_manager: User
    service_manager: User
    police_officer: User
    health_worker: User
    partner_screener: User
    board_member: User
    auditor: User
    administrator: User
    other_service_manager: User
    child: Child
    intervention: Intervention
    other_service_child: Child

    def user(self, name: str) -> User:
        return getattr(self, name)


ROLE_NAMES = [
    "case_manager",
    "other_team_case_manager",
    "team_manager",
    "service_manager",
    "police_officer",
    "health_worker",
    "partner_screener",
    "board_member",
    "auditor",
    "administrator",
    "other_service_manager",
]


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:  # type: ignore[no-untyped-def]
    # Argon2 is the production hasher (see tests/core/test_sign_in.py); tests that only need a
    # logged-in user do not need to pay for it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _bank_holidays_read_afresh() -> None:  # type: ignore[no-untyped-def]
    # A test's rollback removes rows without a signal, so the cached list is dropped between tests.
    forget_bank_holidays()


@pytest.fixture
def cast(db) -> Cast:  # type: ignore[no-untyped-def]
    return build_cast()


def build_cast() -> Cast:
    """The cast, for tests that need it in a database of their own (a browser test's live server)."""
    service = ServiceFactory(code="dorset", name="Dorset Combined YJS")
    other_service = ServiceFactory(code="elsewhere", name="Elsewhere YJS")
    east = LocalAuthorityFactory(service=service, code="E06000058", name="Bournemouth, Christchurch and Poole")
    LocalAuthorityFactory(service=service, code="E06000059", name="Dorset")
    north = TeamFactory(service=service, name="North")
    south = TeamFactory(service=service, name="South")

    agencies = {agency.name: agency for agency in ensure_default_agencies(service)}

    def staff(username: str, role: str, team=None, svc=service, agency=None) -> User:  # type: ignore[no-untyped-def]
        return UserFactory(username=username, role=role, team=team, service=svc, partner_agency=agency)

    case_manager = staff("cm", Role.CASE_MANAGER, north)
    child = ChildFactory(service=service, local_authority=east, first_name="Jordan", last_name="Testcase")
    outcome = OutcomeFactory(child=child, service=service)
    intervention = InterventionFactory(
        outcome=outcome, child=child, service=service, team=north, case_manager=case_manager
    )
    other_service_child = ChildFactory(service=other_service, first_name="Alex", last_name="Elsewhere")
    return Cast(
        service=service,
        other_service=other_service,
        case_manager=case_manager,
        other_team_case_manager=staff("cm_south", Role.CASE_MANAGER, south),
        team_manager=staff("tm", Role.TEAM_MANAGER, north),
        service_manager=staff("sm", Role.SERVICE_MANAGER),
        police_officer=staff("police", Role.POLICE_OFFICER),
        health_worker=staff("health", Role.HEALTH_WORKER),
        partner_screener=staff("screener", Role.PARTNER_SCREENER, agency=agencies["Children's social care"]),
        board_member=staff("board", Role.BOARD_MEMBER),
        auditor=staff("auditor", Role.AUDITOR),
        administrator=staff("admin", Role.ADMINISTRATOR),
        other_service_manager=staff("sm_elsewhere", Role.SERVICE_MANAGER, svc=other_service),
        child=child,
        intervention=intervention,
        other_service_child=other_service_child,
    )
