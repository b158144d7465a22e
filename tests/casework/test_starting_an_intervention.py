from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.casework.conftest import outcome_for
from tests.conftest import Cast
from yjs.casework.models import Allocation
from yjs.casework.services import start_intervention


def test_starting_an_intervention_sets_the_first_review_three_months_on(cast: Cast) -> None:
    outcome = outcome_for(cast.child, "YRO")
    intervention = start_intervention(cast.case_manager, outcome, team=cast.intervention.team, start_date=date(2025, 5, 12))
    assert intervention.next_review_due == date(2025, 8, 12)
    assert intervention.created_by == cast.case_manager
    assert intervention.history.count() == 1


def test_starting_with_a_case_manager_opens_the_first_allocation(cast: Cast) -> None:
    outcome = outcome_for(cast.child, "YCC")
    intervention = start_intervention(
        cast.team_manager,
        outcome,
        team=cast.intervention.team,
        start_date=date(2025, 5, 12),
        case_manager=cast.case_manager,
    )
    allocation = Allocation.objects.get(intervention=intervention)
    assert (allocation.case_manager, allocation.allocated_by, allocation.ended_on) == (
        cast.case_manager,
        cast.team_manager,
        None,
    )


@pytest.mark.parametrize("code", ["NFA", "DISCHARGE", "FINE"])
def test_it_refuses_an_intervention_for_an_outcome_the_yjs_does_not_supervise(cast: Cast, code: str) -> None:
    outcome = outcome_for(cast.child, code)
    with pytest.raises(ValidationError, match="not supervised"):
        start_intervention(cast.case_manager, outcome, team=cast.intervention.team, start_date=date(2025, 5, 12))


def test_an_auditor_cannot_start_an_intervention(cast: Cast) -> None:
    with pytest.raises(PermissionDenied):
        start_intervention(cast.auditor, outcome_for(cast.child), team=cast.intervention.team, start_date=date(2025, 5, 12))


def test_an_outcome_has_only_one_open_intervention(cast: Cast) -> None:
    with pytest.raises(ValidationError, match="already has an open intervention"):
        start_intervention(
            cast.case_manager, cast.intervention.outcome, team=cast.intervention.team, start_date=date(2025, 5, 12)
        )


def test_an_intervention_cannot_start_before_its_outcome(cast: Cast) -> None:
    with pytest.raises(ValidationError, match="on or after the date of the outcome"):
        start_intervention(
            cast.case_manager, outcome_for(cast.child, "YRO"), team=cast.intervention.team, start_date=date(2025, 3, 1)
        )
