from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.conftest import Cast
from tests.factories import TeamFactory, UserFactory
from yjs.casework.models import Allocation
from yjs.casework.services import allocate
from yjs.core.roles import Role


def test_allocating_ends_the_previous_allocation_and_keeps_the_trail(cast: Cast) -> None:
    first = UserFactory(service=cast.service, team=cast.intervention.team, role=Role.CASE_MANAGER)
    second = UserFactory(service=cast.service, team=cast.intervention.team, role=Role.CASE_MANAGER)
    allocate(cast.team_manager, cast.intervention, first)
    allocate(cast.team_manager, cast.intervention, second)
    trail = list(Allocation.objects.filter(intervention=cast.intervention).order_by("pk"))
    assert [a.case_manager for a in trail] == [first, second]
    assert trail[0].ended_on is not None
    assert trail[1].ended_on is None
    cast.intervention.refresh_from_db()
    assert cast.intervention.case_manager == second
    assert cast.intervention.history.first().case_manager == second


def test_allocating_to_someone_in_another_team_moves_the_case_to_their_team(cast: Cast) -> None:
    allocate(cast.service_manager, cast.intervention, cast.other_team_case_manager)
    cast.intervention.refresh_from_db()
    assert cast.intervention.team == cast.other_team_case_manager.team


def test_it_refuses_a_case_manager_of_another_service(cast: Cast) -> None:
    stranger = UserFactory(service=cast.other_service, team=TeamFactory(service=cast.other_service), role=Role.CASE_MANAGER)
    with pytest.raises(ValidationError):
        allocate(cast.team_manager, cast.intervention, stranger)


def test_it_refuses_someone_who_does_not_hold_cases(cast: Cast) -> None:
    with pytest.raises(ValidationError):
        allocate(cast.team_manager, cast.intervention, cast.auditor)


@pytest.mark.parametrize("role", ["case_manager", "auditor", "other_team_case_manager"])
def test_only_a_manager_allocates(cast: Cast, role: str) -> None:
    with pytest.raises(PermissionDenied):
        allocate(cast.user(role), cast.intervention, cast.team_manager)
