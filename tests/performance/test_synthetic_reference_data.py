"""The demo and `yjs synth` give every local authority a population, and the nation and regions comparators."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Max, Min, Sum

from yjs.core.models import LocalAuthority
from yjs.performance.models import Comparator, PopulationEstimate
from yjs.synth.reference import area_population, split_exactly

AS_OF = date(2026, 6, 30)


def test_a_split_adds_up_to_the_whole() -> None:
    assert split_exactly(80_000, [0.65, 0.35]) == [52_000, 28_000]
    assert sum(split_exactly(1_001, [1, 1, 1])) == 1_001


def test_an_areas_groups_add_up_to_its_population() -> None:
    rows = area_population("E99900001", 52_000, 0.13, [2024, 2025], seed=1)
    assert rows[("E99900001", 2025, "all")] == 52_000
    assert rows[("E99900001", 2024, "all")] < 52_000
    for year in (2024, 2025):
        whole = rows[("E99900001", year, "all")]
        assert rows[("E99900001", year, "sex:F")] + rows[("E99900001", year, "sex:M")] == whole
        groups = [count for (_a, y, group), count in rows.items() if y == year and group.startswith("ethnic_group:")]
        assert len(groups) == 5
        assert sum(groups) == whole
        assert 0.005 * whole < rows[("E99900001", year, "care_status:looked_after")] < 0.01 * whole


@pytest.mark.django_db
def test_the_demo_has_about_80000_children_split_65_35_and_comparators() -> None:
    call_command("demo", children=150, as_of=AS_OF, verbosity=0)
    latest = dict(PopulationEstimate.objects.filter(year=2026, group="all").values_list("area_code", "count"))
    assert latest == {"E99900001": 52_000, "E99900002": 28_000}
    assert set(PopulationEstimate.objects.values_list("year", flat=True)) == set(range(2020, 2027))
    national = Comparator.objects.filter(area_code="K04000001")
    assert national.filter(measure="fte.rate_per_100k").aggregate(low=Min("value"))["low"] >= 130
    custody = national.filter(measure="custody.rate_per_1000").aggregate(low=Min("value"), high=Max("value"))
    assert Decimal("0.09") <= custody["low"] <= custody["high"] <= Decimal("0.2")
    binary = national.filter(measure="reoffending.binary_rate").aggregate(low=Min("value"), high=Max("value"))
    assert Decimal(31) <= binary["low"] <= binary["high"] <= Decimal(33)
    # 2020Q1 (April-June 2020) to 2025Q4 (January-March 2026), the last complete quarter on 30 June 2026.
    assert national.filter(measure="fte.rate_per_100k").count() == 24
    assert Comparator.objects.filter(area_code="E12000009", measure="fte.rate_per_100k").count() == 24
    call_command("demo", children=150, as_of=AS_OF, verbosity=0)
    assert PopulationEstimate.objects.aggregate(total=Sum("count"))["total"] > 0
    assert PopulationEstimate.objects.filter(year=2026, group="all").count() == 2


@pytest.mark.django_db
def test_every_local_authority_of_a_synthetic_run_has_a_population() -> None:
    call_command("synth", children=40, services=3, seed=5, as_of=AS_OF, verbosity=0)
    codes = set(LocalAuthority.objects.values_list("code", flat=True))
    assert len(codes) == 6
    assert set(PopulationEstimate.objects.filter(year=2026, group="all").values_list("area_code", flat=True)) == codes
