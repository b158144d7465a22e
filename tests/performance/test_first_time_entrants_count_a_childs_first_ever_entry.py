"""First-time entrants: a child's first ever caution, conditional caution or court outcome, aged 10-17,
dated in the period (DOMAIN.md section 4). Each answer below is counted by hand from the history built."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from tests.factories import ServiceFactory
from tests.performance.histories import area, child, outcome
from yjs.justice.models import OutcomeType
from yjs.performance.first_time_entrants import first_time_entrants
from yjs.performance.periods import Quarter, Window, year_ending

pytestmark = pytest.mark.django_db

YEAR = year_ending(Quarter(2024, 4))  # 1 April 2024 to 31 March 2025
BORN = date(2010, 6, 1)  # 13 or 14 throughout the year


@pytest.fixture
def county():  # type: ignore[no-untyped-def]
    return area(ServiceFactory(code="county"))


def entrants(year: Window = YEAR, **options: Any) -> dict[int, int]:
    return {group: figure.count for group, figure in first_time_entrants(year, **options).items() if figure.count}


def test_the_registry_marks_first_entries_and_custody_as_the_domain_does():
    entries = set(OutcomeType.objects.filter(first_time_entry=True).values_list("code", flat=True))
    custodial = set(OutcomeType.objects.filter(custodial=True).values_list("code", flat=True))
    assert {"YC", "YCC", "DISCHARGE", "FINE", "RO", "YRO", "DTO", "S250", "S254", "S259"} <= entries
    assert not entries & {"NFA", "CR", "O22", "O20_21"}
    assert custodial == {"DTO", "S250", "S254", "S259"}


def test_a_first_caution_in_the_year_is_a_first_entry(county):
    outcome(child(BORN, authority=county), "YC", date(2024, 7, 1))
    assert entrants() == {county.service_id: 1}


def test_a_second_caution_is_not_a_first_entry(county):
    cautioned_twice = child(BORN, authority=county)
    outcome(cautioned_twice, "YC", date(2024, 5, 1))
    outcome(cautioned_twice, "YC", date(2024, 9, 1))
    outcome(cautioned_twice, "RO", date(2025, 1, 10))
    # One child, one first entry, however many entries follow in the year.
    assert entrants() == {county.service_id: 1}


def test_a_first_entry_before_the_period_excludes_the_child(county):
    known = child(BORN, authority=county)
    outcome(known, "YC", date(2024, 3, 31))
    outcome(known, "YCC", date(2024, 6, 1))
    assert entrants() == {}


def test_non_statutory_outcomes_before_a_caution_do_not_stop_it_being_the_first_entry(county):
    diverted = child(BORN, authority=county)
    outcome(diverted, "CR", date(2023, 1, 1))
    outcome(diverted, "O22", date(2023, 8, 1))
    outcome(diverted, "NFA", date(2024, 2, 1))
    outcome(diverted, "O20_21", date(2024, 5, 1))
    outcome(diverted, "YC", date(2024, 10, 1))
    only_diverted = child(BORN, authority=county)
    outcome(only_diverted, "CR", date(2024, 10, 1))
    assert entrants() == {county.service_id: 1}


def test_a_child_18_at_the_outcome_is_not_counted_and_one_17_the_day_before_is(county):
    eighteen_today = child(date(2006, 11, 15), authority=county)
    outcome(eighteen_today, "YC", date(2024, 11, 15))
    seventeen_still = child(date(2006, 11, 16), authority=county)
    outcome(seventeen_still, "YC", date(2024, 11, 15))
    assert entrants() == {county.service_id: 1}


def test_a_child_born_on_29_february_is_17_until_1_march(county):
    outcome(child(date(2008, 2, 29), authority=county), "YC", date(2026, 2, 28))
    outcome(child(date(2008, 2, 29), authority=county), "YC", date(2026, 3, 1))
    assert entrants(year=year_ending(Quarter(2025, 4))) == {county.service_id: 1}


def test_a_child_under_10_at_the_outcome_is_not_counted(county):
    outcome(child(date(2015, 1, 2), authority=county), "YC", date(2025, 1, 1))
    assert entrants() == {}


def test_an_archived_outcome_is_ignored(county):
    archived_first = child(BORN, authority=county)
    outcome(archived_first, "YC", date(2023, 1, 1), archived_at=datetime(2024, 1, 1, tzinfo=UTC))
    outcome(archived_first, "YC", date(2024, 8, 1))
    only_archived = child(BORN, authority=county)
    outcome(only_archived, "RO", date(2024, 8, 1), archived_at=datetime(2024, 9, 1, tzinfo=UTC))
    # The archived caution never happened for this count, so the August caution is the first entry.
    assert entrants() == {county.service_id: 1}


def test_an_archived_child_is_not_counted(county):
    outcome(child(BORN, archived_at=datetime(2025, 1, 1, tzinfo=UTC), authority=county), "YC", date(2024, 8, 1))
    assert entrants() == {}


def test_entrants_are_split_by_the_childs_local_authority(county):
    town = area(county.service)
    for day in (date(2024, 4, 1), date(2025, 3, 31)):
        outcome(child(BORN, authority=county), "FINE", day)
    outcome(child(BORN, authority=town), "YCC", date(2024, 12, 25))
    outcome(child(BORN, authority=town), "YC", date(2025, 4, 1))  # the day after the year
    assert entrants(by="local_authority") == {county.pk: 2, town.pk: 1}
    assert entrants() == {county.service_id: 3}


def test_another_services_children_never_count(county):
    elsewhere = area(ServiceFactory(code="elsewhere"))
    outcome(child(BORN, authority=county), "YC", date(2024, 7, 1))
    outcome(child(BORN, authority=elsewhere), "YC", date(2024, 7, 1))
    outcome(child(BORN, authority=elsewhere), "DTO", date(2024, 7, 1))
    assert entrants(services=[county.service_id]) == {county.service_id: 1}
    assert entrants(services=[county.service_id], by="local_authority") == {county.pk: 1}
    assert entrants() == {county.service_id: 1, elsewhere.service_id: 2}
