from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_overview_timeline_and_history_tabs_each_open_and_pass_axe(page: Page, team: Team) -> None:
    child = team.overdue_child
    sign_in(page, "casey", "My caseload")
    page.goto(f"/children/{child.pk}/")
    tabs = page.get_by_role("navigation", name="Child record")

    expect(page.get_by_role("heading", level=1)).to_have_text("Jordan Reeve")
    expect(tabs.get_by_role("link", name="Overview")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("table", name="Offences and their outcomes")).to_contain_text("Theft from a shop")
    expect(page.get_by_role("table", name="Open interventions")).to_contain_text("Referral order")
    check_accessibility(page)

    tabs.get_by_role("link", name="Timeline").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Timeline")
    expect(tabs.get_by_role("link", name="Timeline")).to_have_attribute("aria-current", "page")
    check_accessibility(page)

    tabs.get_by_role("link", name="History").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("History of changes")
    expect(tabs.get_by_role("link", name="History")).to_have_attribute("aria-current", "page")
    check_accessibility(page)


@pytest.mark.parametrize("key", ["surname", "yjs id"])
def test_find_a_child_finds_them_by_surname_and_by_yjs_id(page: Page, team: Team, key: str) -> None:
    child = team.overdue_child
    sign_in(page, "casey", "My caseload")
    page.get_by_role("link", name="Find a child").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Find a child")
    check_accessibility(page)

    page.get_by_label("Name, date of birth, PNC number or yjs id").fill("Reeve" if key == "surname" else child.yjs_id)
    page.get_by_role("button", name="Search").click()

    results = page.get_by_role("table", name="Children matching your search")
    expect(results.locator("tbody tr")).to_have_count(1)
    expect(results).to_contain_text(child.yjs_id)
    check_accessibility(page)
    results.get_by_role("link", name="Reeve, Jordan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jordan Reeve")
