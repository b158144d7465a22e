"""The reoffending and disproportionality pages as a board member sees them, with charts, checked with axe."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.team import load_outcome_registry
from tests.conftest import build_cast
from tests.factories import PASSWORD
from tests.performance.histories import child, offence, outcome
from yjs.performance.models import PopulationEstimate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_board_member_s_reoffending_and_disproportionality_pages_pass_axe(page: Page) -> None:
    load_outcome_registry()
    cast = build_cast()
    poole = cast.service.local_authorities.get(code="E06000058")
    for code in ("E06000058", "E06000059"):
        for group, count in [("all", 40_000), ("ethnic_group:white", 30_000), ("ethnic_group:black", 2_000)]:
            PopulationEstimate.objects.create(area_code=code, year=2025, group=group, count=count)
    for number in range(12):
        cautioned = child(date(2009, 1, 1), authority=poole, ethnicity="B_AFRICAN" if number % 3 else "W_BRITISH")
        outcome(cautioned, "YC", date(2024, 8, 1))
        if number < 6:
            outcome(cautioned, "RO", date(2024, 12, 1), offence(cautioned, date(2024, 10, 1)))

    page.goto("/sign-in/")
    page.get_by_label("User name").fill("board")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Sign in to yjs")
    page.goto("/performance/?year_ending=2025Q1")
    page.get_by_role("link", name="Reoffending: the live tracker and out-of-court disposals").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reoffending")
    expect(page.get_by_text("year ending 2025Q1")).to_be_visible()
    expect(page.get_by_role("img", name="Reoffending after out-of-court disposals by disposal")).to_be_visible()
    check_accessibility(page)

    page.get_by_role("link", name="Disproportionality by ethnic group, sex and care status").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Disproportionality")
    page.get_by_label("Year ending").fill("2025Q1")
    page.get_by_role("button", name="Show this period").click()
    expect(
        page.get_by_role("img", name="Share of the population and of the children at each stage, by ethnic group")
    ).to_be_visible()
    check_accessibility(page)
