"""The trend lines a service is compared with: England and Wales, and its own region, not every region loaded."""

from __future__ import annotations

from datetime import date

import pytest

from yjs.performance.models import Comparator
from yjs.performance.panels import comparators
from yjs.performance.periods import Quarter

QUARTERS = [Quarter(2024, 3), Quarter(2024, 4)]
AREAS = [
    ("K04000001", "England and Wales"),
    ("E92000001", "England"),
    ("E12000009", "South West"),
    ("E12000007", "London"),
]


@pytest.fixture
def loaded():
    for n, (code, name) in enumerate(AREAS):
        for quarter in QUARTERS:
            Comparator.objects.create(
                measure="fte.rate_per_100k", area_code=code, area_name=name, period_end=quarter.end, value=100 + n
            )
    # A figure for a quarter the chart does not show is left out.
    Comparator.objects.create(
        measure="fte.rate_per_100k", area_code="E12000009", area_name="South West", period_end=date(2020, 3, 31), value=1
    )


@pytest.mark.django_db
def test_a_service_in_the_south_west_sees_england_and_wales_then_the_south_west(loaded):
    lines = comparators("fte.rate_per_100k", QUARTERS, "E12000009")

    assert [(line.name, line.national, line.values) for line in lines] == [
        ("England and Wales", True, (100.0, 100.0)),
        ("South West", False, (102.0, 102.0)),
    ]


@pytest.mark.django_db
def test_a_service_with_no_region_recorded_sees_the_nation_only(loaded):
    assert [line.name for line in comparators("fte.rate_per_100k", QUARTERS, "")] == ["England and Wales"]


@pytest.mark.django_db
def test_without_england_and_wales_loaded_the_countries_stand_in():
    Comparator.objects.create(
        measure="fte.rate_per_100k", area_code="E92000001", area_name="England", period_end=QUARTERS[0].end, value=150
    )
    lines = comparators("fte.rate_per_100k", QUARTERS, "E12000009")
    assert [(line.name, line.values) for line in lines] == [("England", (150.0, None))]
