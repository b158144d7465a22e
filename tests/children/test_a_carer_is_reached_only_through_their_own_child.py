from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import CarerFactory, ChildFactory


@pytest.mark.parametrize("page", ["children:carer_edit", "children:carer_archive"])
def test_a_carer_of_another_child_is_not_found_under_this_one(cast: Cast, client: Client, page: str) -> None:
    other_child = ChildFactory(service=cast.service, local_authority=cast.child.local_authority)
    carer = CarerFactory(child=other_child)
    client.force_login(cast.service_manager)
    assert client.get(reverse(page, args=[cast.child.pk, carer.pk])).status_code == 404


@pytest.mark.parametrize("page", ["children:carer_edit", "children:carer_archive"])
def test_a_removed_carer_can_be_neither_changed_nor_removed_again(cast: Cast, client: Client, page: str) -> None:
    carer = CarerFactory(child=cast.child)
    client.force_login(cast.case_manager)
    client.post(reverse("children:carer_archive", args=[cast.child.pk, carer.pk]), {"reason": "Moved away"})
    assert client.get(reverse(page, args=[cast.child.pk, carer.pk])).status_code == 404


@pytest.mark.parametrize("page", ["children:carer_edit", "children:carer_archive"])
def test_a_case_manager_in_another_team_gets_not_found(cast: Cast, client: Client, page: str) -> None:
    carer = CarerFactory(child=cast.child)
    client.force_login(cast.other_team_case_manager)
    assert client.get(reverse(page, args=[cast.child.pk, carer.pk])).status_code == 404
