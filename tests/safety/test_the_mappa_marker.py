"""A child managed under MAPPA is marked on their record's identity bar, on the caseload, on team cases and in search
results."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.safety.conftest import Safety
from tests.safety.factories import MappaRecordFactory

MARKER = '<strong class="govuk-tag govuk-tag--purple'


def test_an_ended_mappa_record_marks_nothing(safety: Safety, client: Client) -> None:
    client.force_login(safety.cast.case_manager)
    assert MARKER not in client.get(reverse("children:record", args=[safety.cast.child.pk])).content.decode()


def test_a_managed_child_is_marked_wherever_they_are_shown(safety: Safety, client: Client) -> None:
    MappaRecordFactory(child=safety.cast.child, service=safety.cast.service)
    client.force_login(safety.cast.case_manager)
    for url in (
        reverse("children:record", args=[safety.cast.child.pk]),
        reverse("children:timeline", args=[safety.cast.child.pk]),
        reverse("safety:child", args=[safety.cast.child.pk]),
        reverse("casework:caseload"),
        reverse("children:search") + "?q=Testcase",
    ):
        page = client.get(url).content.decode()
        assert MARKER in page, url
        assert ">MAPPA</strong>" in page, url


def test_a_team_manager_sees_the_marker_on_team_cases(safety: Safety, client: Client) -> None:
    MappaRecordFactory(child=safety.cast.child, service=safety.cast.service)
    client.force_login(safety.cast.team_manager)

    page = client.get(reverse("casework:team_cases")).content.decode()

    assert page.count(">MAPPA</strong>") == 1
    assert page.index("Jordan Testcase") < page.index(">MAPPA</strong>")


def test_only_the_managed_child_is_marked_in_a_list(safety: Safety, client: Client) -> None:
    MappaRecordFactory(child=safety.waiting_child, service=safety.cast.service)
    client.force_login(safety.cast.case_manager)
    page = client.get(reverse("casework:caseload")).content.decode()
    assert page.count(">MAPPA</strong>") == 1
    riley = page.index("Riley Waiting")
    jordan = page.index("Jordan Testcase")
    marker = page.index(">MAPPA</strong>")
    # The marker follows Riley's name, not Jordan's.
    assert (riley < marker < jordan) or (jordan < riley < marker)


def test_a_health_worker_reading_the_record_sees_the_marker(safety: Safety, client: Client) -> None:
    MappaRecordFactory(child=safety.cast.child, service=safety.cast.service)
    client.force_login(safety.cast.health_worker)
    assert ">MAPPA</strong>" in client.get(reverse("children:record", args=[safety.cast.child.pk])).content.decode()
