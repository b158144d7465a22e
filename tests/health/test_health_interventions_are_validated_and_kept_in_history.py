"""A health intervention's type belongs to its need, its dates are in order, attending needs a start date, and
every change is kept with who made it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.conftest import Cast
from yjs.health import services

pytestmark = pytest.mark.django_db


def offer(**changes: Any) -> dict[str, Any]:
    return {
        "need": "mental_health",
        "intervention_type": "getting_help",
        "provider": "CAMHS",
        "offered_on": date(2024, 10, 1),
        "response": "attended",
        "started_on": date(2024, 10, 8),
    } | changes


def refusal(cast: Cast, **changes: Any) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as error:
        services.record_intervention(cast.health_worker, cast.child, offer(**changes))
    return error.value.message_dict


def test_the_type_must_belong_to_the_need(cast: Cast) -> None:
    assert "intervention_type" in refusal(cast, intervention_type="complex_care")
    assert "intervention_type" in refusal(cast, need="substance_misuse")


def test_dates_are_in_order(cast: Cast) -> None:
    assert "started_on" in refusal(cast, started_on=date(2024, 9, 30))
    assert "ended_on" in refusal(cast, ended_on=date(2024, 10, 7))


def test_attending_needs_a_start_date_and_declining_has_none(cast: Cast) -> None:
    assert "started_on" in refusal(cast, started_on=None)
    assert "started_on" in refusal(cast, response="declined")


def test_a_health_worker_records_and_a_police_officer_cannot(cast: Cast) -> None:
    record = services.record_intervention(cast.health_worker, cast.child, offer())
    services.change_intervention(cast.case_manager, record, {"ended_on": date(2024, 12, 20)}, expected_version=1)

    assert list(record.history.order_by("history_date").values_list("history_user__username", flat=True)) == [
        "health",
        "cm",
    ]
    with pytest.raises(PermissionDenied):
        services.record_intervention(cast.police_officer, cast.child, offer())
