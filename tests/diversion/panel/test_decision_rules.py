"""The panel's decision rules, without the web layer or the database."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from yjs.diversion.decision_rules import (
    MIN_RATIONALE_CHARACTERS,
    decision_errors,
    escalation_errors,
    rationale_error,
)
from yjs.diversion.vocabularies import Decision

DECISIONS = st.sampled_from([d.value for d in Decision])
RATIONALE = "Gravity 2 and admitted; first offence; the victim supports a community resolution."


def _errors(**overrides: object) -> dict[str, str]:
    values: dict[str, object] = {
        "decision": "CR",
        "police_position": "CR",
        "yjs_position": "CR",
        "agreed": True,
        "rationale": RATIONALE,
        **overrides,
    }
    return decision_errors(**values)  # type: ignore[arg-type]


def test_an_agreed_decision_with_a_rationale_is_complete() -> None:
    assert _errors() == {}


def test_a_decision_without_a_rationale_is_refused() -> None:
    assert "rationale" in _errors(rationale="")


def test_a_rationale_of_a_word_or_two_is_refused_and_the_message_says_how_long() -> None:
    message = rationale_error("As proposed, agreed.")
    assert message is not None
    assert str(MIN_RATIONALE_CHARACTERS) in message


def test_spaces_do_not_count_towards_the_rationale() -> None:
    assert rationale_error(" a " * (MIN_RATIONALE_CHARACTERS - 1)) is not None
    assert rationale_error("x" * MIN_RATIONALE_CHARACTERS) is None


def test_a_disagreement_needs_the_positions_to_differ() -> None:
    assert "agreed" in _errors(agreed=False, police_position="YC", yjs_position="YC", decision="YC")


def test_a_disagreement_with_different_positions_is_complete() -> None:
    assert _errors(agreed=False, police_position="YC", yjs_position="CR", decision="YC") == {}


def test_not_saying_whether_they_agreed_is_refused() -> None:
    assert "agreed" in _errors(agreed=None)


@given(decision=DECISIONS, police=DECISIONS, yjs=DECISIONS)
def test_any_agreed_decision_with_a_position_other_than_the_decision_is_refused(
    decision: str, police: str, yjs: str
) -> None:
    errors = _errors(decision=decision, police_position=police, yjs_position=yjs, agreed=True)
    assert (errors == {}) == (police == yjs == decision)


@given(decision=DECISIONS, police=DECISIONS, yjs=DECISIONS)
def test_any_disagreement_is_accepted_exactly_when_the_positions_differ(decision: str, police: str, yjs: str) -> None:
    errors = _errors(decision=decision, police_position=police, yjs_position=yjs, agreed=False)
    assert (errors == {}) == (police != yjs)


def test_an_escalation_needs_a_manager_and_a_date() -> None:
    assert set(escalation_errors(manager_id=None, due_on=None, today=date(2026, 3, 2))) == {"manager", "due_on"}


def test_an_escalation_cannot_be_due_in_the_past() -> None:
    errors = escalation_errors(manager_id=1, due_on=date(2026, 3, 1), today=date(2026, 3, 2))
    assert set(errors) == {"due_on"}


def test_an_escalation_due_today_is_accepted() -> None:
    assert escalation_errors(manager_id=1, due_on=date(2026, 3, 2), today=date(2026, 3, 2)) == {}
