"""Two people changing the same agency's answer: the second, made from a stale page, is refused."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from yjs.core.concurrency import StaleRecordError
from yjs.diversion.services.screening import respond_to_screening

NOT_KNOWN = {"child_known": "no", "family_known": "no", "information": ""}


def test_a_change_from_a_stale_version_is_refused(pipeline: Pipeline) -> None:
    request = respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN)
    read_at = request.version
    respond_to_screening(
        pipeline.cast.team_manager, request, {**NOT_KNOWN, "family_known": "yes", "information": "x"}, read_at
    )

    with pytest.raises(StaleRecordError):
        respond_to_screening(pipeline.cast.partner_screener, request, NOT_KNOWN, read_at)


def test_the_page_refuses_a_stale_change_and_keeps_what_was_typed(pipeline: Pipeline, client: Client) -> None:
    request = respond_to_screening(pipeline.cast.partner_screener, pipeline.social_care_request, NOT_KNOWN)
    stale_version = request.version
    respond_to_screening(
        pipeline.cast.team_manager, request, {**NOT_KNOWN, "family_known": "yes", "information": "Early help"}, stale_version
    )
    client.force_login(pipeline.cast.partner_screener)

    response = client.post(
        reverse("diversion:screening_respond", args=[request.pk]),
        {"child_known": "yes", "family_known": "no", "information": "Known to the MASH", "version": stale_version},
    )

    assert response.status_code == 200
    assert "Someone else changed this" in response.content.decode()
    assert "Known to the MASH" in response.content.decode()
    request.refresh_from_db()
    assert request.information == "Early help"
