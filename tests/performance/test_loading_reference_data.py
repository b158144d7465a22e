"""`yjs load-reference`: population estimates and comparators from one file, loaded again without change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from yjs.performance.models import Comparator, PopulationEstimate

ROOT = Path(__file__).resolve().parents[2]
HEADER = "measure,area_code,area_name,period,group,value\n"


def run(path: Path) -> tuple[str, int]:
    out = StringIO()
    try:
        call_command("load_reference", str(path), stdout=out)
    except CommandError as error:
        return out.getvalue() + str(error), error.returncode
    return out.getvalue(), 0


def reference_file(tmp_path: Path, text: str, name: str = "reference.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = (
    HEADER
    + 'population_10_17,E06000058,"Bournemouth, Christchurch and Poole",2024,all,38000\n'
    + "population_10_17,E06000058,,2024,sex:F,18500\n"
    + "population_10_17,E06000058,,2024,ethnic_group:black,900\n"
    + "fte.rate_per_100k,K04000001,England and Wales,2024Q4,,138.6\n"
    + "reoffending.binary_rate,E12000009,South West,2025-03-31,,31.2\n"
)


@pytest.mark.django_db
def test_estimates_and_comparators_land_and_a_second_load_changes_nothing(tmp_path: Path) -> None:
    path = reference_file(tmp_path, GOOD)
    output, code = run(path)
    assert code == 0, output
    assert "Population estimates: created 3, updated 0, unchanged 0." in output
    assert "Comparators: created 2, updated 0, unchanged 0." in output
    assert PopulationEstimate.objects.get(area_code="E06000058", year=2024, group="sex:F").count == 18500
    fte = Comparator.objects.get(measure="fte.rate_per_100k")
    assert (fte.area_code, fte.area_name, fte.period_end, fte.value) == (
        "K04000001",
        "England and Wales",
        date(2025, 3, 31),  # year ending 2024Q4: January to March 2025
        Decimal("138.6"),
    )
    output, code = run(path)
    assert "Population estimates: created 0, updated 0, unchanged 3." in output
    assert "Comparators: created 0, updated 0, unchanged 2." in output


@pytest.mark.django_db
def test_a_changed_figure_is_updated(tmp_path: Path) -> None:
    run(reference_file(tmp_path, GOOD))
    output, _code = run(reference_file(tmp_path, GOOD.replace("38000", "38250").replace("31.2", "31.9"), "b.csv"))
    assert "Population estimates: created 0, updated 1, unchanged 2." in output
    assert "Comparators: created 0, updated 1, unchanged 1." in output
    assert PopulationEstimate.objects.get(area_code="E06000058", year=2024, group="all").count == 38250
    assert Comparator.objects.get(measure="reoffending.binary_rate").value == Decimal("31.9")


@pytest.mark.django_db
def test_bad_rows_are_reported_by_line_and_the_others_land(tmp_path: Path) -> None:
    text = (
        HEADER
        + "population_10_17,E06000059,Dorset,2024,all,42000\n"
        + "population_10_17,E06000059,Dorset,24,all,42000\n"  # line 3
        + "population_10_17,E06000059,Dorset,2024,ethnic_group:purple,100\n"  # line 4
        + "population_10_17,E06000059,Dorset,2024,all,41000\n"  # line 5: repeats line 2
        + "custody.rate_per_1000,K04000001,England and Wales,2024Q5,,0.12\n"  # line 6
        + "custody rate,K04000001,England and Wales,2024Q4,,lots\n"  # line 7
    )
    output, code = run(reference_file(tmp_path, text))
    assert code == 1
    assert "line 3: period: Give the mid-year of the estimate, such as 2024, not “24”." in output
    assert "line 4: group: Give all, or a dimension and a value" in output
    assert "line 5: row: The same figure is already on line 2." in output
    assert "line 6: period: Give the period as a quarter such as 2024Q4" in output
    assert "line 7: measure: Give population_10_17 or an indicator's name" in output
    assert "; value: Give a number, such as 31.2, not “lots”." in output
    assert list(PopulationEstimate.objects.values_list("year", "group", "count")) == [(2024, "all", 42000)]
    assert not Comparator.objects.exists()


@pytest.mark.django_db
def test_a_file_without_the_columns_is_refused(tmp_path: Path) -> None:
    output, code = run(reference_file(tmp_path, "measure,area,value\npopulation_10_17,E1,5\n"))
    assert code == 2
    assert "The file is missing the columns: area_code, period. Nothing was loaded." in output


@pytest.mark.django_db
def test_the_example_file_loads() -> None:
    output, code = run(ROOT / "docs" / "examples" / "reference.csv")
    assert code == 0, output
    assert PopulationEstimate.objects.filter(group="all").exists()
    assert Comparator.objects.filter(area_code="K04000001").exists()
