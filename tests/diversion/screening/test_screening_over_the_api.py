"""Screening requests over the API: scoped like the pages, answered through the same service."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.diversion.conftest import Pipeline
from yjs.core.models import AccessLog, User
from yjs.diversion.vocabularies import Stage


@pytest.fixture
def api_as(db) -> Callable[[User], APIClient]:  # type: ignore[no-untyped-def]
    """A client sending the user's token, as a partner agency's system would."""

    def client_for(user: User) -> APIClient:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
        return client

    return client_for


ANSWER = {"child_known": "yes", "family_known": "no", "information": "Open to early help since June."}


def test_a_screener_lists_only_their_agencys_requests_with_the_minimum_details(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    response = api_as(pipeline.cast.partner_screener).get("/api/v1/screening-requests/?answered=false")

    results = response.json()["results"]
    assert [r["id"] for r in results] == [pipeline.social_care_request.pk]
    assert set(results[0]) == {
        "id",
        "agency",
        "first_name",
        "last_name",
        "date_of_birth",
        "address",
        "requested_on",
        "due_on",
        "child_known",
        "family_known",
        "information",
        "responded_on",
        "version",
    }
    assert pipeline.screening.offence_description not in response.content.decode()
    assert pipeline.screening.victim_details not in response.content.decode()


def test_a_screener_gets_404_for_another_agencys_request(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    client = api_as(pipeline.cast.partner_screener)

    assert client.get(f"/api/v1/screening-requests/{pipeline.health_request.pk}/").status_code == 404
    assert client.post(f"/api/v1/screening-requests/{pipeline.health_request.pk}/respond/", ANSWER).status_code == 404


def test_reading_one_request_is_written_to_the_access_log(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    api_as(pipeline.cast.partner_screener).get(f"/api/v1/screening-requests/{pipeline.social_care_request.pk}/")

    assert AccessLog.objects.filter(
        user=pipeline.cast.partner_screener, what="Screening request (Children's social care)"
    ).exists()


def test_answering_over_the_api_saves_the_answer(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    response = api_as(pipeline.cast.partner_screener).post(
        f"/api/v1/screening-requests/{pipeline.social_care_request.pk}/respond/", ANSWER, format="json"
    )

    assert response.status_code == 200
    assert response.json()["child_known"] == "yes"
    assert response.json()["responded_on"] is not None


def test_the_last_answer_over_the_api_completes_screening(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    api_as(pipeline.cast.partner_screener).post(
        f"/api/v1/screening-requests/{pipeline.social_care_request.pk}/respond/", ANSWER, format="json"
    )
    api_as(pipeline.cast.police_officer).post(
        f"/api/v1/screening-requests/{pipeline.health_request.pk}/respond/", ANSWER, format="json"
    )

    pipeline.screening.refresh_from_db()
    assert pipeline.screening.stage == Stage.PROPOSAL


def test_a_known_child_without_information_is_a_400_naming_the_field(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    response = api_as(pipeline.cast.partner_screener).post(
        f"/api/v1/screening-requests/{pipeline.social_care_request.pk}/respond/",
        {**ANSWER, "information": ""},
        format="json",
    )

    assert response.status_code == 400
    assert "information" in response.json()


def test_a_stale_change_is_a_409(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    client = api_as(pipeline.cast.partner_screener)
    url = f"/api/v1/screening-requests/{pipeline.social_care_request.pk}/respond/"
    version = client.post(url, ANSWER, format="json").json()["version"]
    client.post(url, {**ANSWER, "version": version}, format="json")

    assert client.post(url, {**ANSWER, "version": version}, format="json").status_code == 409


def test_a_second_answer_without_a_version_is_a_400(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    client = api_as(pipeline.cast.partner_screener)
    url = f"/api/v1/screening-requests/{pipeline.social_care_request.pk}/respond/"
    client.post(url, ANSWER, format="json")

    assert client.post(url, ANSWER, format="json").status_code == 400


@pytest.mark.parametrize(("role", "status"), [("health_worker", 403), ("board_member", 403), ("administrator", 403)])
def test_roles_outside_screening_are_refused(pipeline: Pipeline, api_as, role: str, status: int) -> None:  # type: ignore[no-untyped-def]
    assert api_as(pipeline.cast.user(role)).get("/api/v1/screening-requests/").status_code == status


def test_a_case_manager_reads_requests_but_may_not_answer(pipeline: Pipeline, api_as) -> None:  # type: ignore[no-untyped-def]
    client = api_as(pipeline.cast.case_manager)

    assert client.get("/api/v1/screening-requests/").json()["count"] == 4
    url = f"/api/v1/screening-requests/{pipeline.health_request.pk}/respond/"
    assert client.post(url, ANSWER, format="json").status_code == 403


@pytest.mark.django_db
def test_the_contract_check_data_holds_screening_requests() -> None:
    out = StringIO()
    call_command("api_contract_data", stdout=out)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {out.getvalue().strip()}")

    assert client.get("/api/v1/screening-requests/").json()["count"] == 4
    assert User.objects.count() == 1
