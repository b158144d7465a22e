from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import ChildFactory
from yjs.children.selectors import search_children


def test_a_case_manager_in_another_team_does_not_find_a_child_on_this_team_s_case(cast: Cast) -> None:
    assert not search_children(cast.other_team_case_manager, "Testcase").exists()
    assert search_children(cast.case_manager, "Testcase").exists()


def test_no_one_finds_a_child_of_another_service(cast: Cast) -> None:
    assert not search_children(cast.service_manager, "Elsewhere").exists()
    assert not search_children(cast.service_manager, cast.other_service_child.yjs_id).exists()


def test_roles_without_record_access_are_refused_the_search_page(cast: Cast, client: Client) -> None:
    client.force_login(cast.partner_screener)
    assert client.get(reverse("children:search"), {"q": "Testcase"}).status_code == 403


def test_the_number_of_queries_does_not_grow_with_the_number_of_results(cast: Cast, client: Client) -> None:
    client.force_login(cast.service_manager)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("children:search"), {"q": "Manychildren"}).status_code == 200
        return len(captured)

    ChildFactory(service=cast.service, local_authority=cast.child.local_authority, last_name="Manychildren")
    with_one = queries()
    for _ in range(10):
        ChildFactory(service=cast.service, last_name="Manychildren")
    assert queries() == with_one


def test_results_come_in_pages_of_25(cast: Cast, client: Client) -> None:
    ChildFactory.create_batch(30, service=cast.service, local_authority=cast.child.local_authority, last_name="Paged")
    client.force_login(cast.service_manager)
    first = client.get(reverse("children:search"), {"q": "Paged"})
    second = client.get(reverse("children:search"), {"q": "Paged", "page": 2})
    assert len(first.context["page_obj"].object_list) == 25
    assert len(second.context["page_obj"].object_list) == 5
    assert "q=Paged&amp;page=2" in first.content.decode()
