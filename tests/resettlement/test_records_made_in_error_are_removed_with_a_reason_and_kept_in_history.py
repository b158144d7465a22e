"""Custody, accommodation and a transition made in error come off the child's custody and transition page after
a confirmation page asking why: archived with the reason and who removed it, never deleted, their history kept,
and gone from the service's lists and the figures that read them."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from tests.factories import ChildFactory, InterventionFactory, OutcomeFactory
from tests.resettlement.conftest import Resettlement
from tests.resettlement.factories import CustodyEpisodeFactory, ReleaseMilestoneFactory, TransitionFactory
from yjs.resettlement import services
from yjs.resettlement.models import Transition
from yjs.resettlement.queries import address_confirmation, child_accommodation, in_custody, turning_18

pytestmark = pytest.mark.django_db

TODAY = date(2025, 9, 10)

KINDS = [
    pytest.param("resettlement:episode_remove", lambda r: r.episode, id="custody"),
    pytest.param("resettlement:accommodation_remove", lambda r: r.accommodation, id="accommodation"),
    pytest.param("resettlement:transition_remove", lambda r: r.transition, id="transition"),
]


@pytest.mark.parametrize(("url_name", "record_of"), KINDS)
def test_removing_asks_why_then_archives_the_record_with_the_reason_and_keeps_its_history(
    resettlement: Resettlement,
    client: Client,
    url_name: str,
    record_of,  # type: ignore[no-untyped-def]
) -> None:
    cast = resettlement.cast
    record = record_of(resettlement)
    client.force_login(cast.case_manager)
    page = reverse("resettlement:child", args=[record.child_id])
    remove = reverse(url_name, args=[record.pk])
    assert remove in client.get(page).content.decode()

    confirm = client.get(remove)
    assert confirm.status_code == 200
    assert "Are you sure you want to remove" in confirm.content.decode()
    assert "Why is it being removed?" in confirm.content.decode()

    response = client.post(remove, {"reason": "Recorded on the wrong child"})
    assert response.status_code == 302
    assert response["Location"] == page
    kept = type(record).objects.get(pk=record.pk)
    assert kept.archived_at is not None
    assert (kept.archived_by, kept.archive_reason) == (cast.case_manager, "Recorded on the wrong child")
    assert kept.history.count() >= 2
    assert kept.history.first().history_user == cast.case_manager
    assert kept.history.first().archive_reason == "Recorded on the wrong child"
    assert remove not in client.get(page).content.decode()
    assert client.get(remove).status_code == 404


@pytest.mark.parametrize(("url_name", "record_of"), KINDS)
def test_removing_needs_a_reason(resettlement: Resettlement, client: Client, url_name: str, record_of) -> None:  # type: ignore[no-untyped-def]
    record = record_of(resettlement)
    client.force_login(resettlement.cast.case_manager)
    response = client.post(reverse(url_name, args=[record.pk]), {"reason": ""})
    assert response.status_code == 200
    assert "Enter why it is being removed" in response.content.decode()
    assert type(record).objects.get(pk=record.pk).archived_at is None


@pytest.mark.parametrize(("url_name", "record_of"), KINDS)
@pytest.mark.parametrize("role", ["auditor", "police_officer"])
def test_a_user_who_may_not_change_the_record_is_refused(
    resettlement: Resettlement,
    client: Client,
    url_name: str,
    record_of,
    role: str,  # type: ignore[no-untyped-def]
) -> None:
    record = record_of(resettlement)
    client.force_login(resettlement.cast.user(role))
    assert client.post(reverse(url_name, args=[record.pk]), {"reason": "Recorded in error"}).status_code == 403
    assert type(record).objects.get(pk=record.pk).archived_at is None


def test_the_services_refuse_a_user_who_may_not_change_the_record(resettlement: Resettlement) -> None:
    r = resettlement
    auditor = r.cast.auditor
    for remove, record in (
        (services.remove_custody, r.episode),
        (services.remove_accommodation, r.accommodation),
        (services.remove_transition, r.transition),
    ):
        with pytest.raises(PermissionDenied):
            remove(auditor, record, "Recorded in error")  # type: ignore[operator]
        assert type(record).objects.get(pk=record.pk).archived_at is None


def test_removed_custody_leaves_the_custody_list_and_the_releases_reported(resettlement: Resettlement) -> None:
    r = resettlement
    cast = r.cast
    released = CustodyEpisodeFactory(
        child=cast.child, start_date=date(2025, 1, 6), expected_release_date=date(2025, 3, 3), release_date=date(2025, 3, 3)
    )
    ReleaseMilestoneFactory(episode=released, milestone="address_confirmed", done_on=date(2025, 2, 3))
    assert [plan.episode for plan in in_custody(cast.case_manager, TODAY)] == [r.episode]
    assert address_confirmation(cast.service.pk, date(2025, 1, 1), date(2025, 3, 31)).releases == 1

    services.remove_custody(cast.case_manager, r.episode, "Recorded on the wrong child")
    services.remove_custody(cast.case_manager, released, "Recorded twice")

    assert in_custody(cast.case_manager, TODAY) == []
    assert address_confirmation(cast.service.pk, date(2025, 1, 1), date(2025, 3, 31)).releases == 0


def test_removed_accommodation_leaves_the_childs_page(resettlement: Resettlement) -> None:
    r = resettlement
    services.remove_accommodation(r.cast.case_manager, r.accommodation, "Recorded on the wrong child")
    assert list(child_accommodation(r.cast.child)) == []


def test_a_removed_transition_leaves_the_turning_18_list_and_a_new_one_may_be_recorded(
    resettlement: Resettlement,
) -> None:
    cast = resettlement.cast
    soon = ChildFactory(service=cast.service, local_authority=cast.child.local_authority, date_of_birth=date(2007, 10, 1))
    InterventionFactory(
        outcome=OutcomeFactory(child=soon, service=cast.service),
        child=soon,
        service=cast.service,
        team=cast.intervention.team,
    )
    transition = TransitionFactory(child=soon)
    assert [row.transition for row in turning_18(cast.case_manager, TODAY)] == [transition]

    services.remove_transition(cast.case_manager, transition, "Recorded on the wrong child")

    assert [(row.child, row.transition) for row in turning_18(cast.case_manager, TODAY)] == [(soon, None)]
    again = services.record_transition(cast.case_manager, soon, {"probation_area": "Dorset PDU", "status": "planned"})
    assert list(Transition.objects.live().filter(child=soon)) == [again]
