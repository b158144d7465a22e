from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import ChildFactory, FamilyFactory, InterventionFactory, OutcomeFactory, TeamFactory


def test_the_overview_shows_the_family_and_links_only_to_siblings_in_the_user_s_scope(cast: Cast, client: Client) -> None:
    family = FamilyFactory(service=cast.service, name="Testcase family")
    cast.child.family = family
    cast.child.save()
    authority = cast.child.local_authority
    unallocated = ChildFactory(service=cast.service, local_authority=authority, first_name="Casey", family=family)
    elsewhere = ChildFactory(service=cast.service, local_authority=authority, first_name="Robin", family=family)
    outcome = OutcomeFactory(child=elsewhere, service=cast.service)
    InterventionFactory(outcome=outcome, child=elsewhere, service=cast.service, team=TeamFactory(service=cast.service))

    client.force_login(cast.case_manager)
    page = client.get(reverse("children:record", args=[cast.child.pk])).content.decode()

    assert "Testcase family" in page
    assert reverse("children:record", args=[unallocated.pk]) in page
    assert reverse("children:record", args=[elsewhere.pk]) not in page
    assert "Robin" not in page


def test_a_service_manager_sees_every_sibling(cast: Cast, client: Client) -> None:
    family = FamilyFactory(service=cast.service)
    cast.child.family = family
    cast.child.save()
    sibling = ChildFactory(service=cast.service, local_authority=cast.child.local_authority, family=family)
    client.force_login(cast.service_manager)
    page = client.get(reverse("children:record", args=[cast.child.pk])).content.decode()
    assert reverse("children:record", args=[sibling.pk]) in page
