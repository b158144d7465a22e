"""Every safety record refuses dates out of order and missing answers, on the form the user filled in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.safety.conftest import Safety
from yjs.safety import services
from yjs.safety.models import MappaRecord, NrmReferral, PanelReferral

TODAY = timezone.localdate


def _errors(call) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.message_dict


def test_a_panel_review_must_come_after_the_decision(safety: Safety) -> None:
    data = {"agreed_rosh": "high", "agreed_safety": "low", "decision": "Visit", "review_on": safety.past.held_on}
    errors = _errors(lambda: services.record_decision(safety.cast.team_manager, safety.waiting, safety.past, data, []))
    assert "review_on" in errors
    assert not PanelReferral.objects.get(pk=safety.waiting.pk).is_decided


def test_a_decision_needs_both_ratings_and_what_was_agreed(safety: Safety) -> None:
    errors = _errors(
        lambda: services.record_decision(safety.cast.team_manager, safety.waiting, safety.past, {"review_on": None}, [])
    )
    assert set(errors) == {"agreed_rosh", "agreed_safety", "decision", "review_on"}


def test_a_decision_is_refused_before_the_meeting_has_taken_place(safety: Safety) -> None:
    data = {"agreed_rosh": "high", "agreed_safety": "low", "decision": "Visit", "review_on": TODAY() + timedelta(days=40)}
    with pytest.raises(ValidationError):
        services.record_decision(safety.cast.team_manager, safety.waiting, safety.coming, data, [])


def test_mappa_cannot_end_before_it_started_and_level_1_has_no_meetings(safety: Safety) -> None:
    start = TODAY() - timedelta(days=10)
    data = {
        "category": "1",
        "level": "1",
        "started_on": start,
        "next_meeting_on": TODAY(),
        "ended_on": start - timedelta(days=1),
    }
    errors = _errors(lambda: services.save_mappa(safety.cast.case_manager, safety.cast.child, data))
    assert {"ended_on", "next_meeting_on"} <= set(errors)


def test_a_second_live_mappa_record_is_refused(safety: Safety) -> None:
    data = {"category": "2", "level": "2", "started_on": TODAY(), "next_meeting_on": None, "ended_on": None}
    services.save_mappa(safety.cast.case_manager, safety.cast.child, data)
    with pytest.raises(ValidationError):
        services.save_mappa(safety.cast.case_manager, safety.cast.child, data)
    assert MappaRecord.objects.filter(child=safety.cast.child, ended_on__isnull=True).count() == 1


def test_nrm_decisions_follow_the_referral_and_each_other(safety: Safety) -> None:
    referred = TODAY() - timedelta(days=10)
    data = {
        "referred_on": referred,
        "exploitation_type": "criminal",
        "reasonable_grounds_on": referred - timedelta(days=1),
        "reasonable_grounds": "negative",
        "conclusive_grounds_on": referred - timedelta(days=2),
        "conclusive_grounds": "positive",
    }
    errors = _errors(lambda: services.save_nrm_referral(safety.cast.case_manager, safety.cast.child, data))
    assert {"reasonable_grounds_on", "conclusive_grounds_on", "conclusive_grounds"} <= set(errors)


def test_an_nrm_decision_needs_its_date(safety: Safety) -> None:
    data = {"referred_on": TODAY(), "exploitation_type": "sexual", "reasonable_grounds": "positive"}
    errors = _errors(lambda: services.save_nrm_referral(safety.cast.case_manager, safety.cast.child, data))
    assert "reasonable_grounds_on" in errors
    assert NrmReferral.objects.filter(child=safety.cast.child).count() == 1


def test_a_manager_referral_without_a_reason_is_refused_on_the_form_keeping_what_was_typed(
    safety: Safety, client: Client
) -> None:
    client.force_login(safety.cast.team_manager)
    response = client.post(
        reverse("safety:refer", args=[safety.cast.child.pk]), {"reason": "manager", "note": " ", "meeting": ""}
    )
    assert response.status_code == 200
    assert "Enter why you are referring the child" in response.content.decode()


def test_a_child_already_waiting_for_the_panel_is_not_referred_twice(safety: Safety) -> None:
    with pytest.raises(ValidationError):
        services.refer_child(safety.cast.team_manager, safety.waiting_child, "manager", "Again")


def test_an_action_row_needs_an_owner_and_a_due_date(safety: Safety, client: Client) -> None:
    client.force_login(safety.cast.team_manager)
    url = reverse("safety:decision", args=[safety.past.pk, safety.waiting.pk])
    data = {
        "agreed_rosh": "high",
        "agreed_safety": "high",
        "decision": "Joint visit",
        "review_on": (TODAY() + timedelta(days=30)).isoformat(),
        "action_1": "Joint visit with police",
    }
    page = client.post(url, data).content.decode()
    assert "Choose who owns action 1" in page
    assert "Enter when action 1 is due" in page
    assert "Joint visit with police" in page
    assert not PanelReferral.objects.get(pk=safety.waiting.pk).is_decided


def test_a_contingency_review_is_refused_for_a_plan_with_no_contingency(safety: Safety) -> None:
    safety.plan.contingency = ""
    safety.plan.save()
    with pytest.raises(ValidationError):
        services.review_contingency(safety.cast.case_manager, safety.plan, TODAY(), "Looked again")
