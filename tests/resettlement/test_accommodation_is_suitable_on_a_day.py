"""KPI 1's rule on a day: at least one record open, and every record open that day suitable."""

from __future__ import annotations

from datetime import date

from yjs.resettlement.accommodation_rules import Stay, suitable_on

HOME = Stay(date(2025, 1, 1), date(2025, 3, 31), "yes")
FOSTER = Stay(date(2025, 3, 31), None, "yes")
UNKNOWN_HOSTEL = Stay(date(2025, 3, 15), date(2025, 4, 10), "unknown")
NFA = Stay(date(2025, 5, 1), date(2025, 5, 20), "no")


def test_one_suitable_record_open_makes_the_day_suitable() -> None:
    assert suitable_on([HOME], date(2025, 2, 1))


def test_a_record_is_open_on_its_first_and_last_days() -> None:
    assert suitable_on([HOME], date(2025, 1, 1))
    assert suitable_on([HOME], date(2025, 3, 31))
    assert not suitable_on([HOME], date(2025, 4, 1))


def test_two_suitable_records_overlapping_on_the_day_of_a_move_are_suitable() -> None:
    assert suitable_on([HOME, FOSTER], date(2025, 3, 31))


def test_an_unknown_record_open_beside_a_suitable_one_makes_the_day_unsuitable() -> None:
    assert not suitable_on([HOME, UNKNOWN_HOSTEL], date(2025, 3, 20))
    # Once the unknown record has ended, the suitable one alone decides.
    assert suitable_on([FOSTER, UNKNOWN_HOSTEL], date(2025, 4, 11))


def test_an_unsuitable_record_makes_the_day_unsuitable() -> None:
    assert not suitable_on([NFA], date(2025, 5, 10))


def test_a_day_with_no_record_open_is_not_suitable() -> None:
    assert not suitable_on([], date(2025, 2, 1))
    assert not suitable_on([NFA], date(2025, 6, 1))
