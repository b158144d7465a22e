"""The police system sends notifications through the API: created, repeated, corrected or refused."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.conftest import Cast
from tests.diversion.conftest import Pipeline
from tests.diversion.intake.conftest import csv_row, notified
from yjs.core.models import AccessLog, User
from yjs.diversion.models import Notification
from yjs.diversion.vocabularies import Source

URL = "/api/v1/notifications/"


def api(user: User) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


def body(cast: Cast, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = csv_row(notified(cast, **changes))
    data["gravity_score"] = int(data["gravity_score"])
    data["admitted"] = data["admitted"] == "yes"
    return data


def test_a_new_notification_is_created(cast: Cast) -> None:
    response = api(cast.police_officer).post(URL, body(cast), format="json")
    assert response.status_code == 201
    notification = Notification.objects.get(pk=response.json()["id"])
    assert (notification.source, notification.created_by, notification.child.last_name) == (
        Source.API,
        cast.police_officer,
        "Newchild",
    )


def test_bad_data_is_refused_with_errors_by_field(cast: Cast) -> None:
    response = api(cast.police_officer).post(URL, body(cast, gravity_score=7, date_of_birth="2031-02-30"), format="json")
    assert response.status_code == 400
    assert {"gravity_score", "date_of_birth"} <= set(response.json())
    assert not Notification.objects.exists()


def test_a_child_over_17_at_the_offence_is_refused(cast: Cast) -> None:
    adult = notified(cast)["offence_date"].replace(year=notified(cast)["offence_date"].year - 19)
    response = api(cast.police_officer).post(URL, body(cast, date_of_birth=adult), format="json")
    assert response.status_code == 400
    assert "10 to 17" in response.json()["date_of_birth"][0]


def test_the_same_notification_sent_again_changes_nothing(cast: Cast) -> None:
    client = api(cast.police_officer)
    first = client.post(URL, body(cast), format="json").json()
    again = client.post(URL, body(cast), format="json")
    assert again.status_code == 200
    assert again.json()["version"] == first["version"]
    assert Notification.objects.count() == 1


def test_a_correction_to_a_decided_notification_is_a_conflict(pipeline: Pipeline) -> None:
    decided = pipeline.decided
    data = body(pipeline.cast, police_reference=decided.police_reference)
    response = api(pipeline.cast.police_officer).post(URL, data, format="json")
    assert response.status_code == 409
    decided.refresh_from_db()
    assert decided.first_name != "Casey"


def test_another_services_notification_is_not_found(pipeline: Pipeline) -> None:
    response = api(pipeline.cast.police_officer).get(f"{URL}{pipeline.other_service.pk}/")
    assert response.status_code == 404


def test_reading_a_notification_logs_a_view_of_the_child(pipeline: Pipeline) -> None:
    response = api(pipeline.cast.auditor).get(f"{URL}{pipeline.screening.pk}/")
    assert response.status_code == 200
    assert AccessLog.objects.filter(child_id=pipeline.screening.child_id, user=pipeline.cast.auditor).exists()


def test_the_list_holds_only_the_callers_service(pipeline: Pipeline) -> None:
    listed = api(pipeline.cast.team_manager).get(URL).json()
    assert pipeline.other_service.pk not in {item["id"] for item in listed["results"]}
    assert listed["count"] == Notification.objects.filter(service=pipeline.cast.service).count()


@pytest.mark.parametrize("role", ["partner_screener", "board_member", "administrator"])
def test_roles_outside_the_pipeline_are_forbidden(cast: Cast, role: str) -> None:
    assert api(cast.user(role)).get(URL).status_code == 403


@pytest.mark.parametrize("role", ["case_manager", "auditor"])
def test_readers_who_do_not_work_the_pipeline_cannot_send(cast: Cast, role: str) -> None:
    assert api(cast.user(role)).post(URL, body(cast), format="json").status_code == 403
    assert not Notification.objects.exists()
