"""Each safety record changed from a page opened before someone else saved it is refused: nothing is written,
what the user typed is kept, and the page shows the record as it is saved now."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.access_matrix import table_sizes
from tests.safety.conftest import Safety
from yjs.core.concurrency import StaleRecordError
from yjs.safety import services
from yjs.safety.models import MappaRecord, NrmReferral, PanelMeeting, PanelReferral, SafetyAction

STALE = "Someone else changed this"


def _day(days: int = 0) -> str:
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def _someone_else_saves(record, user, **changes) -> None:  # type: ignore[no-untyped-def]
    """Another user's save after the page was opened: the version moves on."""
    theirs = type(record).objects.get(pk=record.pk)
    for name, value in changes.items():
        setattr(theirs, name, value)
    services._save(theirs, user)


def _snapshot(model, pk: int) -> dict:  # type: ignore[no-untyped-def]
    return model.objects.filter(pk=pk).values().get()


def test_a_stale_mappa_change_is_refused_with_the_saved_record_beside_it(safety: Safety, client: Client) -> None:
    cast = safety.cast
    opened_at = safety.mappa.version
    _someone_else_saves(safety.mappa, cast.team_manager, level="3")
    before = _snapshot(MappaRecord, safety.mappa.pk)
    client.force_login(cast.case_manager)
    data = {
        "category": "2",
        "level": "2",
        "started_on": safety.mappa.started_on.isoformat(),
        "next_meeting_on": _day(20),
        "ended_on": "",
        "version": str(opened_at),
    }
    response = client.post(reverse("safety:mappa_edit", args=[safety.mappa.pk]), data)

    assert response.status_code == 200
    assert _snapshot(MappaRecord, safety.mappa.pk) == before
    page = response.content.decode()
    assert STALE in page
    assert "The record as it is saved now" in page
    assert ("MAPPA level", str(MappaRecord(level="3").get_level_display())) in response.context["conflicts"]
    form = response.context["form"]
    assert form["level"].value() == "2"  # what the user typed is kept
    assert form["version"].value() == str(opened_at + 1)  # saving again, having checked, is deliberate


def test_a_stale_nrm_change_is_refused_and_nothing_is_written(safety: Safety, client: Client) -> None:
    cast = safety.cast
    opened_at = safety.nrm.version
    _someone_else_saves(
        safety.nrm, cast.team_manager, reasonable_grounds_on=timezone.localdate(), reasonable_grounds="negative"
    )
    before = _snapshot(NrmReferral, safety.nrm.pk)
    client.force_login(cast.case_manager)
    data = {
        "referred_on": safety.nrm.referred_on.isoformat(),
        "exploitation_type": "criminal",
        "reasonable_grounds_on": _day(),
        "reasonable_grounds": "positive",
        "version": str(opened_at),
    }
    response = client.post(reverse("safety:nrm_edit", args=[safety.nrm.pk]), data)

    assert response.status_code == 200
    assert STALE in response.content.decode()
    assert _snapshot(NrmReferral, safety.nrm.pk) == before
    assert response.context["conflicts"]
    assert response.context["form"]["reasonable_grounds"].value() == "positive"


def test_a_stale_meeting_change_is_refused_and_shows_who_came_as_saved(safety: Safety, client: Client) -> None:
    cast = safety.cast
    opened_at = safety.past.version
    _someone_else_saves(safety.past, cast.service_manager, chair="Sam Someone")
    before = _snapshot(PanelMeeting, safety.past.pk)
    attendees = sorted(safety.past.attendees.values_list("agency", "names"))
    client.force_login(cast.team_manager)
    data = {
        "held_on": safety.past.held_on.isoformat(),
        "chair": "Robin Chair",
        "notes": "",
        "agency_youth_justice": "Tess Hughes",
        "version": str(opened_at),
    }
    response = client.post(reverse("safety:meeting_edit", args=[safety.past.pk]), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert STALE in page
    assert "Sam Someone" in page
    assert _snapshot(PanelMeeting, safety.past.pk) == before
    assert sorted(safety.past.attendees.values_list("agency", "names")) == attendees
    conflicts = dict(response.context["conflicts"])
    assert "Sam Someone" in conflicts.values()
    assert "PC Drew Lane" in conflicts.values()  # the police attendee the user's answer leaves out
    assert response.context["form"]["chair"].value() == "Robin Chair"


def test_a_stale_panel_decision_is_refused_and_no_action_is_added(safety: Safety, client: Client) -> None:
    cast = safety.cast
    opened_at = safety.waiting.version
    _someone_else_saves(safety.waiting, cast.service_manager, note="New worries from the school")
    before = _snapshot(PanelReferral, safety.waiting.pk)
    actions = SafetyAction.objects.count()
    client.force_login(cast.team_manager)
    data = {
        "version": str(opened_at),
        "agreed_rosh": "high",
        "agreed_safety": "high",
        "decision": "Joint visit with police",
        "review_on": _day(28),
        "action_1": "Joint visit",
        "owner_1": str(cast.case_manager.pk),
        "due_1": _day(7),
    }
    response = client.post(reverse("safety:decision", args=[safety.past.pk, safety.waiting.pk]), data)

    assert response.status_code == 200
    assert STALE in response.content.decode()
    assert _snapshot(PanelReferral, safety.waiting.pk) == before
    assert SafetyAction.objects.count() == actions
    assert response.context["form"]["decision"].value() == "Joint visit with police"
    assert response.context["form"]["action_1"].value() == "Joint visit"


def test_marking_an_action_done_from_a_stale_list_is_refused(safety: Safety, client: Client) -> None:
    cast = safety.cast
    opened_at = safety.overdue.version
    _someone_else_saves(safety.overdue, cast.team_manager, due_on=timezone.localdate() + timedelta(days=5))
    client.force_login(cast.case_manager)
    before = table_sizes(("safety",))
    response = client.post(reverse("safety:action_done", args=[safety.overdue.pk]), {"version": str(opened_at)}, follow=True)

    assert "has not been marked as done" in response.content.decode()
    assert SafetyAction.objects.get(pk=safety.overdue.pk).completed_on is None
    assert table_sizes(("safety",)) == before


def test_marking_an_action_done_from_a_current_list_is_saved(safety: Safety, client: Client) -> None:
    client.force_login(safety.cast.case_manager)
    client.post(reverse("safety:action_done", args=[safety.overdue.pk]), {"version": str(safety.overdue.version)})
    assert SafetyAction.objects.get(pk=safety.overdue.pk).completed_on == timezone.localdate()


@pytest.mark.parametrize("kind", ["mappa", "nrm", "meeting", "decision", "action"])
def test_each_service_refuses_a_version_that_is_no_longer_current(safety: Safety, kind: str) -> None:
    cast = safety.cast
    calls = {
        "mappa": lambda v: services.save_mappa(cast.case_manager, cast.child, {"level": "2"}, safety.mappa, v),
        "nrm": lambda v: services.save_nrm_referral(cast.case_manager, cast.child, {}, safety.nrm, v),
        "meeting": lambda v: services.record_meeting(cast.team_manager, {}, {"police": "PC Lane"}, safety.past, v),
        "decision": lambda v: services.record_decision(
            cast.team_manager,
            safety.waiting,
            safety.past,
            {"agreed_rosh": "high", "agreed_safety": "high", "decision": "Visit", "review_on": timezone.localdate()},
            [],
            v,
        ),
        "action": lambda v: services.complete_action(cast.case_manager, safety.overdue, None, v),
    }
    record = {
        "mappa": safety.mappa,
        "nrm": safety.nrm,
        "meeting": safety.past,
        "decision": safety.waiting,
        "action": safety.overdue,
    }[kind]
    stored = type(record).objects.get(pk=record.pk).version
    with pytest.raises(StaleRecordError):
        calls[kind](stored - 1 if stored > 1 else stored + 1)
    assert type(record).objects.get(pk=record.pk).version == stored
