"""The panel's finding on each sampled decision: a comment unless the decision is consistent."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from yjs.core.concurrency import StaleRecordError
from yjs.diversion.services.scrutiny import record_finding


def test_a_consistent_finding_needs_no_comment(pipeline: Pipeline) -> None:
    item = record_finding(pipeline.cast.auditor, pipeline.scrutiny_item, finding="consistent")
    item.refresh_from_db()
    assert (item.finding, item.comment) == ("consistent", "")
    assert item.reviewed_on is not None


@pytest.mark.parametrize("finding", ["partly", "inconsistent"])
def test_any_other_finding_needs_a_comment(pipeline: Pipeline, finding: str) -> None:
    with pytest.raises(ValidationError) as refused:
        record_finding(pipeline.cast.auditor, pipeline.scrutiny_item, finding=finding, comment="  ")
    assert list(refused.value.message_dict) == ["comment"]


def test_the_finding_is_kept_with_who_recorded_it(pipeline: Pipeline) -> None:
    record_finding(pipeline.cast.team_manager, pipeline.scrutiny_item, finding="partly", comment="Victim not heard.")
    latest = pipeline.scrutiny_item.history.first()
    assert (latest.finding, latest.comment, latest.history_user) == (
        "partly",
        "Victim not heard.",
        pipeline.cast.team_manager,
    )


def test_a_finding_from_a_stale_page_is_refused(pipeline: Pipeline) -> None:
    version = pipeline.scrutiny_item.version
    record_finding(pipeline.cast.auditor, pipeline.scrutiny_item, finding="consistent", expected_version=version)
    with pytest.raises(StaleRecordError):
        record_finding(
            pipeline.cast.team_manager, pipeline.scrutiny_item, finding="partly", comment="x", expected_version=version
        )


@pytest.mark.parametrize("role", ["case_manager", "police_officer", "board_member", "other_service_manager"])
def test_only_the_services_managers_and_auditors_record_findings(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        record_finding(pipeline.cast.user(role), pipeline.scrutiny_item, finding="consistent")


def test_the_form_asks_for_the_comment_and_keeps_what_was_chosen(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.auditor)
    url = reverse("diversion:scrutiny_finding", args=[pipeline.scrutiny_item.pk])
    response = client.post(url, {"finding": "inconsistent", "comment": "", "version": pipeline.scrutiny_item.version})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Enter a comment saying what the panel found" in content
    assert re.search(r'<input[^>]*value="inconsistent"[^>]*checked', content)
    pipeline.scrutiny_item.refresh_from_db()
    assert pipeline.scrutiny_item.finding == ""


def test_a_saved_finding_returns_to_the_sample(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.auditor)
    url = reverse("diversion:scrutiny_finding", args=[pipeline.scrutiny_item.pk])
    response = client.post(url, {"finding": "consistent", "comment": "", "version": pipeline.scrutiny_item.version})
    assert response.status_code == 302
    assert response["Location"] == pipeline.sample.get_absolute_url()
