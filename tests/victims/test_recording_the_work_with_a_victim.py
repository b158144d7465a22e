"""The services: each refuses bad input with a message on the field, keeps history and who did it."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import OffenceFactory
from tests.victims.conftest import Victims
from yjs.victims import services
from yjs.victims.models import Consent, Victim


def test_a_victim_worker_adds_a_victim_of_the_childs_offences_and_the_history_says_who(victims: Victims) -> None:
    worker = victims.cast.other_team_case_manager
    added = services.add_victim(
        worker,
        victims.cast.child,
        {"offences": [victims.offence], "kind": "person", "name": "Sam Neighbour", "referred_on": date(2025, 3, 4)},
    )
    assert list(added.offences.all()) == [victims.offence]
    assert added.created_by == worker
    assert {row.history_user for row in Victim.history.filter(id=added.pk)} == {worker}


def test_a_victim_must_be_of_this_childs_offences(victims: Victims) -> None:
    someone_elses = OffenceFactory(service=victims.cast.service)
    with pytest.raises(ValidationError) as refused:
        services.add_victim(
            victims.cast.service_manager,
            victims.cast.child,
            {"offences": [someone_elses], "kind": "person", "name": "X", "referred_on": date(2025, 3, 4)},
        )
    assert "offences" in refused.value.message_dict
    with pytest.raises(ValidationError):
        services.add_victim(
            victims.cast.service_manager,
            victims.cast.child,
            {"offences": [], "kind": "person", "name": "X", "referred_on": date(2025, 3, 4)},
        )


def test_the_childs_own_case_manager_may_not_record_work_with_the_victim(victims: Victims) -> None:
    with pytest.raises(PermissionDenied):
        services.record_contact(
            victims.cast.case_manager,
            victims.victim,
            {"contact_date": date(2025, 3, 12), "method": "phone", "outcome": "spoke"},
        )


def test_a_contact_before_the_offence_or_a_follow_up_before_the_contact_is_refused(victims: Victims) -> None:
    manager = victims.cast.team_manager
    with pytest.raises(ValidationError) as refused:
        services.record_contact(
            manager, victims.victim, {"contact_date": date(2025, 2, 1), "method": "phone", "outcome": "spoke"}
        )
    assert "contact_date" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        services.record_contact(
            manager,
            victims.victim,
            {
                "contact_date": date(2025, 3, 12),
                "method": "phone",
                "outcome": "no_answer",
                "follow_up_on": date(2025, 3, 11),
            },
        )
    assert "follow_up_on" in refused.value.message_dict


def test_withdrawing_consent_changes_the_one_record_and_keeps_what_it_was(victims: Victims) -> None:
    manager = victims.cast.service_manager
    services.record_consent(
        manager,
        victims.victim,
        "contact",
        {"answer": "given", "answered_on": date(2025, 3, 10), "withdrawn_on": date(2025, 5, 1)},
    )
    consent = Consent.objects.get(victim=victims.victim, kind="contact")
    assert consent.in_force_on(date(2025, 4, 30))
    assert not consent.in_force_on(date(2025, 5, 1))
    assert [row.withdrawn_on for row in consent.history.order_by("history_date")] == [None, date(2025, 5, 1)]


def test_consent_is_withdrawn_only_after_it_was_given(victims: Victims) -> None:
    with pytest.raises(ValidationError) as refused:
        services.record_consent(
            victims.cast.service_manager,
            victims.victim,
            "contact",
            {"answer": "given", "answered_on": date(2025, 3, 10), "withdrawn_on": date(2025, 3, 9)},
        )
    assert "withdrawn_on" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        services.record_consent(
            victims.cast.service_manager,
            victims.victim,
            "share",
            {"answer": "refused", "answered_on": date(2025, 3, 10), "withdrawn_on": date(2025, 3, 19)},
        )
    assert "withdrawn_on" in refused.value.message_dict


def test_restorative_justice_is_completed_only_after_it_took_place(victims: Victims) -> None:
    data = {
        "offered_on": date(2025, 3, 20),
        "response": "accepted",
        "responded_on": date(2025, 3, 22),
        "kind": "direct",
        "took_place_on": date(2025, 4, 10),
        "completed_on": date(2025, 4, 9),
    }
    with pytest.raises(ValidationError) as refused:
        services.change_offer(victims.cast.service_manager, victims.offer, data)
    assert "completed_on" in refused.value.message_dict
    saved = services.change_offer(victims.cast.service_manager, victims.offer, data | {"completed_on": date(2025, 4, 10)})
    assert saved.status == "Completed"


def test_linking_a_victim_to_a_later_offence_is_refused_when_work_is_recorded_before_it(victims: Victims) -> None:
    later = OffenceFactory(child=victims.cast.child, service=victims.cast.service, offence_date=date(2025, 3, 15))
    with pytest.raises(ValidationError) as refused:
        services.change_victim(victims.cast.service_manager, victims.victim, {"offences": [later]})
    assert "offences" in refused.value.message_dict


def test_only_the_service_manager_designates_victim_workers_from_casework_staff(victims: Victims) -> None:
    with pytest.raises(PermissionDenied):
        services.designate_worker(
            victims.cast.team_manager, {"user": victims.cast.case_manager, "active_from": date(2025, 1, 1)}
        )
    with pytest.raises(ValidationError):
        services.designate_worker(
            victims.cast.service_manager, {"user": victims.cast.police_officer, "active_from": date(2025, 1, 1)}
        )
    made = services.designate_worker(
        victims.cast.service_manager, {"user": victims.cast.case_manager, "active_from": date(2025, 1, 1)}
    )
    with pytest.raises(ValidationError):
        services.end_designation(victims.cast.service_manager, made, date(2024, 12, 31))


def test_a_change_from_a_stale_page_is_refused(victims: Victims) -> None:
    manager = victims.cast.service_manager
    opened_at = victims.victim.version
    services.change_victim(manager, victims.victim, {"phone": "01632 960555", "version": opened_at})
    stale = Victim.objects.get(pk=victims.victim.pk)
    with pytest.raises(ValidationError) as refused:
        services.change_victim(manager, stale, {"phone": "01632 960777", "version": opened_at})
    assert "Someone else changed" in refused.value.messages[0]
    assert Victim.objects.get(pk=victims.victim.pk).phone == "01632 960555"
