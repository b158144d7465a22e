"""The quarterly board report on a small hand-built history: its summary, sections and suppression."""

from __future__ import annotations

import math
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import ServiceFactory, UserFactory
from tests.governance.factories import AttendanceFactory, BoardMeetingFactory, BoardMemberFactory
from tests.performance.histories import area, child, outcome
from yjs.core.roles import Role
from yjs.governance.vocabularies import Sector
from yjs.performance.board_report.report import BoardReport, board_report
from yjs.performance.board_report.sections import SECTIONS
from yjs.performance.models import Comparator, PopulationEstimate, ReportCommentary
from yjs.performance.periods import Quarter

pytestmark = pytest.mark.django_db

QUARTER = Quarter(2024, 4)  # the year ending 31 March 2025
TODAY = date(2025, 6, 1)
BORN = date(2009, 1, 1)


def _history():
    """In the year to March 2025: 6 White and 5 Black children first cautioned (11 first-time entrants), and 2 of
    the White children sentenced to custody for an offence after their caution (2 reoffenders, 2 custodial
    sentences). In the year before: 5 first-time entrants. 10,000 children aged 10 to 17 in both years."""
    service = ServiceFactory(code="county", name="County YJS")
    county = area(service)
    for year in (2024, 2025):
        PopulationEstimate.objects.create(area_code=county.code, year=year, count=10_000)
    PopulationEstimate.objects.create(area_code=county.code, year=2025, group="ethnic_group:white", count=8_000)
    PopulationEstimate.objects.create(area_code=county.code, year=2025, group="ethnic_group:black", count=1_000)
    Comparator.objects.create(
        measure="fte.rate_per_100k", area_code="K04000001", area_name="England and Wales", period_end=QUARTER.end, value=150
    )
    white = [child(BORN, authority=county, ethnicity="W_BRITISH") for _n in range(6)]
    black = [child(BORN, authority=county, ethnicity="B_AFRICAN") for _n in range(5)]
    for each in white + black:
        outcome(each, "YC", date(2024, 6, 1))
    for each in white[:2]:
        outcome(each, "DTO", date(2024, 10, 1), committed=date(2024, 9, 1))
    for _n in range(5):
        outcome(child(BORN, authority=county), "YC", date(2023, 6, 1))
    members = {sector: BoardMemberFactory(service=service, sector=sector) for sector in Sector.values[:5]}
    meeting = BoardMeetingFactory(service=service, held_on=date(2025, 2, 11))
    for sector in (Sector.CHILDRENS_SOCIAL_CARE, Sector.POLICE, Sector.HEALTH):
        AttendanceFactory(meeting=meeting, member=members[sector])
    return service


def _section(report: BoardReport, key: str):
    return next(section for section in report.sections if section.key == key)


def test_the_summary_gives_each_rate_with_the_year_before_and_the_national_figure() -> None:
    report = board_report(_history(), QUARTER, TODAY)

    assert report.quarter_label == "2024/25 Q4"
    assert report.year_ending == "year ending 31 March 2025"
    fte, reoffending, custody = report.summary
    # 11 of 10,000 children: 110 per 100,000; the year before, 5: 50 per 100,000.
    assert (fte.rate, fte.year_before, fte.change) == ("110.0", "50.0", "+60.0")
    assert (fte.national, fte.national_name) == ("150.0", "England and Wales")
    # 2 reoffenders of 11: a count under 5, so the rate (and the change made from it) is withheld.
    assert (reoffending.rate, reoffending.year_before, reoffending.change) == ("[c]", "0.0%", "[c]")
    # 2 custodial sentences: withheld; none the year before.
    assert (custody.rate, custody.year_before, custody.change) == ("[c]", "0.0", "[c]")
    assert reoffending.national == custody.national == "No data"


def test_every_section_is_there_in_order() -> None:
    report = board_report(_history(), QUARTER, TODAY)

    assert [section.key for section in report.sections] == [
        "summary",
        "first-time-entrants",
        "reoffending",
        "custody",
        "kpis",
        "disproportionality",
        "resettlement",
        "caseload",
        "board-attendance",
    ]
    fte = _section(report, "first-time-entrants")
    assert [(headline.label, headline.text) for headline in fte.headlines] == [
        ("First-time entrants", "11"),
        ("Rate per 100,000", "110.0"),
    ]
    assert all(chart.svg is None or chart.svg.startswith("<svg") for chart in fte.charts)
    # Custody: 2 sentences is "<5" in the report whoever reads it.
    assert _section(report, "custody").headlines[0].text == "<5"


def test_disproportionality_shows_shares_and_relative_rates_with_small_counts_withheld() -> None:
    report = board_report(_history(), QUARTER, TODAY)

    ethnicity = _section(report, "disproportionality").tables[0]
    rows = {row[0]: row for row in ethnicity.rows}
    # Out of court: 6 White and 5 Black children cautioned, 11 in all.
    assert rows["White"][2:4] == ("6 (54.5%)", "1.00 (reference)")
    index = (5 / 1_000) / (6 / 8_000)
    spread = 1.959964 * math.sqrt(1 / 5 - 1 / 1_000 + 1 / 6 - 1 / 8_000)
    low, high = math.exp(math.log(index) - spread), math.exp(math.log(index) + spread)
    assert rows["Black or Black British"][2:4] == ("5 (45.5%)", f"{index:.2f} ({low:.2f} to {high:.2f})")
    # Custody: the 2 White children, and the 2 in all, are "<5"; no share or index is made from them.
    assert rows["White"][6:8] == ("<5 ([c])", "[c]")
    assert rows["Black or Black British"][6:8] == ("0", "[c]")
    assert rows["All children"][2] == "11"
    assert rows["All children"][6] == "<5"


def test_the_kpis_show_each_recorded_measure_and_list_the_ones_not_recorded() -> None:
    report = board_report(_history(), QUARTER, TODAY)

    kpis = _section(report, "kpis")
    rows = kpis.tables[0].rows
    board = next(row for row in rows if row[0].startswith("KPI 8"))
    assert board[2:] == ("3", "5", "60.0%")  # 3 of the 5 sectors at the quarter's one meeting
    assert any(row[0].startswith("KPI 2:") for row in rows)  # recorded from the education placements
    assert any(row[0].startswith("KPI 10:") for row in rows)
    assert not any(note.startswith("KPI 10 Victims") for note in kpis.notes)
    # KPI 1 is recorded from accommodation records: a figure, not a note.
    assert [row[1] for row in rows if row[0].startswith("KPI 1:")] == [
        "Children in suitable accommodation at the start of the order",
        "Children in suitable accommodation at the end of the order",
    ]
    assert not any(note.startswith("KPI 1 Accommodation") for note in kpis.notes)


def test_board_attendance_lists_each_meeting_of_the_quarter() -> None:
    report = board_report(_history(), QUARTER, TODAY)

    attendance = _section(report, "board-attendance")
    assert attendance.tables[0].rows == (("11 February 2025", "Ordinary", "3 of 5", "Education, Probation"),)
    assert attendance.headlines[1].text == "3.0 of 5"


def test_a_service_manager_s_report_is_suppressed_as_the_board_s_is(client: Client) -> None:
    service = _history()
    client.force_login(UserFactory(role=Role.SERVICE_MANAGER, service=service))

    report = client.get(reverse("performance:board_report") + "?quarter=2024Q4").content.decode()
    dashboard = client.get(reverse("performance:dashboard") + "?year_ending=2024Q4").content.decode()

    assert _headline(report, "custody") == ["&lt;5", "Withheld: the count is too small to show"]
    assert _headline(dashboard, "custody") == ["2", "0.2"]


def test_commentary_is_shown_with_its_section_and_an_empty_one_not_at_all(cast: Cast, client: Client) -> None:
    ReportCommentary.objects.create(
        service=cast.service, quarter="2024Q4", section="custody", text="Custody fell.", written_by=cast.service_manager
    )
    ReportCommentary.objects.create(
        service=cast.service, quarter="2024Q3", section="kpis", text="Last quarter's.", written_by=cast.service_manager
    )

    report = board_report(cast.service, QUARTER, TODAY)

    assert _section(report, "custody").commentary == "Custody fell."
    assert _section(report, "kpis").commentary == ""
    client.force_login(cast.board_member)
    page = client.get(reverse("performance:board_report") + "?quarter=2024Q4").content.decode()
    assert page.count("Commentary from the service manager") == 1
    assert "Custody fell." in page
    assert "No commentary" not in page
    assert "Write commentary" not in page
    client.force_login(cast.service_manager)
    page = client.get(reverse("performance:board_report") + "?quarter=2024Q4").content.decode()
    # Every section but the one with commentary.
    assert page.count("No commentary") == len(SECTIONS) - 1
    assert "Write commentary" in page


def test_the_report_never_names_a_child(cast: Cast, client: Client) -> None:
    client.force_login(cast.service_manager)
    page = client.get(reverse("performance:board_report") + "?quarter=2025Q1").content.decode()
    assert "Testcase" not in page
    assert "Jordan" not in page


def _headline(page: str, section: str) -> list[str]:
    start = page.index(f'id="{section}"') if f'id="{section}"' in page else page.index(f'id="report-{section}"')
    end = page.index("</dl>", start)
    return [
        cell.split(">", 1)[1].split("<", 1)[0] for cell in page[start:end].split('<dd class="govuk-summary-list__value"')[1:]
    ]
