"""Who the risk panel should see, and when an action is overdue: the pure rules, without the web."""

from __future__ import annotations

from datetime import date

import pytest

from yjs.safety.rules import action_overdue, needs_referral, referral_reason

ASSESSED = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("rosh", "safety", "reason"),
    [
        ("high", "low", "rosh"),
        ("very_high", "very_high", "rosh"),  # risk to others is named first
        ("medium", "high", "safety"),
        ("low", "very_high", "safety"),
        ("medium", "medium", None),
        ("", "", None),
        (None, None, None),
    ],
)
def test_high_or_very_high_ratings_call_for_the_panel(rosh: str | None, safety: str | None, reason: str | None) -> None:
    assert referral_reason(rosh, safety) == reason


def test_a_child_rated_high_and_never_referred_needs_a_referral() -> None:
    assert needs_referral("high", "low", ASSESSED, None)


def test_a_referral_before_the_latest_assessment_does_not_count() -> None:
    assert needs_referral("high", "low", ASSESSED, date(2025, 6, 9))


def test_a_referral_on_or_after_the_latest_assessment_does() -> None:
    assert not needs_referral("high", "low", ASSESSED, ASSESSED)
    assert not needs_referral("low", "very_high", ASSESSED, date(2025, 7, 1))


def test_medium_ratings_need_no_referral_whatever_the_dates() -> None:
    assert not needs_referral("medium", "medium", ASSESSED, None)


def test_an_action_is_overdue_from_the_day_after_it_falls_due_until_done() -> None:
    due = date(2025, 7, 1)
    assert not action_overdue(due, None, date(2025, 7, 1))
    assert action_overdue(due, None, date(2025, 7, 2))
    assert not action_overdue(due, date(2025, 7, 5), date(2025, 7, 10))
