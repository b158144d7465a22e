from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.children.forms_data import carer_form_data
from tests.conftest import Cast
from tests.factories import CarerFactory
from yjs.children.models import Carer


def test_the_edit_page_saves_the_change_and_the_history_shows_it(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child, name="Pat Testcase", relationship="Mother", phone="")
    client.force_login(cast.case_manager)
    url = reverse("children:carer_edit", args=[cast.child.pk, carer.pk])
    assert "Pat Testcase" in client.get(url).content.decode()

    response = client.post(url, carer_form_data(carer, phone="01202 123456"))

    assert response.status_code == 302
    saved = Carer.objects.get(pk=carer.pk)
    assert saved.phone == "01202 123456"
    assert saved.version == carer.version + 1
    assert saved.modified_by == cast.case_manager
    history = client.get(reverse("children:history", args=[cast.child.pk])).content.decode()
    assert "01202 123456" in history


def test_the_overview_links_to_changing_each_carer(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child)
    client.force_login(cast.case_manager)
    page = client.get(reverse("children:record", args=[cast.child.pk])).content.decode()
    assert reverse("children:carer_edit", args=[cast.child.pk, carer.pk]) in page
    assert reverse("children:carer_archive", args=[cast.child.pk, carer.pk]) in page


def test_an_auditor_sees_the_carers_without_links_to_change_them(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child)
    client.force_login(cast.auditor)
    page = client.get(reverse("children:record", args=[cast.child.pk])).content.decode()
    assert carer.name in page
    assert reverse("children:carer_edit", args=[cast.child.pk, carer.pk]) not in page
    assert reverse("children:carer_archive", args=[cast.child.pk, carer.pk]) not in page


def test_a_name_left_empty_is_refused_naming_the_field(cast: Cast, client: Client) -> None:
    carer = CarerFactory(child=cast.child, name="Pat Testcase")
    client.force_login(cast.case_manager)
    url = reverse("children:carer_edit", args=[cast.child.pk, carer.pk])
    response = client.post(url, carer_form_data(carer, name=""))
    assert response.status_code == 200
    assert "Enter the name of the parent or carer" in response.content.decode()
    assert Carer.objects.get(pk=carer.pk).name == "Pat Testcase"
