from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.conftest import Cast
from yjs.casework.services import close_intervention, record_review, record_significant_change


def test_a_significant_change_brings_the_next_review_forward(cast: Cast) -> None:
    # Friday 7 March 2025 + 5 working days = Friday 14 March.
    cast.intervention.start_date = date(2025, 1, 10)
    cast.intervention.save()
    record_significant_change(
        cast.case_manager, cast.intervention, {"occurred_on": date(2025, 3, 7), "description": "Excluded from school"}
    )
    cast.intervention.refresh_from_db()
    assert cast.intervention.next_review_due == date(2025, 3, 14)


def test_a_review_sets_the_next_one_three_months_later(cast: Cast) -> None:
    record_review(cast.case_manager, cast.intervention, {"review_date": date(2025, 6, 20), "progress": "Attending well"})
    cast.intervention.refresh_from_db()
    assert cast.intervention.next_review_due == date(2025, 9, 20)


def test_closing_the_intervention_leaves_no_review_due(cast: Cast) -> None:
    close_intervention(cast.case_manager, cast.intervention, date(2025, 10, 1), "Order completed", ending="completed")
    cast.intervention.refresh_from_db()
    assert cast.intervention.next_review_due is None
    assert cast.intervention.end_date == date(2025, 10, 1)
    assert cast.intervention.closure_reason == "Order completed"


def test_a_review_cannot_be_recorded_for_a_day_still_to_come(cast: Cast) -> None:
    with pytest.raises(ValidationError, match="today or in the past"):
        record_review(
            cast.case_manager,
            cast.intervention,
            {"review_date": timezone.localdate() + timedelta(days=1), "progress": "Not yet"},
        )
