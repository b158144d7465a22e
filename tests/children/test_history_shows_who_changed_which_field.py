from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.children.forms_data import child_form_data
from tests.conftest import Cast


def test_a_change_made_through_the_edit_page_shows_the_field_its_old_and_new_value_and_who(
    cast: Cast, client: Client
) -> None:
    client.force_login(cast.case_manager)
    data = child_form_data(cast.child) | {"care_status": "looked_after"}
    response = client.post(reverse("children:edit", args=[cast.child.pk]), data)
    assert response.status_code == 302

    page = client.get(reverse("children:history", args=[cast.child.pk])).content.decode()
    assert "Care status" in page
    assert "Not known to children&#x27;s social care" in page
    assert "Looked after" in page
    assert str(cast.case_manager) in page


def test_adding_a_carer_appears_in_the_child_s_history(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    data = {"name": "Sam Testcase", "relationship": "Father", "phone": "", "address": ""}
    assert client.post(reverse("children:carer_new", args=[cast.child.pk]), data).status_code == 302
    page = client.get(reverse("children:history", args=[cast.child.pk])).content.decode()
    assert "Parent or carer: Sam Testcase" in page
