"""`yjs kpi-return`: the CSV's columns, a row per service, KPI, order type and measure, and its refusals."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.factories import ServiceFactory
from tests.performance.kpi_builders import child_of, order
from yjs.performance.kpis.csv_export import COLUMNS

pytestmark = pytest.mark.django_db


def test_the_csv_has_the_return_columns_and_a_service_filter(tmp_path: Path) -> None:
    mine, other = ServiceFactory(code="aaa"), ServiceFactory(code="bbb")
    order(child_of(mine, mental_health_concern=True), "RO", date(2025, 2, 1))
    order(child_of(other), "RO", date(2025, 2, 1))
    output = tmp_path / "return.csv"

    call_command("kpi_return", quarter="2024Q4", service="aaa", output=output, stderr=io.StringIO())

    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert tuple(rows[0]) == COLUMNS
    assert {row["service"] for row in rows} == {"aaa"}
    assert {row["quarter"] for row in rows} == {"2024Q4"}
    mental_health = next(r for r in rows if r["measure"] == "mental_health_need" and r["order_type"] == "referral_order")
    assert (mental_health["numerator"], mental_health["denominator"], mental_health["percentage"]) == ("1", "1", "100.0")
    victims = next(r for r in rows if r["kpi"] == "10" and r["order_type"] == "all")
    assert (victims["status"], victims["numerator"], victims["denominator"], victims["percentage"]) == (
        "recorded",
        "0",
        "0",
        "",
    )
    # One row per KPI, order type and measure: no duplicates.
    keys = [(r["kpi"], r["order_type"], r["measure"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_without_a_service_every_service_is_in_the_file_even_with_nothing_to_report() -> None:
    ServiceFactory(code="aaa")
    ServiceFactory(code="bbb")
    out = io.StringIO()

    call_command("kpi_return", quarter="2024Q4", stdout=out)

    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {row["service"] for row in rows} == {"aaa", "bbb"}
    assert len([r for r in rows if r["service"] == "aaa"]) == len([r for r in rows if r["service"] == "bbb"])


def test_a_quarter_that_cannot_be_read_or_an_unknown_service_is_refused() -> None:
    with pytest.raises(CommandError, match="like 2024Q4"):
        call_command("kpi_return", quarter="last quarter")
    with pytest.raises(CommandError, match="No service has the code"):
        call_command("kpi_return", quarter="2024Q4", service="nowhere")
