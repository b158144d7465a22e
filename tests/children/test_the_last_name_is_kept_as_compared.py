"""Each child keeps their last name as the matching rules compare it, so the database can find a child by
birthday and surname however the name was spelt; the copy follows every way a child is written or renamed."""

from __future__ import annotations

from datetime import date
from importlib import import_module

from django.apps import apps
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.children.forms_data import child_form_data
from tests.conftest import Cast
from yjs.children.models import Child
from yjs.diversion.imports.inserts import Table


def compared(child: Child) -> str:
    return Child.objects.values_list("last_name_compared", flat=True).get(pk=child.pk)


def test_a_saved_child_keeps_the_name_without_accents_case_hyphens_or_apostrophes(cast: Cast) -> None:
    cast.child.last_name = "  O'Brien-Ðoàn  Smith "
    cast.child.save()
    assert compared(cast.child) == "obrienðoan smith"


def test_a_rename_of_the_last_name_alone_renews_the_copy(cast: Cast) -> None:
    cast.child.last_name = "Zoë-Testcase"
    cast.child.save(update_fields=["last_name"])
    assert compared(cast.child) == "zoetestcase"


def test_children_written_in_bulk_keep_it_too(cast: Cast) -> None:
    made = Child.objects.bulk_create(
        [Child(service=cast.service, local_authority=cast.child.local_authority, first_name="Ana", last_name="Núñez",
               date_of_birth=date(2011, 3, 4))]
    )
    assert compared(made[0]) == "nunez"
    table = Table(Child, {"service_id": cast.service.pk, "created_by_id": None, "modified_by_id": None})
    values = {"first_name": "Bo", "last_name": "D'Arcy", "date_of_birth": date(2011, 3, 4),
              "local_authority_id": cast.child.local_authority_id}
    (key,) = table.insert([values], timezone.now(), None)
    assert Child.objects.get(pk=key).last_name_compared == "darcy"
    assert Child.history.get(id=key).last_name_compared == "darcy"  # the "created" history row, as written


def test_the_upgrade_works_out_every_child_and_history_row_already_stored(cast: Cast) -> None:
    cast.child.last_name = "Ó Súilleabháin"
    cast.child.save()
    Child.objects.update(last_name_compared="")
    Child.history.update(last_name_compared="")
    upgrade = import_module("yjs.children.migrations.0006_last_name_as_compared")
    upgrade.compare_last_names(apps, None)
    assert compared(cast.child) == "o suilleabhain"
    assert set(Child.history.filter(id=cast.child.pk).values_list("last_name_compared", flat=True)) == {
        "testcase",
        "o suilleabhain",
    }
    assert not Child.objects.filter(last_name_compared="").exists()


def test_the_history_page_shows_the_last_name_changed_and_not_its_copy(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    data = child_form_data(cast.child) | {"last_name": "Renamed"}
    assert client.post(reverse("children:edit", args=[cast.child.pk]), data).status_code == 302
    page = client.get(reverse("children:history", args=[cast.child.pk])).content.decode()
    assert "Last name" in page
    assert "Renamed" in page
    assert "as compared" not in page
    assert compared(cast.child) == "renamed"


def test_a_name_that_decomposes_into_more_than_fits_is_cut_to_fit(cast: Cast) -> None:
    cast.child.last_name = "\ufdfa" * 20  # one character that decomposes into eighteen
    cast.child.save()
    assert len(compared(cast.child)) == 300
