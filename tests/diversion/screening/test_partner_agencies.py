"""Managers configure the agencies asked to screen: add, rename, retire; names are unique in the service."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from tests.diversion.factories import NotificationFactory
from yjs.core.models import PartnerAgency
from yjs.diversion.services.screening import add_agency, change_agency
from yjs.diversion.services.steps import request_screening


def test_a_new_agency_is_asked_about_the_next_child_notified(pipeline: Pipeline) -> None:
    agency = add_agency(pipeline.cast.service_manager, "Youth housing")
    notification = NotificationFactory(child=pipeline.cast.child)

    requests = request_screening(notification, pipeline.cast.police_officer)

    assert agency in {r.agency for r in requests}


def test_a_retired_agency_is_not_asked_next_time_and_keeps_its_requests(pipeline: Pipeline) -> None:
    change_agency(pipeline.cast.administrator, pipeline.health, {"active": False})
    notification = NotificationFactory(child=pipeline.cast.child)

    requests = request_screening(notification, pipeline.cast.police_officer)

    assert pipeline.health not in {r.agency for r in requests}
    assert pipeline.health.screening_requests.filter(pk=pipeline.health_request.pk).exists()


def test_an_agency_that_stops_screening_is_not_asked(pipeline: Pipeline) -> None:
    change_agency(pipeline.cast.service_manager, pipeline.health, {"screens_out_of_court": False})

    requests = request_screening(NotificationFactory(child=pipeline.cast.child), pipeline.cast.police_officer)

    assert pipeline.health not in {r.agency for r in requests}


def test_a_renamed_agency_keeps_its_requests(pipeline: Pipeline) -> None:
    change_agency(pipeline.cast.service_manager, pipeline.health, {"name": "Health (school nursing)"})

    pipeline.health_request.refresh_from_db()
    assert str(pipeline.health_request.agency) == "Health (school nursing)"


def test_a_name_already_used_in_the_service_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        add_agency(pipeline.cast.service_manager, "health")

    assert "already an agency called" in refused.value.message_dict["name"][0]


def test_another_service_may_use_the_same_name(pipeline: Pipeline) -> None:
    agency = add_agency(pipeline.cast.other_service_manager, "Health")

    assert agency.service == pipeline.cast.other_service


@pytest.mark.parametrize("role", ["case_manager", "team_manager", "police_officer", "partner_screener"])
def test_only_service_managers_and_administrators_configure_agencies(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        add_agency(pipeline.cast.user(role), "Youth housing")


def test_the_page_shows_the_duplicate_name_error_and_keeps_what_was_typed(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.administrator)

    response = client.post(
        reverse("diversion:agency_edit", args=[pipeline.health.pk]),
        {"name": "Education", "screens_out_of_court": "on", "active": "on"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "There is already an agency called Education in your service" in html
    assert 'value="Education"' in html
    assert PartnerAgency.objects.get(pk=pipeline.health.pk).name == "Health"


def test_the_page_adds_an_agency(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.service_manager)

    response = client.post(reverse("diversion:agency_new"), {"name": "Youth housing", "screens_out_of_court": "on"})

    assert response.status_code == 302
    assert PartnerAgency.objects.filter(service=pipeline.cast.service, name="Youth housing", active=True).exists()


def test_the_page_retires_an_agency(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.service_manager)

    client.post(
        reverse("diversion:agency_edit", args=[pipeline.health.pk]), {"name": "Health", "screens_out_of_court": "on"}
    )

    pipeline.health.refresh_from_db()
    assert pipeline.health.active is False
    assert "Retired" in client.get(reverse("diversion:agencies")).content.decode()
