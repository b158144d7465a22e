from __future__ import annotations

from datetime import date

from django.urls import reverse

from tests.conftest import Cast
from yjs.casework.models import Review


def test_recording_a_review_from_the_page_moves_the_next_review(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    response = client.post(
        reverse("casework:review_new", args=[cast.intervention.pk]),
        {"review_date": "2025-07-01", "reason": "scheduled", "progress": "Attending well"},
    )
    assert response.status_code == 302
    assert Review.objects.get().created_by == cast.case_manager
    cast.intervention.refresh_from_db()
    assert cast.intervention.next_review_due == date(2025, 10, 1)


def test_a_review_needs_its_progress(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    response = client.post(
        reverse("casework:review_new", args=[cast.intervention.pk]), {"review_date": "2025-07-01", "reason": "scheduled"}
    )
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()


def test_a_significant_change_from_the_page_brings_the_review_forward(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    client.post(
        reverse("casework:significant_change_new", args=[cast.intervention.pk]),
        {"occurred_on": "2025-05-02", "description": "Moved into foster care"},
    )
    cast.intervention.refresh_from_db()
    # Friday 2 May 2025 + 5 working days, skipping the Early May bank holiday (Monday 5th) = Monday 12 May.
    assert cast.intervention.next_review_due == date(2025, 5, 12)


def test_closing_from_the_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    client.post(
        reverse("casework:intervention_close", args=[cast.intervention.pk]),
        {
            "end_date": "2025-10-01",
            "ending": "completed",
            "reason": "Order completed",
            "version": cast.intervention.version,
        },
    )
    cast.intervention.refresh_from_db()
    assert cast.intervention.end_date == date(2025, 10, 1)
