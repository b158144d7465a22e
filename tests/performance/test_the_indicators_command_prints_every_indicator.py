"""`yjs indicators` prints every indicator with its numerator and denominator, as JSON, CSV or a table.

The history: in the year ending 2024Q4 (April 2024 to March 2025), Ash is cautioned in June (a first
entry), then given a referral order in October for an offence of August (a proven reoffence); Blake is
sentenced to a DTO in September (a first entry and a custodial sentence, not yet released). 2,000
children aged 10-17 live in the county (mid-2025 estimate).
- FTE: 2 / 2,000 x 100,000 = 100.0.  Custody: 1 / 2,000 x 1,000 = 0.5.
- Reoffending, four quarterly cohorts added up: Ash is in the April-June cohort (reoffended once) and
  in the October-December one (no reoffence yet); Blake has no index event without a release. Cohort 2,
  reoffenders 1, reoffences 1: 50%, 1.0 per reoffender, 0.5 per child.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from tests.factories import ServiceFactory
from tests.performance.histories import area, child, outcome
from yjs.performance.models import PopulationEstimate
from yjs.performance.periods import last_complete_quarter, year_ending

pytestmark = pytest.mark.django_db

EXPECTED = {
    "fte.count": 2,
    "fte.population": 2_000,
    "fte.rate_per_100k": 100.0,
    "custody.count": 1,
    "custody.population": 2_000,
    "custody.rate_per_1000": 0.5,
    "reoffending.cohort": 2,
    "reoffending.reoffenders": 1,
    "reoffending.reoffences": 1,
    "reoffending.binary_rate": 50.0,
    "reoffending.per_reoffender": 1.0,
    "reoffending.per_child": 0.5,
}


@pytest.fixture
def county():  # type: ignore[no-untyped-def]
    authority = area(ServiceFactory(code="county", name="County YJS"))
    PopulationEstimate.objects.create(area_code=authority.code, year=2025, count=2_000)
    ash = child(date(2010, 1, 1), authority=authority, first_name="Ash")
    outcome(ash, "YC", date(2024, 6, 1))
    outcome(ash, "RO", date(2024, 10, 1), committed=date(2024, 8, 1))
    outcome(child(date(2009, 1, 1), authority=authority, first_name="Blake"), "DTO", date(2024, 9, 1))
    return authority


def run(*words: str) -> str:
    out = StringIO()
    call_command("indicators", *words, stdout=out)
    return out.getvalue()


def test_json_gives_the_period_the_scope_and_every_indicator(county):
    printed = json.loads(run("--year-ending", "2024Q4", "--service", "county", "--format", "json"))
    flat = {key: value for key, value in printed.items() if key in {"period", "scope", *EXPECTED}}
    assert flat == {
        "period": {"from": "2024-04-01", "to": "2025-03-31"},
        "scope": {"type": "service", "code": "county", "name": "County YJS"},
        **EXPECTED,
    }
    # The other sections are nested objects beside the flat keys (test_the_indicators_command_prints_more).
    assert set(printed) - set(flat) == {"reoffending.tracker", "out_of_court", "disproportionality", "caseload", "kpi"}


def test_a_window_of_dates_is_the_same_as_the_year_ending_it(county):
    by_quarter = run("--year-ending", "2024Q4", "--format", "json")
    assert run("--from", "2024-04-01", "--to", "2025-03-31", "--format", "json") == by_quarter


def test_csv_gives_one_row_per_indicator_with_numerator_and_denominator(county):
    rows = list(csv.reader(StringIO(run("--year-ending", "2024Q4", "--format", "csv"))))
    assert rows[:6] == [
        ["scope", "indicator", "numerator", "denominator", "value"],
        ["county", "fte.rate_per_100k", "2", "2000", "100.0"],
        ["county", "custody.rate_per_1000", "1", "2000", "0.5"],
        ["county", "reoffending.binary_rate", "1", "2", "50.0"],
        ["county", "reoffending.per_reoffender", "1", "1", "1.0"],
        ["county", "reoffending.per_child", "1", "2", "0.5"],
    ]


def test_the_table_is_the_default_and_reads_in_words(county):
    lines = run("--year-ending", "2024Q4").splitlines()
    assert lines[0] == "County YJS (county), 1 Apr 2024 to 31 Mar 2025"
    assert lines[1].split() == ["Indicator", "Numerator", "Denominator", "Value"]
    assert lines[2].startswith("First-time entrants per 100,000 children aged 10-17")
    assert lines[2].split()[-3:] == ["2", "2,000", "100.00"]
    assert lines[3].split()[-3:] == ["1", "2,000", "0.50"]


def test_a_local_authority_is_reported_on_its_own(county):
    other = area(county.service)
    PopulationEstimate.objects.create(area_code=other.code, year=2025, count=500)
    outcome(child(date(2010, 1, 1), authority=other), "YC", date(2024, 6, 1))

    printed = json.loads(run("--year-ending", "2024Q4", "--local-authority", other.code, "--format", "json"))

    assert printed["scope"] == {"type": "local_authority", "code": other.code, "name": other.name}
    assert (printed["fte.count"], printed["fte.population"], printed["fte.rate_per_100k"]) == (1, 500, 200.0)
    assert (printed["custody.count"], printed["custody.rate_per_1000"]) == (0, 0.0)
    everyone = json.loads(run("--year-ending", "2024Q4", "--service", "county", "--format", "json"))
    assert (everyone["fte.count"], everyone["fte.population"]) == (3, 2_500)


def test_without_a_service_every_service_is_printed_when_there_are_several(county):
    ServiceFactory(code="another", name="Another YJS")
    printed = json.loads(run("--year-ending", "2024Q4", "--format", "json"))
    assert [entry["scope"]["code"] for entry in printed] == ["another", "county"]
    assert printed[0]["fte.count"] == 0
    assert printed[0]["fte.rate_per_100k"] is None
    assert {key: printed[1][key] for key in EXPECTED} == EXPECTED


def test_the_default_period_is_the_year_ending_the_last_complete_quarter(county):
    expected = year_ending(last_complete_quarter(timezone.localdate()))
    printed = json.loads(run("--format", "json"))
    assert printed["period"] == {"from": expected.start.isoformat(), "to": expected.end.isoformat()}


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["--service", "nowhere"], "No service has the code 'nowhere'."),
        (["--local-authority", "E99999999"], "No local authority has the code 'E99999999'."),
        (["--from", "2024-13-01", "--to", "2025-03-31"], "--from '2024-13-01' is not a date"),
        (["--from", "2025-04-01", "--to", "2025-03-31"], "The period ends before it starts."),
        (["--from", "2024-04-01"], "Give both --from and --to."),
        (["--year-ending", "2024Q4", "--from", "2024-04-01", "--to", "2025-03-31"], "not both"),
        (["--year-ending", "2024Q5"], "like 2024Q4"),
    ],
)
def test_it_refuses_what_it_cannot_report_on(county, words, message):
    with pytest.raises(CommandError, match=re.escape(message)):
        run(*words)


def test_it_refuses_a_local_authority_of_another_service(county):
    elsewhere = area(ServiceFactory(code="elsewhere"))
    with pytest.raises(CommandError, match="is not in County YJS"):
        run("--service", "county", "--local-authority", elsewhere.code)
