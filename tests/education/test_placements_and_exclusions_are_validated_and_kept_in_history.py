"""A placement's dates are in order, hours are 0 to 40 and attended no more than offered; a suspension has its
days; every change is kept with who made it; a stale page cannot overwrite someone else's save."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from yjs.core.concurrency import StaleRecordError
from yjs.education import services
from yjs.education.models import EducationPlacement

pytestmark = pytest.mark.django_db


def school(**changes: Any) -> dict[str, Any]:
    return {
        "kind": "school",
        "provider": "Hardy Academy",
        "start_date": date(2024, 9, 2),
        "hours_offered": Decimal(25),
        "hours_attended": Decimal(20),
        "suitable": "yes",
    } | changes


def refusal(cast: Cast, **changes: Any) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as error:
        services.record_placement(cast.case_manager, cast.child, school(**changes))
    return error.value.message_dict


def test_a_placement_cannot_end_before_it_starts(cast: Cast) -> None:
    assert "end_date" in refusal(cast, end_date=date(2024, 9, 1))


def test_hours_attended_cannot_be_more_than_hours_offered(cast: Cast) -> None:
    assert refusal(cast, hours_offered=Decimal(10), hours_attended=Decimal("10.5")) == {
        "hours_attended": ["Hours attended must not be more than the hours offered"]
    }


@pytest.mark.parametrize("hours", [Decimal(-1), Decimal("40.5")])
def test_hours_are_0_to_40_a_week(cast: Cast, hours: Decimal) -> None:
    assert "hours_offered" in refusal(cast, hours_offered=hours, hours_attended=None)


def test_a_school_needs_a_name_and_a_neet_spell_offers_no_hours(cast: Cast) -> None:
    assert "provider" in refusal(cast, provider="  ")
    assert "hours_offered" in refusal(cast, kind="none", provider="", hours_attended=None)


def test_a_start_before_the_child_was_born_or_years_ahead_is_refused(cast: Cast) -> None:
    assert "start_date" in refusal(cast, start_date=date(1990, 1, 1))
    assert "start_date" in refusal(cast, start_date=date(2099, 1, 1))


def test_a_suspension_has_its_days_and_a_permanent_exclusion_none(cast: Cast) -> None:
    base = {"school": "Hardy Academy", "start_date": date(2024, 11, 4)}
    with pytest.raises(ValidationError) as error:
        services.record_exclusion(cast.case_manager, cast.child, base | {"kind": "fixed_term", "days": None})
    assert "days" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.record_exclusion(cast.case_manager, cast.child, base | {"kind": "permanent", "days": 5})
    assert "days" in error.value.message_dict
    services.record_exclusion(cast.case_manager, cast.child, base | {"kind": "fixed_term", "days": 45})


def test_roles_without_a_part_cannot_record(cast: Cast) -> None:
    for user in (cast.police_officer, cast.auditor, cast.health_worker, cast.other_service_manager):
        with pytest.raises(PermissionDenied):
            services.record_placement(user, cast.child, school())
    assert not EducationPlacement.objects.exists()


def test_every_change_is_kept_with_who_made_it_and_a_stale_save_is_refused(cast: Cast) -> None:
    placement = services.record_placement(cast.case_manager, cast.child, school())
    services.change_placement(cast.team_manager, placement, {"hours_attended": Decimal(22)}, expected_version=1)

    versions = list(placement.history.order_by("history_date").values_list("hours_attended", "history_user__username"))
    assert versions == [(Decimal(20), "cm"), (Decimal(22), "tm")]
    with pytest.raises(StaleRecordError):
        services.change_placement(cast.case_manager, placement, {"hours_attended": Decimal(5)}, expected_version=1)


def test_the_form_shows_the_refusal_and_keeps_what_was_typed(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    url = reverse("education:placement_new", args=[cast.child.pk])
    response = client.post(
        url,
        {
            "kind": "school",
            "provider": "Hardy Academy",
            "start_date_day": "2",
            "start_date_month": "9",
            "start_date_year": "2024",
            "end_date_day": "1",
            "end_date_month": "9",
            "end_date_year": "2024",
            "hours_offered": "12",
            "hours_attended": "14",
            "suitable": "unknown",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The end date must be the same as or after the start date" in page
    assert "Hours attended must not be more than the hours offered" in page
    assert 'value="Hardy Academy"' in page
    assert not EducationPlacement.objects.exists()
