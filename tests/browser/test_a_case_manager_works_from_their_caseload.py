from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_case_manager_lands_on_their_caseload_with_the_overdue_case_first(page: Page, team: Team) -> None:
    sign_in(page, "casey", "My caseload")

    expect(page).to_have_url(re.compile(r"/casework/$"))
    rows = page.get_by_role("table", name="Cases allocated to you").locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Jordan Reeve")
    expect(rows.nth(0)).to_contain_text("Overdue")
    expect(rows.nth(0).locator(".moj-badge")).to_have_text(["High", "Medium"])
    expect(rows.nth(1)).to_contain_text("Sam Okafor")
    expect(rows.nth(1).locator(".moj-badge").first).to_have_text("Low")
    check_accessibility(page)

    page.get_by_role("link", name="Jordan Reeve").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Referral order")
    expect(page.get_by_text("Jordan Reeve · YJS", exact=False).first).to_be_visible()
    check_accessibility(page)

    page.get_by_role("navigation", name="Back").get_by_role("link", name="Back to the child's record").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Jordan Reeve")
    expect(page.get_by_role("table", name="Open interventions")).to_contain_text("Review overdue")
    check_accessibility(page)
