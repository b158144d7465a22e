"""The performance dashboard: who may open it, what a board member sees, the period chooser, the tables."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import ROLE_NAMES, Cast
from tests.factories import ChildFactory, OutcomeFactory
from tests.parenting.factories import FeedbackFactory
from yjs.performance.models import PopulationEstimate
from yjs.performance.periods import last_complete_quarter

pytestmark = pytest.mark.django_db

URL = reverse("performance:dashboard")
# The cast's child had a referral order on 1 April 2025, the first day of 2025Q1 (April to June 2025).
WITH_THE_CAST = f"{URL}?year_ending=2025Q1"

READERS = {
    "case_manager",
    "other_team_case_manager",
    "team_manager",
    "service_manager",
    "board_member",
    "auditor",
    "other_service_manager",
}


def _page(client: Client, cast: Cast, role: str, url: str = WITH_THE_CAST) -> str:
    client.force_login(cast.user(role))
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_managers_caseworkers_auditors_and_the_board_may_open_it_and_partners_may_not(
    client: Client, cast: Cast, role: str
) -> None:
    client.force_login(cast.user(role))
    assert client.get(WITH_THE_CAST).status_code == (200 if role in READERS else 403)


def test_signing_in_comes_first(client: Client, cast: Cast) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/")


def test_a_board_member_sees_fewer_than_five_where_a_manager_sees_the_count(client: Client, cast: Cast) -> None:
    PopulationEstimate.objects.create(area_code="E06000058", year=2025, count=40_000)
    PopulationEstimate.objects.create(area_code="E06000059", year=2025, count=40_000)
    manager = _page(client, cast, "service_manager")
    board = _page(client, cast, "board_member")
    # One first-time entrant in 80,000 children: 1.25 per 100,000, shown as 1.2 (rounded half to even).
    assert _headline(manager, "first-time-entrants") == ["1", "1.2"]
    assert _headline(board, "first-time-entrants")[0] == "&lt;5"
    assert "1.2" not in _headline(board, "first-time-entrants")
    # The one open intervention: a count to the manager, "<5" to the board.
    assert _headline(manager, "caseload")[0] == "1"
    assert _headline(board, "caseload")[0] == "&lt;5"
    assert "means a count from 1 to 4" in board
    assert "means a count from 1 to 4" not in manager


def test_the_board_never_sees_a_child_s_name(client: Client, cast: Cast) -> None:
    board = _page(client, cast, "board_member")
    assert "Testcase" not in board
    assert "Jordan" not in board


def test_a_local_authority_s_small_count_is_protected_from_subtraction(client: Client, cast: Cast) -> None:
    # Five more first-time entrants in Dorset, beside the cast's one in Poole: 1 + 5 = 6 shown would give the 1.
    dorset = cast.service.local_authorities.get(code="E06000059")
    for _number in range(5):
        child = ChildFactory(service=cast.service, local_authority=dorset)
        OutcomeFactory(child=child, service=cast.service)
    rows = _table_rows(_page(client, cast, "board_member"), "First-time entrants by local authority")
    assert [row[:2] for row in rows] == [
        ["Bournemouth, Christchurch and Poole", "&lt;5"],
        ["Dorset", "[c]"],
        ["Dorset Combined YJS", "[c]"],
    ]
    # The trend's last year is the same period: its figures, and the rates made from them, are withheld alike.
    trend = _table_rows(_page(client, cast, "board_member"), "First-time entrants, 12 months to the end")
    assert trend[-1] == ["Jun 2025", "[c]", "No data", "[c]", "[c]", "[c]"]
    manager_rows = _table_rows(_page(client, cast, "service_manager"), "First-time entrants by local authority")
    assert [row[:2] for row in manager_rows] == [
        ["Bournemouth, Christchurch and Poole", "1"],
        ["Dorset", "5"],
        ["Dorset Combined YJS", "6"],
    ]


def test_the_period_defaults_to_the_last_complete_quarter(client: Client, cast: Cast) -> None:
    page = _page(client, cast, "team_manager", URL)
    assert f"year ending {last_complete_quarter(timezone.localdate())}" in page


@pytest.mark.parametrize(
    ("chosen", "error"),
    [
        ("spring", "Give a quarter as a year and a quarter number, like 2024Q4."),
        ("2999Q1", "Year ending must be a quarter that has ended"),
    ],
)
def test_a_period_that_cannot_be_shown_is_refused_with_a_message(
    client: Client, cast: Cast, chosen: str, error: str
) -> None:
    page = _page(client, cast, "team_manager", f"{URL}?year_ending={chosen}")
    assert "There is a problem" in page
    assert error in page
    # The figures shown meanwhile are the default period's.
    assert f"year ending {last_complete_quarter(timezone.localdate())}" in page


def test_every_chart_has_a_data_table_under_it(client: Client, cast: Cast) -> None:
    PopulationEstimate.objects.create(area_code="E06000058", year=2025, count=40_000)
    PopulationEstimate.objects.create(area_code="E06000059", year=2025, count=40_000)
    FeedbackFactory(intervention=cast.intervention, given_on=date(2025, 5, 1), score=8)
    parser = _Figures()
    parser.feed(_page(client, cast, "service_manager"))
    assert parser.figures, "no charts"
    for contents in parser.figures:
        assert contents == ["svg", "table"], contents
    # Five sections, two charts each.
    assert len(parser.figures) == 10


def test_with_nothing_to_count_it_says_so_instead_of_showing_nought_per_cent(client: Client, cast: Cast) -> None:
    page = _page(client, cast, "other_service_manager", f"{URL}?year_ending=2024Q4")
    assert "No first-time entrants were recorded and there is no population estimate for this period." in page
    assert "No children entered the reoffending cohort in this period, so there is no rate." in page
    assert "There are no open interventions." in page
    assert "No feedback was recorded in these 8 quarters." in page
    assert "0%" not in page
    assert "0.0%" not in page


def _headline(page: str, section: str) -> list[str]:
    start = page.index(f'id="{section}"')
    end = page.index("</dl>", start)
    return [
        cell.split(">", 1)[1].split("<", 1)[0] for cell in page[start:end].split('<dd class="govuk-summary-list__value"')[1:]
    ]


def _table_rows(page: str, caption: str) -> list[list[str]]:
    start = page.index(caption)
    body = page[page.index("<tbody", start) : page.index("</tbody>", start)]
    rows = []
    for row in body.split("<tr")[1:]:
        cells = [cell.split(">", 1)[1].split("<", 1)[0] for cell in row.split("<t")[1:] if cell[:1] in {"h", "d"}]
        rows.append(cells)
    return rows


class _Figures(HTMLParser):
    """The top-level elements inside each <figure>: a chart (svg, or a sentence) and its table."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: list[list[str]] = []
        self.inside = False
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "figure":
            self.figures.append([])
            self.inside, self.depth = True, 0
        elif self.inside and tag in {"svg", "table", "p"}:
            if self.depth == 0:
                self.figures[-1].append(tag)
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure":
            self.inside = False
        elif self.inside and tag in {"svg", "table", "p"}:
            self.depth -= 1


def test_the_page_says_which_twelve_months_it_shows(client: Client, cast: Cast) -> None:
    page = _page(client, cast, "team_manager", WITH_THE_CAST)
    assert "Figures for the 12 months to 30 Jun 2025 (year ending 2025Q1)" in page
