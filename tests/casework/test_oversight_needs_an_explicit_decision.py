from __future__ import annotations

from django.urls import reverse

from tests.casework.case_records import case_records_for
from tests.conftest import Cast


def test_a_post_naming_no_decision_neither_countersigns_nor_returns(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    records = case_records_for(cast)
    assessment = records.submitted_assessment
    client.force_login(cast.team_manager)
    response = client.post(
        reverse("casework:assessment_countersign", args=[assessment.pk]),
        {"note": "Looks fine", "version": assessment.version},
    )
    assert response.status_code == 200
    assert "Choose whether to countersign" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.status == "submitted"
