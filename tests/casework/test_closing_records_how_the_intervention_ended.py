"""Closing an intervention records how it ended: completed, or not and why (the YJB's KPI 6 reads it)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from yjs.casework.models import Intervention
from yjs.casework.services import close_intervention


def test_the_ending_is_saved_and_a_breach_is_not_a_completion(cast: Cast) -> None:
    close_intervention(cast.case_manager, cast.intervention, date(2025, 10, 1), "Stopped attending", ending="breached")

    cast.intervention.refresh_from_db()
    assert (cast.intervention.ending, cast.intervention.completed) == ("breached", False)
    assert cast.intervention.get_ending_display() == "Not completed: breached or revoked"


def test_closing_without_a_known_ending_is_refused_and_leaves_it_open(cast: Cast) -> None:
    with pytest.raises(ValidationError) as refused:
        close_intervention(cast.case_manager, cast.intervention, date(2025, 10, 1), "Order completed", ending="")
    assert "ending" in refused.value.message_dict
    cast.intervention.refresh_from_db()
    assert cast.intervention.is_open
    assert cast.intervention.ending is None


def test_an_open_intervention_or_one_closed_before_endings_were_recorded_has_no_known_completion(cast: Cast) -> None:
    assert cast.intervention.completed is None
    old = Intervention(end_date=date(2023, 1, 1), ending=None)
    assert old.completed is None


def test_the_close_page_asks_how_it_ended_and_refuses_a_closure_without_it(client: Client, cast: Cast) -> None:
    client.force_login(cast.case_manager)
    url = reverse("casework:intervention_close", args=[cast.intervention.pk])
    page = client.get(url).content.decode()
    assert "How did it end?" in page
    assert "Not completed: transferred to another youth justice service" in page

    without_ending = {"end_date": "2025-10-01", "reason": "Order completed", "version": cast.intervention.version}
    response = client.post(url, without_ending)

    assert response.status_code == 200
    assert "Answer ‘How did it end?’" in response.content.decode()
    cast.intervention.refresh_from_db()
    assert cast.intervention.is_open


def test_the_close_page_saves_the_ending_and_the_case_page_shows_it(client: Client, cast: Cast) -> None:
    client.force_login(cast.case_manager)
    client.post(
        reverse("casework:intervention_close", args=[cast.intervention.pk]),
        {"end_date": "2025-10-01", "ending": "completed", "reason": "Order completed", "version": cast.intervention.version},
    )
    cast.intervention.refresh_from_db()
    assert cast.intervention.completed is True
    page = client.get(reverse("casework:intervention", args=[cast.intervention.pk])).content.decode()
    assert "How it ended" in page
