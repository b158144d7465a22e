"""Synthetic closures say how each intervention ended: most completed, some not, with the reason."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pytest

from tests.synth.conftest import synth_once
from yjs.casework.models import Intervention
from yjs.synth.casework import ending
from yjs.synth.offending import Episode

built = synth_once(children=60, services=1, seed=11, as_of=date(2026, 6, 30))


def _episode(code: str) -> Episode:
    return Episode(code=code, offences=[], outcome_date=date(2025, 1, 6), length_months=6, supervised=True)


def test_most_out_of_court_programmes_are_completed_and_some_are_not() -> None:
    rng = random.Random(3)
    endings = Counter(ending(rng, _episode("YCC"), date(2025, 1, 6), date(2025, 4, 6), None)[1] for _ in range(2_000))
    assert endings["completed"] / 2_000 > 0.8
    assert endings["breached"] > 0
    assert endings["transferred"] > 0


def test_a_new_outcome_before_the_planned_end_ends_the_order_as_resentenced() -> None:
    end, how, why = ending(random.Random(1), _episode("RO"), date(2025, 1, 6), date(2025, 7, 6), date(2025, 3, 3))
    assert (end, how, why) == (date(2025, 3, 3), "resentenced", "Superseded by a new outcome")


def test_a_programme_not_completed_ends_before_its_planned_end() -> None:
    rng = random.Random(5)
    stopped = [
        end
        for end, how, _ in (ending(rng, _episode("RO"), date(2025, 1, 6), date(2025, 7, 6), None) for _ in range(500))
        if how == "breached"
    ]
    assert stopped
    assert all(date(2025, 1, 6) <= end < date(2025, 7, 6) for end in stopped)


@pytest.mark.usefixtures("built")
def test_every_closed_intervention_records_how_it_ended_and_open_ones_do_not(db) -> None:  # type: ignore[no-untyped-def]
    closed = Intervention.objects.filter(end_date__isnull=False)
    assert closed.exists()
    assert not closed.filter(ending__isnull=True).exists()
    assert not Intervention.objects.open().exclude(ending__isnull=True).exists()
