"""Every resettlement record refuses dates out of order and what does not fit, through the services and the forms."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from tests.resettlement.conftest import Resettlement
from yjs.resettlement import services
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, Transition


def _episode(r: Resettlement, **changes: Any) -> dict[str, Any]:
    return {
        "kind": "sentence",
        "outcome": r.sentence,
        "establishment_type": "yoi",
        "establishment": "HMYOI Wetherby",
        "start_date": date(2025, 6, 2),
        "expected_release_date": date(2025, 12, 1),
        "release_date": None,
        "resettlement_worker": None,
    } | changes


def _refused(call, field: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refusal:
        call()
    assert field in refusal.value.message_dict, refusal.value.message_dict


def test_custody_refuses_a_release_before_it_began(resettlement: Resettlement) -> None:
    r, user = resettlement, resettlement.cast.case_manager
    _refused(lambda: services.record_custody(user, r.cast.child, _episode(r, release_date=date(2025, 6, 1))), "release_date")
    _refused(
        lambda: services.record_custody(user, r.cast.child, _episode(r, expected_release_date=date(2025, 5, 1))),
        "expected_release_date",
    )


def test_a_remand_has_no_sentence_and_a_sentence_needs_one_of_the_childs_custodial_outcomes(
    resettlement: Resettlement,
) -> None:
    r, user = resettlement, resettlement.cast.case_manager
    _refused(lambda: services.record_custody(user, r.cast.child, _episode(r, kind="remand")), "outcome")
    _refused(lambda: services.record_custody(user, r.cast.child, _episode(r, outcome=None)), "outcome")
    # The referral order the child is on is not custodial.
    _refused(
        lambda: services.record_custody(user, r.cast.child, _episode(r, outcome=r.cast.intervention.outcome)), "outcome"
    )
    _refused(lambda: services.record_custody(user, r.cast.child, _episode(r, start_date=date(2025, 6, 1))), "start_date")
    remand = services.record_custody(
        user, r.cast.child, _episode(r, kind="remand", outcome=None, expected_release_date=None)
    )
    assert remand.created_by == user


def test_the_resettlement_worker_is_one_of_the_services_staff(resettlement: Resettlement) -> None:
    r = resettlement
    elsewhere = r.cast.other_service_manager
    _refused(
        lambda: services.record_custody(r.cast.case_manager, r.cast.child, _episode(r, resettlement_worker=elsewhere)),
        "resettlement_worker",
    )


def test_a_milestone_is_not_done_before_custody_began_and_a_correction_keeps_history(resettlement: Resettlement) -> None:
    r, user = resettlement, resettlement.cast.case_manager
    _refused(lambda: services.record_milestone(user, r.episode, "initial_meeting", date(2025, 6, 1)), "done_on")
    _refused(lambda: services.record_milestone(user, r.episode, "made_up", date(2025, 6, 10)), "milestone")
    services.record_milestone(user, r.episode, "initial_meeting", date(2025, 6, 20))
    corrected = services.record_milestone(user, r.episode, "initial_meeting", date(2025, 6, 12))
    assert r.episode.milestones.count() == 1
    assert [h.done_on for h in corrected.history.order_by("history_date")] == [date(2025, 6, 20), date(2025, 6, 12)]


def test_accommodation_ends_after_it_starts_and_unsuitable_or_unknown_needs_a_reason(resettlement: Resettlement) -> None:
    r, user = resettlement, resettlement.cast.case_manager
    base = {
        "accommodation_type": "family",
        "start_date": date(2025, 3, 1),
        "end_date": None,
        "suitability": "yes",
        "reason": "",
    }
    _refused(lambda: services.record_accommodation(user, r.cast.child, base | {"end_date": date(2025, 2, 1)}), "end_date")
    _refused(lambda: services.record_accommodation(user, r.cast.child, base | {"suitability": "unknown"}), "reason")
    record = services.record_accommodation(user, r.cast.child, base | {"suitability": "no", "reason": "Overcrowded"})
    services.change_accommodation(user, record, {"end_date": date(2025, 4, 1)}, version=record.version)
    assert record.history.count() == 2


def test_a_stale_change_is_refused(resettlement: Resettlement) -> None:
    from yjs.core.concurrency import StaleRecordError

    r, user = resettlement, resettlement.cast.case_manager
    services.change_accommodation(user, r.accommodation, {"reason": "Settled"}, version=1)
    stale = AccommodationRecord.objects.get(pk=r.accommodation.pk)
    with pytest.raises(StaleRecordError):
        services.change_accommodation(user, stale, {"reason": "Older page"}, version=1)


def test_a_transition_hands_over_after_its_meeting_and_a_child_has_one(resettlement: Resettlement) -> None:
    r, user = resettlement, resettlement.cast.case_manager
    base = {"probation_area": "Dorset PDU", "status": "planned", "meeting_date": date(2025, 10, 1), "handover_date": None}
    _refused(
        lambda: services.record_transition(user, r.cast.child, base | {"handover_date": date(2025, 9, 30)}), "handover_date"
    )
    _refused(lambda: services.record_transition(user, r.cast.child, base | {"status": "handed_over"}), "handover_date")
    _refused(
        lambda: services.record_transition(user, r.cast.child, base | {"status": "meeting_held", "meeting_date": None}),
        "meeting_date",
    )
    services.record_transition(user, r.cast.child, base)
    with pytest.raises(ValidationError):
        services.record_transition(user, r.cast.child, base)


def test_an_auditor_or_another_services_manager_changes_nothing(resettlement: Resettlement) -> None:
    r = resettlement
    with pytest.raises(PermissionDenied):
        services.record_milestone(r.cast.auditor, r.episode, "initial_meeting", date(2025, 6, 10))
    with pytest.raises(PermissionDenied):
        services.change_custody(r.cast.other_service_manager, r.episode, {"establishment": "Elsewhere"})


def test_the_form_shows_the_refusal_and_keeps_what_was_typed(resettlement: Resettlement, client: Client) -> None:
    r = resettlement
    client.force_login(r.cast.case_manager)
    before = CustodyEpisode.objects.count()
    response = client.post(
        reverse("resettlement:episode_new", args=[r.cast.child.pk]),
        {
            "kind": "sentence",
            "outcome": r.sentence.pk,
            "establishment_type": "stc",
            "establishment": "Oakhill STC",
            "start_date_day": "2",
            "start_date_month": "6",
            "start_date_year": "2025",
            "release_date_day": "1",
            "release_date_month": "6",
            "release_date_year": "2025",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The release date must be on or after the date custody began" in page
    assert 'value="Oakhill STC"' in page
    assert CustodyEpisode.objects.count() == before
    assert Transition.objects.filter(child=r.cast.child).count() == 0
