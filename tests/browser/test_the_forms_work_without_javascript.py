"""The same journeys with JavaScript off: every form is a plain HTML form that the server answers."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.accessibility import check_accessibility_without_javascript
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MISSING = "Enter who is at risk: risk of serious harm is medium or higher."


def test_an_assessment_is_refused_then_submitted_without_javascript(
    page_without_javascript: Page, team: Team, browser: Browser
) -> None:
    page = page_without_javascript
    sign_in(page, "casey", "My caseload")
    check_accessibility_without_javascript(browser, page)
    page.get_by_role("link", name="Sam Okafor").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Referral order")
    check_accessibility_without_javascript(browser, page)
    page.get_by_role("link", name="Start an assessment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New assessment")
    check_accessibility_without_javascript(browser, page)
    page.get_by_label("Factors for desistance").fill("Back at college three days a week.")
    page.get_by_role("group", name="Safety and wellbeing rating").get_by_label("Low").check()
    page.get_by_role("group", name="Risk of serious harm to others").get_by_label("Medium").check()
    page.get_by_role("group", name="Likelihood of reoffending").get_by_label("Medium").check()
    page.get_by_role("button", name="Submit for countersigning").click()

    link = page.locator(".govuk-error-summary").get_by_role("link", name=MISSING)
    expect(link).to_have_attribute("href", "#id_who_is_at_risk")
    expect(page.get_by_label("Who is at risk")).to_have_class(re.compile(r"govuk-textarea--error"))
    expect(page.get_by_label("Factors for desistance")).to_have_value("Back at college three days a week.")
    check_accessibility_without_javascript(browser, page)

    page.get_by_label("Who is at risk").fill("His younger brother, at home.")
    page.get_by_label("The nature of the risk").fill("Pushing and hitting when he is refused money.")
    page.get_by_role("button", name="Submit for countersigning").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Submitted for countersigning")
    check_accessibility_without_javascript(browser, page)


def test_a_manager_finds_and_countersigns_an_assessment_without_javascript(
    page_without_javascript: Page, team: Team, browser: Browser
) -> None:
    page = page_without_javascript
    sign_in(page, "tess", "My caseload")
    page.get_by_role("link", name="Team cases").click()
    page.get_by_label("Oversight pending").check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("table", name="Open cases").locator("tbody tr")).to_have_count(1)
    check_accessibility_without_javascript(browser, page)

    page.goto(f"/casework/assessments/{team.awaiting_countersignature.pk}/")
    check_accessibility_without_javascript(browser, page)
    page.get_by_role("button", name="Countersign").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Countersigned")
    expect(page.locator(".govuk-summary-list").first.locator(".govuk-tag")).to_have_text("Countersigned")
    check_accessibility_without_javascript(browser, page)


def test_a_child_with_an_impossible_date_of_birth_is_corrected_without_javascript(
    page_without_javascript: Page, team: Team, browser: Browser
) -> None:
    page = page_without_javascript
    sign_in(page, "casey", "My caseload")
    page.goto("/children/new/")
    check_accessibility_without_javascript(browser, page)
    page.get_by_label("First name").fill("Alex")
    page.get_by_label("Last name").fill("Marsh")
    birth = page.get_by_role("group", name="Date of birth")
    birth.get_by_label("Day").fill("30")
    birth.get_by_label("Month").fill("2")
    birth.get_by_label("Year").fill("2010")
    page.get_by_label("Local authority").select_option(label="Wessex")
    page.get_by_role("button", name="Save the child's record").click()

    expect(page.locator(".govuk-error-summary")).to_contain_text("Date of birth must be a real date")
    expect(birth.get_by_label("Day")).to_have_value("30")
    check_accessibility_without_javascript(browser, page)
    birth.get_by_label("Day").fill("1")
    page.get_by_role("button", name="Save the child's record").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Alex Marsh")
    expect(page.get_by_role("region", name="Child")).to_contain_text("Born 1 February 2010")
    check_accessibility_without_javascript(browser, page)
