from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.children.forms_data import child_form_data
from tests.conftest import Cast
from yjs.children.models import Child


def test_a_save_from_a_page_opened_before_someone_else_saved_is_refused_with_the_input_kept(
    cast: Cast, client: Client
) -> None:
    url = reverse("children:edit", args=[cast.child.pk])
    stale = child_form_data(cast.child, address="1 Stale Street")
    # A colleague saves first, from a page opened at the same version.
    client.force_login(cast.team_manager)
    assert client.post(url, child_form_data(cast.child, address="9 Fresh Road")).status_code == 302

    client.force_login(cast.case_manager)
    response = client.post(url, stale)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this child after you opened it" in page
    assert "1 Stale Street" in page  # what the user typed, kept in the form
    assert "9 Fresh Road" in page  # the record as it now stands, to compare
    assert Child.objects.get(pk=cast.child.pk).address == "9 Fresh Road"


def test_saving_again_after_the_refusal_applies_the_change(cast: Cast, client: Client) -> None:
    url = reverse("children:edit", args=[cast.child.pk])
    stale = child_form_data(cast.child, address="1 Stale Street")
    client.force_login(cast.team_manager)
    client.post(url, child_form_data(cast.child, address="9 Fresh Road"))
    client.force_login(cast.case_manager)
    refused = client.post(url, stale)

    resubmitted = stale | {"version": refused.context["form"]["version"].value()}
    assert client.post(url, resubmitted).status_code == 302
    assert Child.objects.get(pk=cast.child.pk).address == "1 Stale Street"
