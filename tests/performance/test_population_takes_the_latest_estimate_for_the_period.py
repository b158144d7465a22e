"""The 10-17 population: the estimate for the year the period ends, else the latest earlier one, per
local authority, summed over a service's local authorities; unknown when any of them has no estimate."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import ServiceFactory
from tests.performance.histories import area
from yjs.performance.models import PopulationEstimate
from yjs.performance.periods import Quarter, Window, year_ending
from yjs.performance.population import population

pytestmark = pytest.mark.django_db

YEAR = year_ending(Quarter(2024, 4))  # ends 31 March 2025: the mid-2025 estimate, if published


def estimate(code: str, year: int, count: int, group: str = "all") -> None:
    PopulationEstimate.objects.create(area_code=code, year=year, count=count, group=group)


def test_the_estimate_of_the_year_the_period_ends_is_used_else_the_latest_earlier_one():
    service = ServiceFactory(code="county")
    county, town = area(service), area(service)
    estimate(county.code, 2024, 10_000)
    estimate(county.code, 2025, 10_500)
    estimate(county.code, 2026, 11_000)  # later than the period: never used for it
    estimate(town.code, 2023, 4_000)
    estimate(town.code, 2024, 4_200)  # the latest town has by mid-2025
    estimate(town.code, 2025, 900, group="sex:F")  # a group, not all children

    assert population(YEAR) == {service.pk: 10_500 + 4_200}
    assert population(YEAR, by="local_authority") == {county.pk: 10_500, town.pk: 4_200}
    assert population(Window(date(2024, 1, 1), date(2024, 12, 31)), by="local_authority") == {
        county.pk: 10_000,
        town.pk: 4_200,
    }


def test_a_service_with_an_authority_without_any_estimate_has_no_population():
    service = ServiceFactory(code="county")
    county, town = area(service), area(service)
    estimate(county.code, 2024, 10_000)
    estimate(town.code, 2026, 4_000)  # only later than the period

    assert population(YEAR) == {}
    assert population(YEAR, by="local_authority") == {county.pk: 10_000}


def test_only_the_services_asked_for_are_read():
    county = area(ServiceFactory(code="county"))
    elsewhere = area(ServiceFactory(code="elsewhere"))
    estimate(county.code, 2025, 10_000)
    estimate(elsewhere.code, 2025, 3_000)

    assert population(YEAR, services=[elsewhere.service_id]) == {elsewhere.service_id: 3_000}
