"""`yjs indicators` also prints the live tracker, out-of-court reoffending, disproportionality, the caseload
profile and the KPI return, in JSON, CSV and the table.

The history, in the year ending 2024Q4 (April 2024 to March 2025), run on 15 July 2025; 2,000 children
aged 10-17 live in the county, 1,500 of them White and 500 Black (mid-2025 estimates):
- Ash (boy, White, 14): youth caution 1 June 2024; referral order 1 October 2024 for an offence of
  1 August 2024 (a proven reoffence, within 3 months); the referral order is open on the caseload; Ash
  has a substance misuse need.
- Blake (girl, Black, looked after, 15): community resolution 10 July 2024; nothing after.
- Cody (boy, Black, 16): detention and training order 1 September 2024, not yet released.

Live tracker, cohorts 2024Q1 to 2024Q4, 15 July 2025: 2024Q1 is Ash (the caution), who reoffended within
3 months, so 1 of 1 at every point, all four reached (30 June 2025 is 12 months after the cohort's end)
and provisional until 31 December 2025; 2024Q2 has no index event (a community resolution is not one, a
DTO enters at release): 0 children, points at 3, 6 and 9 months; 2024Q3 is Ash again (the referral
order), 0 of 1 at 3 and 6 months; 2024Q4 has no one and one point.
Out of court: Ash (YC, reoffended once) and Blake (CR): 1 of 2, 50%; by disposal YC 1 of 1, CR 0 of 1.
Disproportionality by ethnic group: out of court White 1, Black 1 (50% each; population 75% and 25%), so
Black children's RRI out of court is (1/500)/(1/1500) = 3; custody Black 1, White 0 (no RRI).
Caseload: one open referral order, one child, with a substance misuse need (100%).
KPI return for 2024Q4 (January to March 2025): no order ends; serious violence 0 per 2,000 children.
"""

from __future__ import annotations

import csv
import json
import math
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import InterventionFactory, ServiceFactory
from tests.performance.histories import area, child, outcome
from yjs.performance.models import PopulationEstimate

pytestmark = pytest.mark.django_db

RUN_ON = date(2025, 7, 15)


@pytest.fixture
def county(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(timezone, "localdate", lambda *args: RUN_ON)
    authority = area(ServiceFactory(code="county", name="County YJS"))
    for group, count in [("all", 2_000), ("ethnic_group:white", 1_500), ("ethnic_group:black", 500)]:
        PopulationEstimate.objects.create(area_code=authority.code, year=2025, group=group, count=count)
    ash = child(date(2010, 1, 1), authority=authority, sex="M", ethnicity="W_BRITISH", substance_misuse=True)
    outcome(ash, "YC", date(2024, 6, 1))
    order = outcome(ash, "RO", date(2024, 10, 1), committed=date(2024, 8, 1))
    InterventionFactory(outcome=order, start_date=date(2024, 10, 1))
    blake = child(date(2009, 1, 1), authority=authority, sex="F", ethnicity="B_AFRICAN", care_status="looked_after")
    outcome(blake, "CR", date(2024, 7, 10))
    cody = child(date(2008, 3, 1), authority=authority, sex="M", ethnicity="B_CARIBBEAN")
    outcome(cody, "DTO", date(2024, 9, 1))
    return authority


def run(*words: str) -> str:
    out = StringIO()
    call_command("indicators", "--year-ending", "2024Q4", *words, stdout=out)
    return out.getvalue()


def _rates(cohort: int, reoffenders: int, reoffences: int) -> dict[str, object]:
    rate = None if not cohort else reoffenders / cohort * 100
    return {"cohort": cohort, "reoffenders": reoffenders, "reoffences": reoffences, "binary_rate": rate}


def test_json_gives_the_live_tracker_of_the_last_four_quarterly_cohorts(county):
    tracker = json.loads(run("--format", "json"))["reoffending.tracker"]
    assert [(c["quarter"], c["from"], c["to"], c["cohort"]) for c in tracker] == [
        ("2024Q1", "2024-04-01", "2024-06-30", 1),
        ("2024Q2", "2024-07-01", "2024-09-30", 0),
        ("2024Q3", "2024-10-01", "2024-12-31", 1),
        ("2024Q4", "2025-01-01", "2025-03-31", 0),
    ]
    reoffended = {**_rates(1, 1, 1), "provisional": True}
    assert tracker[0]["points"] == {f"{n}_months": reoffended for n in (3, 6, 9, 12)}
    assert tracker[1]["points"] == {f"{n}_months": {**_rates(0, 0, 0), "provisional": True} for n in (3, 6, 9)}
    assert tracker[2]["points"] == {f"{n}_months": {**_rates(1, 0, 0), "provisional": True} for n in (3, 6)}
    assert list(tracker[3]["points"]) == ["3_months"]


def test_json_gives_out_of_court_reoffending_in_total_and_by_each_dimension(county):
    ooc = json.loads(run("--format", "json"))["out_of_court"]
    assert ooc["total"] == _rates(2, 1, 1)
    assert ooc["disposal"] == {"YC": _rates(1, 1, 1), "CR": _rates(1, 0, 0)}
    assert ooc["sex"] == {"M": _rates(1, 1, 1), "F": _rates(1, 0, 0)}
    assert ooc["age_band"] == {"10-14": _rates(1, 1, 1), "15-17": _rates(1, 0, 0)}
    assert ooc["care_experienced"] == {"no": _rates(1, 1, 1), "yes": _rates(1, 0, 0)}
    assert ooc["ethnic_group"] == {"white": _rates(1, 1, 1), "black": _rates(1, 0, 0)}


def test_json_gives_each_group_s_share_and_relative_rate_at_each_stage(county):
    ethnicity = json.loads(run("--format", "json"))["disproportionality"]["ethnic_group"]
    assert ethnicity["reference"] == "white"
    black = ethnicity["groups"]["black"]
    assert black["population"] == {"count": 500, "population": 500, "share": 25.0}
    low, high = black["out_of_court"]["rri_low"], black["out_of_court"]["rri_high"]
    spread = 1.959964 * math.sqrt(1 / 1 - 1 / 500 + 1 / 1 - 1 / 1_500)
    assert black["out_of_court"] == {
        "count": 1,
        "population": 500,
        "share": 50.0,
        "rri": pytest.approx(3.0),
        "rri_low": pytest.approx(3 * math.exp(-spread)),
        "rri_high": pytest.approx(3 * math.exp(spread)),
        "significant": False,
    }
    assert low < 1 < high
    assert black["custody"]["count"] == 1
    assert black["custody"]["share"] == 100.0
    assert black["custody"]["rri"] is None
    assert ethnicity["groups"]["asian"]["population"] == {"count": None, "population": None, "share": None}


def test_json_gives_the_caseload_profile_and_the_kpi_return_of_the_last_quarter(county):
    printed = json.loads(run("--format", "json"))
    caseload = printed["caseload"]
    assert (caseload["interventions"], caseload["court"], caseload["out_of_court"]) == (1, 1, 0)
    assert caseload["by_type"] == {"RO": 1}
    assert caseload["children"] == 1
    assert caseload["needs"]["substance_misuse"] == {"children": 1, "share": 100.0}
    assert caseload["needs"]["girls"] == {"children": 0, "share": 0.0}
    kpi = printed["kpi"]
    assert kpi["quarter"] == "2024Q4"
    violence = next(r for r in kpi["rows"] if r["kpi"] == 9 and r["order_type"] == "all")
    assert (violence["numerator"], violence["denominator"], violence["rate_per_10000"]) == (0, 2_000, 0.0)
    assert violence["status"] == "recorded"
    assert {r["status"] for r in kpi["rows"]} == {"recorded", "not recorded"}


def test_csv_gives_a_row_per_figure_with_its_numerator_and_denominator(county):
    rows = {row[1]: row for row in csv.reader(StringIO(run("--format", "csv")))}
    assert rows["reoffending.tracker.2024Q1.cohort"] == ["county", "reoffending.tracker.2024Q1.cohort", "1", "", "1"]
    assert rows["reoffending.tracker.2024Q1.3_months.binary_rate"][2:] == ["1", "1", "100.0"]
    assert rows["reoffending.tracker.2024Q1.12_months.provisional"][2:] == ["", "", "true"]
    assert rows["reoffending.tracker.2024Q3.6_months.binary_rate"][2:] == ["0", "1", "0.0"]
    assert "reoffending.tracker.2024Q3.9_months.binary_rate" not in rows
    assert rows["out_of_court.total.binary_rate"][2:] == ["1", "2", "50.0"]
    assert rows["out_of_court.total.per_child"][2:] == ["1", "2", "0.5"]
    assert rows["out_of_court.disposal.CR.binary_rate"][2:] == ["0", "1", "0.0"]
    assert rows["disproportionality.ethnic_group.black.population.share"][2:] == ["500", "2000", "25.0"]
    assert rows["disproportionality.ethnic_group.black.out_of_court.share"][2:] == ["1", "2", "50.0"]
    rri = rows["disproportionality.ethnic_group.black.out_of_court.rri"]
    assert rri[2:4] == ["1", "500"]
    assert float(rri[4]) == pytest.approx(3.0)
    assert rows["disproportionality.ethnic_group.black.custody.rri"][2:] == ["1", "500", ""]
    assert rows["disproportionality.ethnic_group.black.out_of_court.significant"][2:] == ["", "", "false"]
    assert rows["caseload.interventions"][2:] == ["1", "", "1"]
    assert rows["caseload.type.RO"][2:] == ["1", "1", "100.0"]
    assert rows["caseload.needs.substance_misuse"][2:] == ["1", "1", "100.0"]
    assert rows["kpi.9.serious_violence_offences.all"][2:] == ["0", "2000", "0.0"]
    # Every row keeps the five columns.
    assert {len(row) for row in rows.values()} == {5}


def test_the_table_prints_each_section_under_its_heading(county):
    text = run()
    lines = text.splitlines()
    for heading in [
        "Live tracker: reoffending so far of the recent quarterly cohorts",
        "Reoffending after out-of-court disposals",
        "Disproportionality",
        "Caseload profile (open today)",
        "YJB key performance indicators, 2024Q4",
    ]:
        assert heading in lines
    line = next(x for x in lines if x.startswith("2024Q1 cohort at 3 months (provisional): % who reoffended"))
    assert line.split()[-3:] == ["1", "1", "100.00"]
    flag = next(x for x in lines if x.startswith("2024Q1 cohort at 3 months (provisional): provisional"))
    assert flag.split()[-3:] == ["-", "-", "yes"]
    share = next(x for x in lines if x.startswith("Ethnic group: Black or Black British, out of court: share"))
    assert share.split()[-3:] == ["1", "2", "50.00"]


def test_a_local_authority_gets_every_section_too(county):
    printed = json.loads(run("--local-authority", county.code, "--format", "json"))
    assert printed["out_of_court"]["total"] == _rates(2, 1, 1)
    assert printed["caseload"]["interventions"] == 1
    assert [c["cohort"] for c in printed["reoffending.tracker"]] == [1, 0, 1, 0]


def test_a_service_with_no_records_gets_empty_sections(county):
    ServiceFactory(code="quiet", name="Quiet YJS")
    printed = json.loads(run("--service", "quiet", "--format", "json"))
    assert [c["cohort"] for c in printed["reoffending.tracker"]] == [0, 0, 0, 0]
    assert printed["out_of_court"]["total"] == _rates(0, 0, 0)
    assert printed["caseload"]["interventions"] == 0
    assert printed["disproportionality"]["sex"]["groups"] == {}
