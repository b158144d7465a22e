from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast


def search(client: Client, text: str) -> str:
    response = client.get(reverse("children:search"), {"q": text})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    "text",
    ["Jordan", "Testcase", "Jordan Testcase", "testcase jordan", "jord", "TESTC", "17/05/2009", "2009-05-17", "09/123456a"],
)
def test_a_case_manager_finds_the_child_by_name_date_of_birth_or_pnc_number(cast: Cast, client: Client, text: str) -> None:
    cast.child.pnc_number = "09/123456A"
    cast.child.save()
    client.force_login(cast.case_manager)
    assert f'href="{reverse("children:record", args=[cast.child.pk])}"' in search(client, text)


def test_a_case_manager_finds_the_child_by_yjs_id(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    page = search(client, cast.child.yjs_id.lower())
    assert "Testcase, Jordan" in page


def test_a_search_that_matches_nobody_says_so_and_offers_to_record_a_new_child(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    page = search(client, "Nobody Likethis")
    assert "No children match" in page
    assert reverse("children:new") in page


def test_an_empty_search_lists_no_one(cast: Cast, client: Client) -> None:
    client.force_login(cast.service_manager)
    page = client.get(reverse("children:search")).content.decode()
    assert "Testcase" not in page
