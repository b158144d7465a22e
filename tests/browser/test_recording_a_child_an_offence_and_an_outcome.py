from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def record_a_child_with_an_impossible_date_of_birth_then_correct_it(page: Page) -> None:
    page.get_by_role("link", name="Find a child").click()
    page.get_by_role("button", name="Record a new child").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a new child")
    check_accessibility(page)

    page.get_by_label("First name").fill("Alex")
    page.get_by_label("Last name").fill("Marsh")
    birth = page.get_by_role("group", name="Date of birth")
    birth.get_by_label("Day").fill("31")
    birth.get_by_label("Month").fill("2")
    birth.get_by_label("Year").fill("2010")
    page.get_by_role("group", name="Sex").get_by_label("Female").check()
    page.get_by_label("Local authority").select_option(label="Wessex")
    page.get_by_role("button", name="Save the child's record").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("link")).to_have_text(["Date of birth must be a real date"])
    expect(page.get_by_label("First name")).to_have_value("Alex")
    expect(birth.get_by_label("Day")).to_have_value("31")
    expect(birth.get_by_label("Day")).to_have_class(
        "govuk-input govuk-date-input__input govuk-input--width-2 govuk-input--error"
    )
    check_accessibility(page)
    summary.get_by_role("link", name="Date of birth must be a real date").click()
    expect(birth.get_by_label("Day")).to_be_focused()

    birth.get_by_label("Day").fill("28")
    page.get_by_role("button", name="Save the child's record").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Alex Marsh's record has been created.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Alex Marsh")
    expect(page.get_by_role("region", name="Child")).to_contain_text("Born 28 February 2010")
    check_accessibility(page)


def test_a_case_manager_records_a_child_then_an_offence_then_an_outcome(page: Page, team: Team) -> None:
    sign_in(page, "casey", "My caseload")
    record_a_child_with_an_impossible_date_of_birth_then_correct_it(page)

    page.get_by_role("button", name="Record an offence").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record an offence")
    check_accessibility(page)
    offence_date = page.get_by_role("group", name="Date of the offence")
    offence_date.get_by_label("Day").fill("1")
    offence_date.get_by_label("Month").fill("3")
    offence_date.get_by_label("Year").fill("2025")
    page.get_by_label("Description").fill("Stole a bicycle from outside the library")
    page.get_by_label("Offence category").select_option(label="Theft and handling stolen goods")
    page.get_by_label("YJB seriousness score").fill("2")
    page.get_by_role("button", name="Record the offence").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("The offence has been recorded.")
    expect(page.get_by_role("table", name="Offences and their outcomes")).to_contain_text("No outcome yet")
    check_accessibility(page)

    page.get_by_role("button", name="Record an outcome").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record an outcome")
    expect(page.get_by_label("Stole a bicycle from outside the library")).to_be_checked()
    check_accessibility(page)
    page.get_by_label("Outcome", exact=True).select_option(label="Referral order")
    outcome_date = page.get_by_role("group", name="Outcome date")
    outcome_date.get_by_label("Day").fill("2")
    outcome_date.get_by_label("Month").fill("4")
    outcome_date.get_by_label("Year").fill("2025")
    page.get_by_label("Length in months").fill("6")
    page.get_by_role("button", name="Record the outcome").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("The outcome has been recorded.")
    outcomes = page.get_by_role("table", name="Outcomes and their interventions")
    expect(outcomes).to_contain_text("Referral order")
    expect(outcomes.get_by_role("link", name="Start an intervention")).to_be_visible()
    check_accessibility(page)
