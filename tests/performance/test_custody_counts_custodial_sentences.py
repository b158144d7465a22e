"""Use of custody: custodial sentences (DTO, S250, S254, S259) dated in the period, children aged 10-17,
per 1,000 of the 10-17 population. A child sentenced twice counts twice, as the YJB counts sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.factories import ServiceFactory
from tests.performance.histories import area, child, outcome
from yjs.performance.custody import custody
from yjs.performance.figures import Custody
from yjs.performance.models import PopulationEstimate
from yjs.performance.periods import Quarter, year_ending

pytestmark = pytest.mark.django_db

YEAR = year_ending(Quarter(2024, 4))  # 1 April 2024 to 31 March 2025
BORN = date(2009, 1, 1)


def test_custodial_sentences_in_the_period_are_counted_per_1000_children():
    county = area(ServiceFactory(code="county"))
    PopulationEstimate.objects.create(area_code=county.code, year=2025, count=8_000)
    twice = child(BORN, authority=county)
    outcome(twice, "DTO", date(2024, 4, 1))
    outcome(twice, "S250", date(2025, 3, 31))
    outcome(child(BORN, authority=county), "S254", date(2024, 10, 1))
    outcome(child(BORN, authority=county), "S259", date(2024, 10, 1))
    outcome(child(BORN, authority=county), "YRO", date(2024, 10, 1))  # community, not custody
    outcome(child(BORN, authority=county), "DTO", date(2024, 3, 31))  # the day before the period
    outcome(child(BORN, authority=county), "DTO", date(2024, 6, 1), archived_at=datetime(2024, 7, 1, tzinfo=UTC))
    outcome(child(date(2006, 6, 1), authority=county), "DTO", date(2024, 6, 1))  # 18 on the day of sentence

    figures = custody(YEAR)

    assert figures == {county.service_id: Custody(count=4, population=8_000)}
    assert figures[county.service_id].rate_per_1000 == 4 / 8_000 * 1_000


def test_custody_is_split_by_local_authority_and_limited_to_the_services_asked_for():
    service = ServiceFactory(code="county")
    county, town = area(service), area(service)
    elsewhere = area(ServiceFactory(code="elsewhere"))
    outcome(child(BORN, authority=county), "DTO", date(2024, 5, 1))
    outcome(child(BORN, authority=town), "DTO", date(2024, 5, 1))
    outcome(child(BORN, authority=town), "S250", date(2024, 5, 2))
    outcome(child(BORN, authority=elsewhere), "DTO", date(2024, 5, 1))

    by_authority = custody(YEAR, by="local_authority", services=[service.pk])

    assert {group: figure.count for group, figure in by_authority.items()} == {county.pk: 1, town.pk: 2}
    assert by_authority[town.pk].rate_per_1000 is None  # no population estimate: no rate
