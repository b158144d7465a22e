from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MISSING = "Enter who is at risk: risk of serious harm is medium or higher."


def test_the_error_summary_names_who_is_at_risk_moves_focus_to_it_and_keeps_what_was_typed(page: Page, team: Team) -> None:
    sign_in(page, "casey", "My caseload")
    page.get_by_role("link", name="Sam Okafor").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Referral order")
    check_accessibility(page)

    page.get_by_role("link", name="Start an assessment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New assessment")
    check_accessibility(page)
    page.get_by_label("Factors for desistance").fill("Back at college three days a week.")
    page.get_by_role("group", name="Safety and wellbeing rating").get_by_label("Low").check()
    page.get_by_role("group", name="Risk of serious harm to others").get_by_label("Medium").check()
    page.get_by_role("group", name="Likelihood of reoffending").get_by_label("Medium").check()
    page.get_by_role("button", name="Submit for countersigning").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Error: "))
    expect(summary.get_by_role("link")).to_have_text([MISSING, re.compile(r"^Enter the nature of the risk")])
    expect(page.get_by_label("Factors for desistance")).to_have_value("Back at college three days a week.")
    expect(page.get_by_role("group", name="Risk of serious harm to others").get_by_label("Medium")).to_be_checked()
    check_accessibility(page)

    summary.get_by_role("link", name=MISSING).click()
    who = page.get_by_label("Who is at risk")
    expect(who).to_be_focused()

    who.fill("His younger brother, at home.")
    page.get_by_label("The nature of the risk").fill("Pushing and hitting when he is refused money.")
    page.get_by_role("button", name="Submit for countersigning").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Submitted for countersigning")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Assessment of "))
    expect(page.locator(".govuk-summary-list").first.locator(".govuk-tag")).to_have_text("Submitted for countersigning")
    expect(page.get_by_text("His younger brother, at home.")).to_be_visible()
    check_accessibility(page)
