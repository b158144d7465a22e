"""Drawing a scrutiny sample: from the window's finished decisions, recorded so it can be drawn again."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.conftest import Cast
from tests.diversion.scrutiny.builders import START, decisions
from yjs.diversion.services.scrutiny import draw_sample
from yjs.diversion.vocabularies import Stage

WINDOW = {"decided_from": date(2026, 1, 1), "decided_to": date(2026, 3, 31)}


def _drawn(sample) -> list[int]:  # type: ignore[no-untyped-def]
    return list(sample.items.order_by("position").values_list("notification_id", flat=True))


def test_the_same_seed_and_window_draw_the_same_sample(cast: Cast) -> None:
    decisions(cast, 40)
    first = draw_sample(cast.team_manager, **WINDOW, size=10, seed=99)
    again = draw_sample(cast.auditor, **WINDOW, size=10, seed=99)
    assert _drawn(first) == _drawn(again)


def test_a_different_seed_draws_a_different_sample(cast: Cast) -> None:
    decisions(cast, 40)
    one = draw_sample(cast.team_manager, **WINDOW, size=10, seed=1)
    other = draw_sample(cast.team_manager, **WINDOW, size=10, seed=2)
    assert _drawn(one) != _drawn(other)


def test_the_sample_records_its_window_seed_size_and_title(cast: Cast) -> None:
    decisions(cast, 12)
    sample = draw_sample(cast.auditor, **WINDOW, size=5, seed=7, title="First quarter")
    sample.refresh_from_db()
    assert (sample.decided_from, sample.decided_to, sample.seed, sample.size, sample.title) == (
        date(2026, 1, 1),
        date(2026, 3, 31),
        7,
        5,
        "First quarter",
    )
    assert list(sample.items.values_list("position", flat=True)) == [1, 2, 3, 4, 5]


def test_a_sample_drawn_without_a_seed_records_the_one_it_used(cast: Cast) -> None:
    made = decisions(cast, 30)
    sample = draw_sample(cast.team_manager, **WINDOW, size=8)
    assert sample.seed > 0
    assert _drawn(draw_sample(cast.team_manager, **WINDOW, size=8, seed=sample.seed)) == _drawn(sample)
    assert set(_drawn(sample)) <= {n.pk for n in made}


def test_the_sample_is_capped_at_the_decisions_in_the_window(cast: Cast) -> None:
    decisions(cast, 3)
    sample = draw_sample(cast.team_manager, **WINDOW, size=10, seed=5)
    assert sample.size == 3
    assert sample.items.count() == 3


def test_only_finished_decisions_in_the_window_are_drawn(cast: Cast) -> None:
    inside = decisions(cast, 2)
    decisions(cast, 2, start=date(2025, 12, 30))  # 30 and 31 December: before the window
    decisions(cast, 1, start=date(2026, 2, 1), stage=Stage.WITHDRAWN)
    sample = draw_sample(cast.team_manager, **WINDOW, size=10, seed=5)
    assert set(_drawn(sample)) == {n.pk for n in inside}


def test_another_services_decisions_are_never_drawn(cast: Cast, pipeline) -> None:  # type: ignore[no-untyped-def]
    decisions(cast, 2)
    pipeline.other_service.decided_on, pipeline.other_service.stage = START, Stage.DECIDED
    pipeline.other_service.save()
    sample = draw_sample(cast.team_manager, **WINDOW, size=10, seed=5)
    assert pipeline.other_service.pk not in _drawn(sample)


def test_a_window_without_decisions_is_refused(cast: Cast) -> None:
    with pytest.raises(ValidationError) as refused:
        draw_sample(cast.team_manager, **WINDOW, size=10, seed=5)
    assert refused.value.message_dict == {"decided_from": ["There are no finished decisions between these dates"]}


def test_a_window_ending_before_it_starts_is_refused(cast: Cast) -> None:
    with pytest.raises(ValidationError) as refused:
        draw_sample(cast.team_manager, decided_from=date(2026, 3, 1), decided_to=date(2026, 1, 1), size=10)
    assert "decided_to" in refused.value.message_dict


@pytest.mark.parametrize("role", ["case_manager", "police_officer", "board_member", "partner_screener"])
def test_only_managers_and_auditors_draw_samples(cast: Cast, role: str) -> None:
    decisions(cast, 3)
    with pytest.raises(PermissionDenied):
        draw_sample(cast.user(role), **WINDOW, size=10, seed=5)


def test_the_history_names_who_drew_the_sample(cast: Cast) -> None:
    decisions(cast, 3)
    sample = draw_sample(cast.auditor, **WINDOW, size=2, seed=5)
    assert sample.history.get().history_user == cast.auditor
    assert {item.history.get().history_user for item in sample.items.all()} == {cast.auditor}
