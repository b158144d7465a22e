from __future__ import annotations

from datetime import date

from django.urls import reverse

from tests.casework.conftest import outcome_for
from tests.conftest import Cast
from tests.factories import InterventionFactory, UserFactory
from yjs.casework.models import Allocation
from yjs.core.roles import Role


def test_someone_who_worked_with_the_child_before_is_offered_first(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    known = UserFactory(
        service=cast.service, team=cast.intervention.team, role=Role.CASE_MANAGER, first_name="Known", last_name="Worker"
    )
    earlier = InterventionFactory(
        outcome=outcome_for(cast.child, "YCC", date(2023, 2, 1)),
        child=cast.child,
        service=cast.service,
        team=cast.intervention.team,
        start_date=date(2023, 2, 1),
    )
    Allocation.objects.create(intervention=earlier, case_manager=known, allocated_on=date(2023, 2, 1))
    client.force_login(cast.team_manager)
    page = client.get(reverse("casework:allocate", args=[cast.intervention.pk])).content.decode()
    assert "Known Worker (North) – Worked with this child before" in page
    radios = page.split('name="case_manager"')
    assert f'value="{known.pk}"' in radios[1]


def test_a_manager_allocates_from_the_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.team_manager)
    response = client.post(
        reverse("casework:allocate", args=[cast.intervention.pk]),
        {"case_manager": cast.team_manager.pk, "version": cast.intervention.version},
    )
    assert response.status_code == 302
    cast.intervention.refresh_from_db()
    assert cast.intervention.case_manager == cast.team_manager


def test_a_case_manager_may_not_allocate(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    assert client.get(reverse("casework:allocate", args=[cast.intervention.pk])).status_code == 403
