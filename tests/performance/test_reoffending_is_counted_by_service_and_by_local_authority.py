"""Reoffending for every service or local authority at once; a service's figure holds only its own children."""

from __future__ import annotations

from datetime import date

import pytest

from tests.performance.histories import area, child, outcome
from yjs.performance.figures import Reoffending
from yjs.performance.periods import Quarter
from yjs.performance.reoffending import proven_reoffending

pytestmark = pytest.mark.django_db

QUARTER = Quarter(2024, 1).window


def test_each_local_authority_and_each_service_has_its_own_figure():
    east = area()
    west = area(east.service)
    elsewhere = area()
    for authority, reoffends in ((east, True), (east, False), (west, False), (elsewhere, True)):
        someone = child(authority=authority)
        outcome(someone, "YC", date(2024, 5, 15))
        if reoffends:
            outcome(someone, "RO", date(2024, 9, 1), committed=date(2024, 8, 1))

    assert proven_reoffending(QUARTER, by="local_authority") == {
        east.pk: Reoffending(2, 1, 1),
        west.pk: Reoffending(1, 0, 0),
        elsewhere.pk: Reoffending(1, 1, 1),
    }
    assert proven_reoffending(QUARTER) == {
        east.service_id: Reoffending(3, 1, 1),
        elsewhere.service_id: Reoffending(1, 1, 1),
    }
    assert proven_reoffending(QUARTER, services=[east.service_id]) == {east.service_id: Reoffending(3, 1, 1)}
    assert proven_reoffending(QUARTER, by="local_authority", services=[elsewhere.service_id]) == {
        elsewhere.pk: Reoffending(1, 1, 1)
    }


def test_another_service_s_children_never_count(cast):  # type: ignore[no-untyped-def]
    outcome(cast.other_service_child, "YC", date(2024, 5, 15))
    outcome(cast.other_service_child, "RO", date(2024, 9, 1), committed=date(2024, 8, 1))
    assert proven_reoffending(QUARTER, services=[cast.service.pk]) == {}
    assert proven_reoffending(QUARTER) == {cast.other_service.pk: Reoffending(1, 1, 1)}


def test_an_unknown_grouping_is_refused():
    with pytest.raises(ValueError, match="Group by one of"):
        proven_reoffending(QUARTER, by="team")
