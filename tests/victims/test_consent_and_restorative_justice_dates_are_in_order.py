"""The pure rules: what a consent means on a day, and a restorative justice offer's dates in order."""

from __future__ import annotations

from datetime import date

from yjs.victims.rules import consent_in_force, offer_errors

TODAY = date(2025, 6, 30)
OFFENCE = date(2025, 1, 10)


def test_a_consent_is_in_force_from_the_day_it_is_given_until_the_day_before_it_is_withdrawn() -> None:
    given, withdrawn = date(2025, 2, 1), date(2025, 3, 1)
    assert not consent_in_force("given", given, withdrawn, date(2025, 1, 31))
    assert consent_in_force("given", given, withdrawn, given)
    assert consent_in_force("given", given, withdrawn, date(2025, 2, 28))
    assert not consent_in_force("given", given, withdrawn, withdrawn)
    assert consent_in_force("given", given, None, date(2030, 1, 1))


def test_a_refusal_is_never_consent() -> None:
    assert not consent_in_force("refused", date(2025, 2, 1), None, date(2025, 5, 1))


def _offer(**changes):  # type: ignore[no-untyped-def]
    values = {
        "offered_on": date(2025, 2, 1),
        "response": "accepted",
        "responded_on": date(2025, 2, 5),
        "kind": "direct",
        "took_place_on": date(2025, 3, 1),
        "completed_on": date(2025, 3, 1),
        "first_offence": OFFENCE,
        "today": TODAY,
    }
    return offer_errors(**(values | changes))


def test_a_complete_offer_in_order_has_no_errors() -> None:
    assert _offer() == {}


def test_no_offer_before_the_offence() -> None:
    assert "offered_on" in _offer(
        offered_on=date(2025, 1, 9), responded_on=None, response="awaiting", kind="", took_place_on=None, completed_on=None
    )


def test_no_answer_before_the_offer_and_no_completion_before_it_took_place() -> None:
    assert "responded_on" in _offer(responded_on=date(2025, 1, 31))
    assert "completed_on" in _offer(completed_on=date(2025, 2, 28))
    assert "took_place_on" in _offer(took_place_on=date(2025, 2, 4), completed_on=None)


def test_nothing_takes_place_unless_the_victim_accepted() -> None:
    assert "response" in _offer(response="declined")
    assert "response" in _offer(response="awaiting", responded_on=None)


def test_an_answer_needs_its_date_and_what_took_place_needs_its_kind() -> None:
    assert "responded_on" in _offer(responded_on=None)
    assert "kind" in _offer(kind="")
    assert "took_place_on" in _offer(took_place_on=None)


def test_no_date_in_the_future() -> None:
    assert "completed_on" in _offer(completed_on=date(2025, 7, 1))
