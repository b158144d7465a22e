from __future__ import annotations

from datetime import date

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from tests.factories import ContactFactory
from yjs.casework import services
from yjs.casework.models import Contact


def test_recording_a_review_moves_the_next_review_on(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        "/api/v1/reviews/",
        {"intervention": cast.intervention.pk, "review_date": "2025-06-10", "progress": "Attending every session"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert (response.json()["reason"], response.json()["plan_adjusted"]) == ("scheduled", False)
    cast.intervention.refresh_from_db()
    assert cast.intervention.next_review_due == date(2025, 9, 10)


def test_a_review_in_the_future_is_refused(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        "/api/v1/reviews/",
        {"intervention": cast.intervention.pk, "review_date": "2999-01-01", "progress": "Not yet"},
        format="json",
    )
    assert response.status_code == 400
    assert "today or in the past" in response.json()["review_date"][0]


def test_a_significant_change_brings_the_next_review_forward(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post(
        "/api/v1/significant-changes/",
        {"intervention": cast.intervention.pk, "occurred_on": "2025-06-02", "description": "Excluded from school"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    cast.intervention.refresh_from_db()
    # Five working days after Monday 2 June, sooner than the three-monthly review (1 July).
    assert cast.intervention.next_review_due == date(2025, 6, 9)


def test_a_contact_is_recorded_and_listed_for_the_intervention(cast: Cast, api_as: ApiAs) -> None:
    client = api_as(cast.case_manager)
    response = client.post(
        "/api/v1/contacts/",
        {"intervention": cast.intervention.pk, "scheduled_at": "2025-04-03T10:00:00Z", "contact_type": "home_visit"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["status"] == "planned"
    listed = client.get(f"/api/v1/contacts/?intervention={cast.intervention.pk}").json()
    assert [row["id"] for row in listed["results"]] == [response.json()["id"]]
    assert Contact.objects.get().created_by == cast.case_manager


def test_nothing_is_recorded_on_a_closed_intervention(cast: Cast, api_as: ApiAs) -> None:
    services.close_intervention(
        cast.team_manager, cast.intervention, date(2025, 10, 1), "Order completed", ending="completed"
    )
    response = api_as(cast.case_manager).post(
        "/api/v1/contacts/",
        {"intervention": cast.intervention.pk, "scheduled_at": "2025-10-03T10:00:00Z", "contact_type": "phone"},
        format="json",
    )
    assert response.status_code == 400
    assert "has been closed" in response.json()["non_field_errors"][0]


def test_a_missed_contact_needs_a_note_of_what_happens_next(cast: Cast, api_as: ApiAs) -> None:
    contact = ContactFactory(intervention=cast.intervention)
    url = f"/api/v1/contacts/{contact.pk}/outcome/"
    client = api_as(cast.case_manager)
    refused = client.post(url, {"status": "did_not_attend", "version": 1}, format="json")
    assert refused.status_code == 400
    assert "Enter what happened" in refused.json()["note"][0]
    done = client.post(
        url, {"status": "did_not_attend", "note": "Phoned mum; rebooked for Friday", "version": 1}, format="json"
    )
    assert done.status_code == 200, done.json()
    assert (done.json()["status"], done.json()["version"]) == ("did_not_attend", 2)


def test_a_contact_cannot_be_put_back_to_planned(cast: Cast, api_as: ApiAs) -> None:
    contact = ContactFactory(intervention=cast.intervention)
    response = api_as(cast.case_manager).post(
        f"/api/v1/contacts/{contact.pk}/outcome/", {"status": "planned", "version": 1}, format="json"
    )
    assert response.status_code == 400
    assert "not one of the codes for status" in response.json()["status"][0]
