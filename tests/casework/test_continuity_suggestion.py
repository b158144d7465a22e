from __future__ import annotations

from datetime import date

from tests.casework.conftest import outcome_for
from tests.conftest import Cast
from tests.factories import ChildFactory, FamilyFactory, InterventionFactory, UserFactory
from yjs.casework.continuity import suggested_case_managers
from yjs.casework.models import Allocation
from yjs.core.roles import Role


def _held(intervention, user, on: date) -> None:  # type: ignore[no-untyped-def]
    Allocation.objects.create(intervention=intervention, case_manager=user, allocated_on=on, ended_on=on)


def test_workers_who_knew_the_child_or_the_family_are_suggested_most_recent_first(cast: Cast) -> None:
    family = FamilyFactory(service=cast.service)
    cast.child.family = family
    cast.child.save()
    sibling = ChildFactory(service=cast.service, family=family, local_authority=cast.child.local_authority)
    knew_child = UserFactory(service=cast.service, team=cast.intervention.team, role=Role.CASE_MANAGER)
    knew_family = UserFactory(service=cast.service, team=cast.intervention.team, role=Role.CASE_MANAGER)
    UserFactory(service=cast.service, team=cast.intervention.team, role=Role.CASE_MANAGER)  # a stranger
    earlier = InterventionFactory(
        outcome=outcome_for(cast.child, "YCC", date(2023, 1, 5)),
        child=cast.child,
        service=cast.service,
        team=cast.intervention.team,
        start_date=date(2023, 1, 5),
    )
    siblings = InterventionFactory(
        outcome=outcome_for(sibling, "RO", date(2024, 6, 1)),
        child=sibling,
        service=cast.service,
        team=cast.intervention.team,
        start_date=date(2024, 6, 1),
    )
    _held(earlier, knew_child, date(2023, 1, 5))
    _held(siblings, knew_family, date(2024, 6, 1))

    suggestions = suggested_case_managers(cast.intervention)

    assert [(s.user, s.knows_the_child) for s in suggestions] == [(knew_family, False), (knew_child, True)]


def test_the_current_case_manager_is_not_suggested(cast: Cast) -> None:
    Allocation.objects.create(intervention=cast.intervention, case_manager=cast.case_manager)
    assert suggested_case_managers(cast.intervention) == []
