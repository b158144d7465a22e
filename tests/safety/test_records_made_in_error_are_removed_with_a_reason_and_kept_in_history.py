"""MAPPA, an exploitation screening, an NRM referral and a risk panel referral made in error come off the child's
safety page after a confirmation page asking why: archived with the reason and who removed it, never deleted,
their history kept. A referral the panel has heard stays on the record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from tests.safety.conftest import Safety
from tests.safety.factories import MappaRecordFactory, PanelReferralFactory
from yjs.children.record_pages import markers_for
from yjs.core.models import User
from yjs.safety import selectors, services
from yjs.safety.models import ExploitationScreening, MappaRecord, NrmReferral, PanelReferral
from yjs.safety.rules import referral_heard_on

pytestmark = pytest.mark.django_db


def unheard(safety: Safety) -> PanelReferral:
    """A referral of the cast's child listed for the coming meeting: the panel has not heard it."""
    cast = safety.cast
    return PanelReferralFactory(
        child=cast.child, service=cast.service, meeting=safety.coming, referred_on=timezone.localdate()
    )


KINDS = [
    pytest.param("safety:mappa_remove", lambda s: s.mappa, "team_manager", id="MAPPA"),
    pytest.param("safety:screening_remove", lambda s: s.screening, "case_manager", id="screening"),
    pytest.param("safety:nrm_remove", lambda s: s.nrm, "case_manager", id="NRM referral"),
    pytest.param("safety:referral_remove", unheard, "team_manager", id="panel referral"),
]


@pytest.mark.parametrize(("url_name", "record_of", "role"), KINDS)
def test_removing_asks_why_then_archives_the_record_with_the_reason_and_keeps_its_history(
    safety: Safety,
    client: Client,
    url_name: str,
    record_of,
    role: str,  # type: ignore[no-untyped-def]
) -> None:
    cast = safety.cast
    record = record_of(safety)
    remover: User = cast.user(role)
    client.force_login(remover)
    page = reverse("safety:child", args=[cast.child.pk])
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
    assert (kept.archived_by, kept.archive_reason) == (remover, "Recorded on the wrong child")
    assert kept.history.count() >= 2
    assert kept.history.first().history_user == remover
    assert kept.history.first().archive_reason == "Recorded on the wrong child"
    assert remove not in client.get(page).content.decode()
    assert client.get(remove).status_code == 404


@pytest.mark.parametrize(("url_name", "record_of", "role"), KINDS)
def test_removing_needs_a_reason(safety: Safety, client: Client, url_name: str, record_of, role: str) -> None:  # type: ignore[no-untyped-def]
    record = record_of(safety)
    client.force_login(safety.cast.user(role))
    response = client.post(reverse(url_name, args=[record.pk]), {"reason": "  "})
    assert response.status_code == 200
    assert "Enter why it is being removed" in response.content.decode()
    assert type(record).objects.get(pk=record.pk).archived_at is None


@pytest.mark.parametrize(
    ("url_name", "record_of", "role"),
    [
        pytest.param("safety:mappa_remove", lambda s: s.mappa, "police_officer", id="MAPPA by a police officer"),
        pytest.param("safety:mappa_remove", lambda s: s.mappa, "auditor", id="MAPPA by an auditor"),
        pytest.param("safety:screening_remove", lambda s: s.screening, "health_worker", id="screening by a health worker"),
        pytest.param("safety:referral_remove", unheard, "case_manager", id="panel referral by a case manager"),
    ],
)
def test_a_user_who_may_not_change_the_record_is_refused(
    safety: Safety,
    client: Client,
    url_name: str,
    record_of,
    role: str,  # type: ignore[no-untyped-def]
) -> None:
    record = record_of(safety)
    client.force_login(safety.cast.user(role))
    assert client.post(reverse(url_name, args=[record.pk]), {"reason": "Recorded in error"}).status_code == 403
    assert type(record).objects.get(pk=record.pk).archived_at is None


def test_a_case_manager_who_does_not_hold_the_case_cannot_remove_exploitation_intelligence(safety: Safety) -> None:
    cast = safety.cast
    # In the same team, so the child's safety tab opens, but not holding the child's case.
    colleague = UserFactory(service=cast.service, team=cast.intervention.team)
    for remove, record in ((services.remove_screening, safety.screening), (services.remove_nrm_referral, safety.nrm)):
        with pytest.raises(PermissionDenied):
            remove(colleague, record, "Recorded in error")
    assert not ExploitationScreening.objects.filter(archived_at__isnull=False).exists()
    assert not NrmReferral.objects.filter(archived_at__isnull=False).exists()


def test_a_referral_the_panel_has_heard_cannot_be_removed(safety: Safety, client: Client) -> None:
    client.force_login(safety.cast.team_manager)
    # Decided at the past meeting; and listed for the past meeting, not yet decided.
    for referral in (safety.decided, safety.waiting):
        remove = reverse("safety:referral_remove", args=[referral.pk])
        page = client.get(remove).content.decode()
        assert "The risk panel heard this referral on" in page
        assert "Why is it being removed?" not in page
        response = client.post(remove, {"reason": "Recorded in error"})
        assert response.status_code == 200
        assert "so it cannot be removed" in response.content.decode()
        assert PanelReferral.objects.get(pk=referral.pk).archived_at is None
        with pytest.raises(ValidationError):
            services.remove_referral(safety.cast.team_manager, referral, "Recorded in error")
    child_page = client.get(reverse("safety:child", args=[safety.cast.child.pk])).content.decode()
    assert reverse("safety:referral_remove", args=[safety.decided.pk]) not in child_page


def test_a_removed_referral_no_longer_waits_for_the_panel(safety: Safety) -> None:
    manager = safety.cast.team_manager
    referral = unheard(safety)
    assert referral in selectors.waiting_referrals(manager)
    services.remove_referral(manager, referral, "Referred the wrong child")
    assert referral not in selectors.waiting_referrals(manager)
    assert referral.pk not in [r.pk for r in selectors.child_safety(manager, safety.cast.child).referrals]


def test_a_removed_screening_no_longer_counts_among_children_at_risk_of_exploitation(safety: Safety) -> None:
    manager = safety.cast.team_manager
    assert safety.cast.child in selectors.exploitation_overview(manager)[1]
    services.remove_screening(manager, safety.screening, "Screened the wrong child")
    rows, at_risk = selectors.exploitation_overview(manager)
    assert safety.cast.child not in at_risk
    assert sum(row.total for row in rows) == 0


def test_a_removed_nrm_referral_leaves_the_childs_safety_page(safety: Safety) -> None:
    manager = safety.cast.team_manager
    services.remove_nrm_referral(manager, safety.nrm, "Recorded in error")
    assert selectors.child_safety(manager, safety.cast.child).nrm_referrals == []


def test_removed_mappa_management_no_longer_marks_the_child(safety: Safety, client: Client) -> None:
    cast = safety.cast
    managed = MappaRecordFactory(
        child=cast.child, service=cast.service, started_on=timezone.localdate() - timedelta(days=10)
    )
    assert markers_for(cast.case_manager, [cast.child.pk])[cast.child.pk] == ["MAPPA"]
    assert cast.child.pk in selectors.active_mappa([cast.child.pk])

    client.force_login(cast.case_manager)
    client.post(reverse("safety:mappa_remove", args=[managed.pk]), {"reason": "Recorded on the wrong child"})

    assert MappaRecord.objects.get(pk=managed.pk).archived_at is not None
    assert markers_for(cast.case_manager, [cast.child.pk])[cast.child.pk] == []
    assert selectors.active_mappa([cast.child.pk]) == {}
    # With nothing live, MAPPA management may be recorded afresh.
    assert "Record MAPPA management" in client.get(reverse("safety:child", args=[cast.child.pk])).content.decode()


def test_a_referral_is_heard_on_its_decision_else_on_its_meeting_once_that_has_taken_place() -> None:
    today = date(2025, 9, 10)
    assert referral_heard_on(date(2025, 9, 1), date(2025, 9, 1), today) == date(2025, 9, 1)
    assert referral_heard_on(None, date(2025, 9, 10), today) == date(2025, 9, 10)  # the meeting is today
    assert referral_heard_on(None, date(2025, 9, 11), today) is None  # listed for a meeting to come
    assert referral_heard_on(None, None, today) is None  # not listed for a meeting yet
