from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from tests.children.forms_data import child_form_data
from tests.conftest import Cast
from tests.factories import ChildFactory, FamilyFactory
from yjs.children import services
from yjs.children.forms import ChildForm
from yjs.children.models import Child


def test_the_choice_lists_the_service_s_families_with_the_children_in_them(cast: Cast) -> None:
    family = FamilyFactory(service=cast.service, name="Testcase family")
    ChildFactory(service=cast.service, local_authority=cast.child.local_authority, first_name="Casey", family=family)
    FamilyFactory(service=cast.other_service, name="Elsewhere family")
    FamilyFactory(service=cast.service, name="Archived family", archived_at=cast.child.created_at)

    choices = [label for _, label in ChildForm(user=cast.case_manager).fields["family"].choices]

    assert choices[0] == "None"
    assert any(label.startswith("Testcase family (Casey ") for label in choices)
    assert not any("Elsewhere" in label or "Archived" in label for label in choices)


def test_a_family_names_only_the_children_the_user_may_see(cast: Cast) -> None:
    family = FamilyFactory(service=cast.service, name="Testcase family")
    cast.child.family = family
    cast.child.save()

    mine = [label for _, label in ChildForm(user=cast.case_manager).fields["family"].choices]
    theirs = [label for _, label in ChildForm(user=cast.other_team_case_manager).fields["family"].choices]

    assert "Testcase family (Jordan Testcase)" in mine
    assert "Testcase family" in theirs  # the other team's case stays out of their sight


def test_the_edit_page_puts_the_child_in_a_family_and_can_take_them_out(cast: Cast, client: Client) -> None:
    family = FamilyFactory(service=cast.service)
    client.force_login(cast.case_manager)
    url = reverse("children:edit", args=[cast.child.pk])

    assert client.post(url, child_form_data(cast.child, family=family.pk)).status_code == 302
    assert Child.objects.get(pk=cast.child.pk).family == family

    child = Child.objects.get(pk=cast.child.pk)
    assert client.post(url, child_form_data(child, family="")).status_code == 302
    assert Child.objects.get(pk=cast.child.pk).family is None


def test_a_family_of_another_service_is_refused(cast: Cast, client: Client) -> None:
    elsewhere = FamilyFactory(service=cast.other_service)
    client.force_login(cast.case_manager)
    response = client.post(reverse("children:edit", args=[cast.child.pk]), child_form_data(cast.child, family=elsewhere.pk))
    assert response.status_code == 200
    assert "Select a family of this service" in response.content.decode()
    assert Child.objects.get(pk=cast.child.pk).family is None


def test_a_new_child_can_be_recorded_in_a_family(cast: Cast, client: Client) -> None:
    family = FamilyFactory(service=cast.service)
    client.force_login(cast.case_manager)
    data = child_form_data(cast.child, first_name="Casey", pnc_number="", family=family.pk)
    del data["version"]
    assert client.post(reverse("children:new"), data).status_code == 302
    assert Child.objects.get(first_name="Casey").family == family


def test_the_service_refuses_a_family_of_another_service_whatever_the_form_offered(cast: Cast) -> None:
    elsewhere = FamilyFactory(service=cast.other_service)
    with pytest.raises(ValidationError) as refusal:
        services.update_child(cast.case_manager, cast.child, {"family": elsewhere}, cast.child.version)
    assert "family" in refusal.value.message_dict


def test_a_child_s_archived_family_stays_chosen_so_saving_other_details_keeps_it(cast: Cast, client: Client) -> None:
    family = FamilyFactory(service=cast.service, archived_at=cast.child.created_at)
    cast.child.family = family
    cast.child.save()
    client.force_login(cast.case_manager)
    url = reverse("children:edit", args=[cast.child.pk])
    child = Child.objects.get(pk=cast.child.pk)
    assert client.post(url, child_form_data(child, address="2 Quay Street")).status_code == 302
    assert Child.objects.get(pk=cast.child.pk).family == family
