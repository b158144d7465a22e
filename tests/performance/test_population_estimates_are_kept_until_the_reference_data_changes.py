"""The estimates each local authority takes for a period of whole quarters are kept (population.py) and forgotten
whenever an estimate or a local authority changes: every population read from them equals one read afresh."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ServiceFactory
from tests.performance.histories import area
from yjs.performance import disproportionality as dp
from yjs.performance.models import PeriodCount, PopulationEstimate
from yjs.performance.periods import Quarter, Window, year_ending
from yjs.performance.population import KEPT_AS, population, populations
from yjs.performance.reference import load_reference

pytestmark = pytest.mark.django_db

YEAR = year_ending(Quarter(2024, 4))  # April 2024 to March 2025: the mid-2025 estimates


def estimate(code: str, count: int, group: str = "all", year: int = 2025) -> PopulationEstimate:
    return PopulationEstimate.objects.create(area_code=code, year=year, count=count, group=group)


def read_afresh(window: Window, group: str = "all", by: str = "service") -> dict[int, int]:
    PeriodCount.objects.filter(calculation=KEPT_AS).delete()
    return population(window, by=by, group=group)


@pytest.fixture
def county_and_town():
    service = ServiceFactory()
    county, town = area(service), area(service)
    estimate(county.code, 10_000)
    estimate(town.code, 4_000)
    estimate(county.code, 5_100, "sex:M")
    estimate(town.code, 2_000, "sex:M")
    estimate(county.code, 4_900, "sex:F")
    return service, county, town


def test_a_second_reading_reads_the_kept_estimates_not_the_reference_data(county_and_town) -> None:
    service, county, town = county_and_town
    assert population(YEAR) == {service.pk: 14_000}
    assert PeriodCount.objects.filter(calculation=KEPT_AS, start=YEAR.start, end=YEAR.end, service=service).exists()

    with CaptureQueriesContext(connection) as queries:
        assert population(YEAR) == {service.pk: 14_000}
        assert population(YEAR, by="local_authority") == {county.pk: 10_000, town.pk: 4_000}
        assert population(YEAR, group="sex:M") == {service.pk: 7_100}
    assert not any("performance_populationestimate" in query["sql"] for query in queries.captured_queries)


def test_a_group_missing_in_one_local_authority_gives_the_service_no_population_but_the_other_its_own(
    county_and_town,
) -> None:
    service, county, _town = county_and_town
    assert population(YEAR, group="sex:F") == {}
    assert population(YEAR, group="sex:F", by="local_authority") == {county.pk: 4_900}


def test_several_groups_read_at_once_equal_each_read_alone(county_and_town) -> None:
    groups = ["all", "sex:M", "sex:F", "ethnic_group:black"]
    for by in ("service", "local_authority"):
        together = populations(YEAR, groups, by=by)
        assert together == {group: read_afresh(YEAR, group, by) for group in groups}


def test_a_new_estimate_is_read_at_once(county_and_town) -> None:
    service, _county, town = county_and_town
    assert population(YEAR, group="sex:F") == {}
    estimate(town.code, 2_000, "sex:F")
    assert population(YEAR, group="sex:F") == {service.pk: 6_900} == read_afresh(YEAR, "sex:F")


def test_a_changed_or_deleted_estimate_is_read_at_once(county_and_town) -> None:
    service, county, _town = county_and_town
    population(YEAR)
    latest = PopulationEstimate.objects.get(area_code=county.code, year=2025, group="all")
    latest.count = 11_000
    latest.save()
    assert population(YEAR) == {service.pk: 15_000}
    estimate(county.code, 9_000, year=2024)
    latest.delete()
    assert population(YEAR) == {service.pk: 13_000} == read_afresh(YEAR)


def test_loading_reference_data_forgets_the_kept_estimates(county_and_town) -> None:
    service, county, _town = county_and_town
    population(YEAR)
    result = load_reference(["measure,area_code,period,group,value", f"population_10_17,{county.code},2025,all,12000"])
    assert result.population.updated == 1
    assert population(YEAR) == {service.pk: 16_000} == read_afresh(YEAR)


def test_a_local_authority_moved_to_another_service_or_added_without_an_estimate_is_read_at_once(
    county_and_town,
) -> None:
    service, _county, town = county_and_town
    population(YEAR)
    other = ServiceFactory()
    town.service = other
    town.save()
    assert population(YEAR) == {service.pk: 10_000, other.pk: 4_000} == read_afresh(YEAR)
    area(service)  # no estimate: the service's population is no longer known
    assert population(YEAR) == {other.pk: 4_000} == read_afresh(YEAR)


def test_a_period_that_is_not_whole_quarters_keeps_nothing(county_and_town) -> None:
    service, _county, _town = county_and_town
    assert population(Window(date(2024, 5, 1), date(2025, 4, 30))) == {service.pk: 14_000}
    assert not PeriodCount.objects.filter(calculation=KEPT_AS).exists()


def test_disproportionality_reads_every_groups_population_once(county_and_town) -> None:
    service, _county, _town = county_and_town
    dp.disproportionality(YEAR, dp.SEX)
    with CaptureQueriesContext(connection) as queries:
        rows = dp.disproportionality(YEAR, dp.SEX)[service.pk]
    assert {row.group: row.population for row in rows} == {"M": 7_100, "F": None, "U": None}
    assert sum("performance_periodcount" in query["sql"] for query in queries.captured_queries) == 2
