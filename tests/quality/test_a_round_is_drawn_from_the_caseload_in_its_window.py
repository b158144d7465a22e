"""The quality lead draws a round from the interventions starting in the window, sees its make-up, and confirms it."""

from __future__ import annotations

from datetime import date

from tests.quality.conftest import Audit
from tests.quality.factories import case
from yjs.quality import services
from yjs.quality.models import AuditRound, Framework


def test_the_default_sample_takes_every_case_of_a_small_caseload_and_none_outside_the_window(audit: Audit) -> None:
    case(audit.cast.service, audit.north, audit.east, "RO", date(2025, 7, 1))  # after the window
    framework = Framework.objects.get(version="2021")
    drawn = services.draw_round(audit.cast.service_manager, framework, "Summer", date(2025, 4, 1), date(2025, 6, 30))
    # Four cases started in the window: n = 96.04 / (1 + 95.04 / 4) = 3.87, rounded up to 4.
    assert (drawn.caseload, drawn.size, drawn.status) == (4, 4, "sampled")
    assert {c.intervention_id for c in drawn.cases.all()} == {
        audit.north_court.pk,
        audit.south_court.pk,
        audit.north_out_of_court.pk,
        audit.south_out_of_court.pk,
    }
    assert sorted(drawn.cases.values_list("disposal", flat=True)) == ["court", "court", "out_of_court", "out_of_court"]


def test_the_same_seed_draws_the_same_sample(audit: Audit) -> None:
    framework = Framework.objects.get(version="2021")
    lead = audit.cast.service_manager
    first = services.draw_round(lead, framework, "A", date(2025, 4, 1), date(2025, 6, 30), size=2, seed=99)
    second = services.draw_round(lead, framework, "B", date(2025, 4, 1), date(2025, 6, 30), size=2, seed=99)
    assert set(first.cases.values_list("intervention_id", flat=True)) == set(
        second.cases.values_list("intervention_id", flat=True)
    )
    # Two of four, one court and one out of court in proportion.
    assert sorted(first.cases.values_list("disposal", flat=True)) == ["court", "out_of_court"]


def test_the_lead_sees_the_make_up_then_confirms(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(audit.cast.service_manager)
    response = client.post(
        "/quality/rounds/new/",
        {
            "title": "Summer",
            "framework": Framework.objects.get(version="2021").pk,
            "window_start": "2025-04-01",
            "window_end": "2025-06-30",
            "size": "",
            "seed": "7",
        },
    )
    drawn = AuditRound.objects.get(title="Summer")
    assert response.url == f"/quality/rounds/{drawn.pk}/sample/"
    page = client.get(response.url).content.decode()
    assert "Youth caution" in page
    assert "Dorset" in page
    assert "Court" in page
    client.post(response.url)
    drawn.refresh_from_db()
    assert drawn.status == "auditing"


def test_an_empty_window_is_refused(audit: Audit) -> None:
    import pytest
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="nothing to sample"):
        services.draw_round(
            audit.cast.service_manager, Framework.objects.get(version="2021"), "X", date(2020, 1, 1), date(2020, 2, 1)
        )
