"""A victim worker records a contact with a victim, from the worklist to the victim's page, with axe on each page;
the child's case manager then sees the victims tab without who the victim is. Every victims page a service
manager can open (from the role matrix) passes axe too."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.practice_areas import open_practice_area
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import build_cast
from tests.victims.conftest import NAME, PHONE, Victims, build_victims
from tests.victims.test_role_matrix import ROWS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {row.name: row for row in ROWS if row.method == "get" and row.expected["service_manager"] == 200}


@pytest.fixture
def victims(transactional_db) -> Victims:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    return build_victims(build_cast())


def _date(page: Page, field: str, day: str, month: str, year: str) -> None:
    page.locator(f"#id_{field}_day").fill(day)
    page.locator(f"#id_{field}_month").fill(month)
    page.locator(f"#id_{field}_year").fill(year)


def test_a_victim_worker_records_a_contact_and_the_case_manager_sees_no_personal_details(
    page: Page, victims: Victims
) -> None:
    sign_in(page, "cm_south", "My caseload")
    open_practice_area(page, "Victims")
    expect(page.get_by_role("heading", level=1)).to_have_text("Victims")
    check_accessibility(page)

    page.get_by_role("link", name=NAME).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    check_accessibility(page)

    page.get_by_role("button", name="Record a contact").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a contact with the victim")
    check_accessibility(page)
    _date(page, "contact_date", "12", "3", "2025")
    page.get_by_label("Phone call").check()
    page.get_by_label("No answer").check()
    _date(page, "follow_up_on", "11", "3", "2025")
    page.get_by_role("button", name="Save").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("The follow-up must be on or after the contact")
    check_accessibility(page)
    _date(page, "follow_up_on", "19", "3", "2025")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".govuk-notification-banner, .govuk-panel").first).to_contain_text("Contact recorded")
    expect(page.get_by_role("table", name="Contacts with the victim")).to_contain_text("No answer")
    check_accessibility(page)

    page.get_by_role("link", name="History of changes").click()
    expect(page.locator("main")).to_contain_text("Contact")
    check_accessibility(page)

    page.context.clear_cookies()
    sign_in(page, "cm", "My caseload")
    page.goto(f"/victims/children/{victims.cast.child.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Victims")
    expect(page.locator("main")).to_contain_text("Victim 1")
    expect(page.locator("main")).not_to_contain_text(NAME)
    expect(page.locator("main")).not_to_contain_text(PHONE)
    check_accessibility(page)


def test_every_victims_page_a_service_manager_opens_passes_axe(page: Page, victims: Victims) -> None:
    sign_in(page, "sm", "My caseload")
    for name, row in PAGES.items():
        page.goto(row.url(victims))
        assert page.locator("h1").count() == 1, name
        check_accessibility(page)
