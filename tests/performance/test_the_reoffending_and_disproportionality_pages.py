"""The reoffending and disproportionality pages: who may open them, what a board member sees, empty states.

The pages are read on 15 January 2026 for the year ending 2025Q1 (July 2024 to June 2025); the cast's
child Jordan (a White boy in Poole) had a referral order on 1 April 2025.

Reoffending (`histories`): six boys born 2009 are cautioned on 1 August 2024; two of them offend on
1 October 2024 and get a referral order on 1 December 2024. The out-of-court cohort is the six, two of
whom reoffended: 33.3%. The 2024Q2 (July to September 2024) tracker cohort is the same six, 2 of 6 at 3
and 6 months (9 and 12 months are not reached until 30 June and 30 September 2025... but they are by
January 2026: every point is shown), provisional until 1 April 2026. A board member sees the 2 and the 4
who did not reoffend as "<5", and so not the rate.

Disproportionality: 60,000 White and 4,000 Black children aged 10-17 live in the two local authorities.
Six White and three Black children are cautioned on 1 August 2024: out of court, Black children are
3 of 9 (33.3%), and their RRI is (3/4,000)/(6/60,000) = 7.5, its interval wholly above 1.
"""

from __future__ import annotations

import math
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import ROLE_NAMES, Cast
from tests.performance.histories import child, offence, outcome
from tests.performance.test_the_dashboard_page import READERS, _Figures, _table_rows
from yjs.performance.models import PopulationEstimate

pytestmark = pytest.mark.django_db

REOFFENDING = reverse("performance:reoffending")
DISPROPORTIONALITY = reverse("performance:disproportionality")
PAGES = [REOFFENDING, DISPROPORTIONALITY]
READ_ON = date(2026, 1, 15)


@pytest.fixture(autouse=True)
def _read_on(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(timezone, "localdate", lambda *args: READ_ON)


def _page(client: Client, cast: Cast, role: str, url: str, period: str = "2025Q1") -> str:
    client.force_login(cast.user(role))
    response = client.get(f"{url}?year_ending={period}")
    assert response.status_code == 200
    return response.content.decode()


def _cautioned(cast: Cast, number: int, **fields: object) -> list:  # type: ignore[type-arg]
    poole = cast.service.local_authorities.get(code="E06000058")
    children = []
    for _n in range(number):
        found = child(date(2009, 1, 1), authority=poole, **fields)
        outcome(found, "YC", date(2024, 8, 1))
        children.append(found)
    return children


@pytest.fixture
def histories(cast: Cast) -> Cast:
    for found in _cautioned(cast, 6)[:2]:
        outcome(found, "RO", date(2024, 12, 1), offence(found, date(2024, 10, 1)))
    return cast


@pytest.fixture
def populations(cast: Cast) -> Cast:
    for code in ("E06000058", "E06000059"):
        for group, count in [("all", 40_000), ("ethnic_group:white", 30_000), ("ethnic_group:black", 2_000)]:
            PopulationEstimate.objects.create(area_code=code, year=2025, group=group, count=count)
    _cautioned(cast, 6, ethnicity="W_BRITISH")
    _cautioned(cast, 3, ethnicity="B_AFRICAN")
    return cast


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_dashboard_s_readers_may_open_them_and_no_one_else(client: Client, cast: Cast, role: str, url: str) -> None:
    client.force_login(cast.user(role))
    assert client.get(f"{url}?year_ending=2025Q1").status_code == (200 if role in READERS else 403)


@pytest.mark.parametrize("url", PAGES)
def test_signing_in_comes_first(client: Client, cast: Cast, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/")


@pytest.mark.parametrize("url", PAGES)
def test_the_pages_link_to_each_other_and_the_dashboard_links_to_them(client: Client, cast: Cast, url: str) -> None:
    page = _page(client, cast, "team_manager", url)
    # Each link keeps the period chosen.
    assert f'href="{url}?year_ending=2025Q1" aria-current="page"' in page
    dashboard = _page(client, cast, "team_manager", reverse("performance:dashboard"))
    assert f'href="{REOFFENDING}?year_ending=2025Q1"' in dashboard
    assert f'href="{DISPROPORTIONALITY}?year_ending=2025Q1"' in dashboard


@pytest.mark.parametrize("url", PAGES)
def test_the_period_chooser_refuses_a_quarter_that_has_not_ended(client: Client, cast: Cast, url: str) -> None:
    page = _page(client, cast, "team_manager", url, period="2999Q1")
    assert "There is a problem" in page
    assert "Year ending must be a quarter that has ended" in page
    assert "year ending 2025Q3" in page  # the last complete quarter on 15 January 2026


def test_the_reoffending_page_says_which_inspection_recommendation_it_answers(client: Client, histories: Cast) -> None:
    page = _page(client, histories, "service_manager", REOFFENDING)
    assert "analyse the reoffending of children subject to out-of-court disposals" in page
    assert "monitor the effectiveness of the disposals given" in page


def test_a_manager_sees_the_out_of_court_cohort_and_its_reoffending_by_disposal(client: Client, histories: Cast) -> None:
    page = _page(client, histories, "service_manager", REOFFENDING)
    rows = _table_rows(page, "Reoffending after out-of-court disposals by disposal")
    assert rows == [
        ["Youth caution (YC)", "6", "2", "33.3%"],
        ["All children given an out-of-court disposal", "6", "2", "33.3%"],
    ]
    by_sex = _table_rows(page, "Reoffending after out-of-court disposals by sex")
    assert by_sex[0] == ["Male", "6", "2", "33.3%"]


def test_a_board_member_sees_the_small_counts_of_the_out_of_court_cohort_withheld(client: Client, histories: Cast) -> None:
    page = _page(client, histories, "board_member", REOFFENDING)
    rows = _table_rows(page, "Reoffending after out-of-court disposals by disposal")
    assert rows == [
        ["Youth caution (YC)", "6", "&lt;5", "[c]"],
        ["All children given an out-of-court disposal", "6", "&lt;5", "[c]"],
    ]
    assert "33.3%" not in page
    assert "means a count from 1 to 4" in page


def test_the_live_tracker_follows_each_recent_cohort_labelled_provisional(client: Client, histories: Cast) -> None:
    manager = _table_rows(_page(client, histories, "service_manager", REOFFENDING), "Reoffending so far of each recent")
    assert manager[:4] == [
        ["Jul to Sep 2024, 3 months", "6", "2", "33.3%", "Provisional"],
        ["Jul to Sep 2024, 6 months", "6", "2", "33.3%", "Provisional"],
        ["Jul to Sep 2024, 9 months", "6", "2", "33.3%", "Provisional"],
        ["Jul to Sep 2024, 12 months", "6", "2", "33.3%", "Provisional"],
    ]
    # The two referral orders of December 2024 start the October-December cohort; Jordan's the last one.
    assert manager[4] == ["Oct to Dec 2024, 3 months", "2", "0", "0.0%", "Provisional"]
    assert manager[-2] == ["Apr to Jun 2025, 3 months", "1", "0", "0.0%", "Provisional"]
    assert manager[-1] == ["Apr to Jun 2025, 6 months", "1", "0", "0.0%", "Provisional"]
    board = _table_rows(_page(client, histories, "board_member", REOFFENDING), "Reoffending so far of each recent")
    assert board[0] == ["Jul to Sep 2024, 3 months", "6", "&lt;5", "[c]", "Provisional"]
    assert board[4] == ["Oct to Dec 2024, 3 months", "&lt;5", "0", "[c]", "Provisional"]


def test_a_manager_sees_shares_and_the_relative_rate_with_its_interval(client: Client, populations: Cast) -> None:
    page = _page(client, populations, "service_manager", DISPROPORTIONALITY)
    shares = {
        row[0]: row for row in _table_rows(page, "Share of the population and of the children at each stage, by ethnic")
    }
    assert shares["White"][1] == "60,000"
    assert shares["White"][3:5] == ["6", "66.7%"]
    assert shares["Black or Black British"][1] == "4,000"
    assert shares["Black or Black British"][3:5] == ["3", "33.3%"]
    rates = {row[0]: row for row in _table_rows(page, "Relative rate index against White children, by ethnic group")}
    spread = 1.959964 * math.sqrt(1 / 3 - 1 / 4_000 + 1 / 6 - 1 / 60_000)
    low, high = 7.5 * math.exp(-spread), 7.5 * math.exp(spread)
    assert rates["Black or Black British"][1:3] == [
        f"7.50 ({low:.2f} to {high:.2f})",
        "Yes: more often than chance explains",
    ]
    assert rates["White"][1] == "Reference group"


def test_missing_population_estimates_are_named(client: Client, populations: Cast) -> None:
    page = _page(client, populations, "service_manager", DISPROPORTIONALITY)
    assert (
        "There is no population estimate for Mixed or multiple ethnic groups, Asian or Asian British, Other ethnic "
        "group for this period" in page
    )
    assert "There is no population estimate for Male, Female for this period" in page
    assert "There is no population estimate for Looked after for this period" in page


def test_a_board_member_sees_small_stage_counts_withheld_with_what_would_give_them_back(
    client: Client, populations: Cast
) -> None:
    page = _page(client, populations, "board_member", DISPROPORTIONALITY)
    shares = {
        row[0]: row for row in _table_rows(page, "Share of the population and of the children at each stage, by ethnic")
    }
    # 3 Black children is "<5"; the 6 White children would give it back from the shares, so they are withheld.
    assert shares["Black or Black British"][3:5] == ["&lt;5", "[c]"]
    assert shares["White"][3:5] == ["[c]", "[c]"]
    # The population is published, so it is shown as it is.
    assert shares["Black or Black British"][1] == "4,000"
    rates = {row[0]: row for row in _table_rows(page, "Relative rate index against White children, by ethnic group")}
    assert rates["Black or Black British"][1:3] == ["[c]", ""]
    assert "7.50" not in page


@pytest.mark.parametrize("url", PAGES)
def test_every_chart_has_a_data_table_under_it(client: Client, histories: Cast, url: str) -> None:
    for code in ("E06000058", "E06000059"):
        PopulationEstimate.objects.create(area_code=code, year=2025, group="ethnic_group:white", count=30_000)
    parser = _Figures()
    parser.feed(_page(client, histories, "service_manager", url))
    assert parser.figures
    for contents in parser.figures:
        assert contents[-1] == "table", contents
        assert contents in (["svg", "table"], ["table"], ["p", "table"]), contents
    assert any(contents == ["svg", "table"] for contents in parser.figures)


def test_with_nothing_to_count_each_page_says_so(client: Client, cast: Cast) -> None:
    reoffending = _page(client, cast, "other_service_manager", REOFFENDING, period="2024Q4")
    assert "No child entered a reoffending cohort in these quarters." in reoffending
    assert "No child had an out-of-court disposal in this period." in reoffending
    disproportionality = _page(client, cast, "other_service_manager", DISPROPORTIONALITY, period="2024Q4")
    assert disproportionality.count("No child aged 10 to 17 had an outcome in this period") == 3
    for page in (reoffending, disproportionality):
        assert "0.0%" not in page
