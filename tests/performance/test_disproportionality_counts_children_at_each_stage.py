"""Children at each stage by group, on a hand-built year, with shares and relative rates worked out here."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import ChildFactory, LocalAuthorityFactory, OutcomeFactory, ServiceFactory
from yjs.justice.models import OutcomeType
from yjs.performance.disproportionality import CARE_STATUS, ETHNIC_GROUP, disproportionality, stage_counts
from yjs.performance.models import PopulationEstimate
from yjs.performance.periods import Window

YEAR = Window(date(2024, 4, 1), date(2025, 3, 31))


def outcome(child, code, day):
    return OutcomeFactory(child=child, outcome_type=OutcomeType.objects.get(code=code), outcome_date=day)


@pytest.fixture
def area():
    service = ServiceFactory()
    authority = LocalAuthorityFactory(service=service, code="E06000901")
    for group, count in [
        ("all", 1_000),
        ("ethnic_group:white", 800),
        ("ethnic_group:black", 100),
        ("ethnic_group:asian", 50),
        ("ethnic_group:mixed", 30),
        ("ethnic_group:other", 20),
        ("care_status:looked_after", 20),
    ]:
        PopulationEstimate.objects.create(area_code=authority.code, year=2024, group=group, count=count)
    # An older estimate is ignored once the year the window ends has its own.
    PopulationEstimate.objects.create(area_code=authority.code, year=2023, group="ethnic_group:black", count=5)
    return service, authority


def child(area, ethnicity, **fields):
    service, authority = area
    return ChildFactory(service=service, local_authority=authority, ethnicity=ethnicity, **fields)


@pytest.mark.django_db
def test_each_child_counts_once_at_each_stage_they_reached(area):
    white = [child(area, "W_BRITISH") for _ in range(4)]
    for c in white:
        outcome(c, "CR", date(2024, 6, 1))
    outcome(white[0], "YRO", date(2024, 9, 1))
    outcome(white[0], "RO", date(2024, 10, 1))  # a second court outcome: still one child at court
    black = [child(area, "B_CARIBBEAN"), child(area, "B_AFRICAN", care_status="looked_after")]
    outcome(black[0], "RO", date(2024, 5, 1))
    outcome(black[1], "DTO", date(2025, 1, 10))
    outcome(child(area, "NOT_STATED"), "YC", date(2024, 7, 1))
    outcome(child(area, "A_INDIAN"), "NFA", date(2024, 7, 1))  # no further action is no stage
    outcome(child(area, "A_INDIAN"), "YC", date(2025, 4, 1))  # after the window
    outcome(child(area, "M_WBC", date_of_birth=date(2006, 1, 1)), "YC", date(2024, 6, 1))  # aged 18

    counts = stage_counts(YEAR, ETHNIC_GROUP)[area[0].pk]

    assert counts == {
        "out_of_court": {"white": 4, "not_known": 1},
        "court": {"white": 1, "black": 2},
        "custody": {"black": 1},
    }


@pytest.mark.django_db
def test_shares_are_of_known_ethnicity_and_rates_are_against_white_children(area):
    white = child(area, "W_IRISH")
    outcome(white, "YRO", date(2024, 9, 1))
    for ethnicity in ("B_CARIBBEAN", "B_OTHER"):
        outcome(child(area, ethnicity), "RO", date(2024, 5, 1))
    outcome(child(area, "NOT_STATED"), "RO", date(2024, 5, 1))

    rows = {row.group: row for row in disproportionality(YEAR, ETHNIC_GROUP)[area[0].pk]}

    black = rows["black"]
    assert black.population == 100
    assert black.counts["court"] == 2
    # 2 of the 3 children of known ethnicity at court; 100 of the 1,000 children of known ethnicity.
    assert black.shares["court"] == pytest.approx(200 / 3)
    assert black.shares["population"] == pytest.approx(10.0)
    # (2 / 100) / (1 / 800) = 16
    assert black.rates["court"].index == pytest.approx(16.0)
    assert rows["not_known"].shares["court"] is None
    assert rows["asian"].rates["court"].index is None


@pytest.mark.django_db
def test_care_status_compares_looked_after_children_with_the_rest(area):
    outcome(child(area, "W_BRITISH", care_status="looked_after"), "YC", date(2024, 8, 1))
    outcome(child(area, "W_BRITISH"), "YC", date(2024, 8, 1))

    rows = {row.group: row for row in disproportionality(YEAR, CARE_STATUS)[area[0].pk]}

    assert rows["not_looked_after"].population == 980
    # (1 / 20) / (1 / 980) = 49
    assert rows["looked_after"].rates["out_of_court"].index == pytest.approx(49.0)


@pytest.mark.django_db
def test_another_services_children_are_not_counted(area):
    outcome(child(area, "W_BRITISH"), "YC", date(2024, 8, 1))
    other = ServiceFactory()
    outcome(ChildFactory(service=other), "YC", date(2024, 8, 1))

    counts = stage_counts(YEAR, ETHNIC_GROUP, services=[area[0].pk])

    assert list(counts) == [area[0].pk]
    assert counts[area[0].pk]["out_of_court"] == {"white": 1}
