"""A referral to its decision and actions: the actions reach their owner's list, and history says who did it."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.safety.conftest import Safety
from yjs.safety import selectors, services
from yjs.safety.models import PanelReferral, SafetyAction
from yjs.safety.services import ActionAnswer


def test_the_decision_saves_the_agreed_ratings_and_each_action_with_its_owner(safety: Safety) -> None:
    today = timezone.localdate()
    cast = safety.cast
    data = {
        "agreed_rosh": "very_high",
        "agreed_safety": "high",
        "decision": "Joint visit",
        "review_on": today + timedelta(days=28),
    }
    actions = [
        ActionAnswer("Joint visit with police", cast.case_manager, today + timedelta(days=7)),
        ActionAnswer("Speak to the school", cast.team_manager, today + timedelta(days=3)),
    ]
    services.record_decision(cast.team_manager, safety.waiting, safety.past, data, actions)

    referral = PanelReferral.objects.get(pk=safety.waiting.pk)
    assert referral.decided_on == safety.past.held_on
    assert (referral.agreed_rosh, referral.agreed_safety) == ("very_high", "high")
    assert [a.owner for a in referral.actions.order_by("due_on")] == [cast.team_manager, cast.case_manager]
    assert referral.history.latest().history_user == cast.team_manager
    assert referral.modified_by == cast.team_manager


def test_my_actions_list_overdue_first_and_the_caseload_counts_them(safety: Safety, client: Client) -> None:
    actions = list(selectors.open_actions(safety.cast.case_manager))
    assert actions == [safety.overdue, safety.later]
    assert actions[0].is_overdue
    assert not actions[1].is_overdue

    client.force_login(safety.cast.case_manager)
    caseload = client.get(reverse("casework:caseload")).content.decode()
    assert "You have 1 overdue safety action" in caseload
    assert reverse("safety:my_actions") in caseload


def test_marking_an_action_done_takes_it_off_the_owners_list(safety: Safety, client: Client) -> None:
    client.force_login(safety.cast.case_manager)
    page = client.get(reverse("safety:my_actions")).content.decode()
    assert f'name="version" value="{safety.overdue.version}"' in page  # the list carries each action's version
    response = client.post(reverse("safety:action_done", args=[safety.overdue.pk]), {"version": safety.overdue.version})
    assert response.status_code == 302
    done = SafetyAction.objects.get(pk=safety.overdue.pk)
    assert done.completed_on == timezone.localdate()
    assert done.history.latest().history_user == safety.cast.case_manager
    assert list(selectors.open_actions(safety.cast.case_manager)) == [safety.later]
    assert "overdue safety action" not in client.get(reverse("casework:caseload")).content.decode()


def test_another_owners_action_is_not_found(safety: Safety, client: Client) -> None:
    mine = SafetyAction.objects.get(pk=safety.later.pk)
    mine.owner = safety.cast.team_manager
    mine.save()
    client.force_login(safety.cast.case_manager)
    assert client.post(reverse("safety:action_done", args=[mine.pk])).status_code == 404
