from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.children.forms_data import carer_form_data
from tests.conftest import Cast
from tests.factories import CarerFactory
from yjs.children.models import Carer


def test_a_save_from_a_page_opened_before_someone_else_saved_is_refused_with_the_input_kept(
    cast: Cast, client: Client
) -> None:
    carer = CarerFactory(child=cast.child, phone="")
    url = reverse("children:carer_edit", args=[cast.child.pk, carer.pk])
    stale = carer_form_data(carer, phone="07700 900111")
    # A colleague saves first, from a page opened at the same version.
    client.force_login(cast.team_manager)
    assert client.post(url, carer_form_data(carer, phone="07700 900999")).status_code == 302

    client.force_login(cast.case_manager)
    response = client.post(url, stale)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this carer after you opened it" in page
    assert "07700 900111" in page  # what the user typed, kept in the form
    assert "07700 900999" in page  # the record as it now stands, to compare
    assert Carer.objects.get(pk=carer.pk).phone == "07700 900999"


def test_saving_again_after_the_refusal_applies_the_change(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child, phone="")
    url = reverse("children:carer_edit", args=[cast.child.pk, carer.pk])
    stale = carer_form_data(carer, phone="07700 900111")
    client.force_login(cast.team_manager)
    client.post(url, carer_form_data(carer, phone="07700 900999"))
    client.force_login(cast.case_manager)
    refused = client.post(url, stale)

    resubmitted = stale | {"version": refused.context["form"]["version"].value()}
    assert client.post(url, resubmitted).status_code == 302
    assert Carer.objects.get(pk=carer.pk).phone == "07700 900111"
