from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.casework.case_records import case_records_for
from tests.conftest import Cast
from yjs.casework.services import close_intervention, start_intervention


def test_a_start_date_more_than_a_year_ahead_is_refused_not_a_crash(cast: Cast) -> None:
    outcome = case_records_for(cast).outcome_without_intervention
    with pytest.raises(ValidationError) as refused:
        start_intervention(cast.team_manager, outcome, team=cast.intervention.team, start_date=date(9999, 12, 1))
    assert "start_date" in refused.value.message_dict


def test_an_intervention_cannot_be_closed_on_a_future_date(cast: Cast) -> None:
    tomorrow = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        close_intervention(cast.case_manager, cast.intervention, tomorrow, "Order completed", ending="completed")
    assert "end_date" in refused.value.message_dict
    cast.intervention.refresh_from_db()
    assert cast.intervention.is_open
