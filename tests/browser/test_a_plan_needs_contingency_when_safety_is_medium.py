from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MISSING = "Enter the contingency arrangements: a safety rating in the assessment is medium or higher."


def test_a_plan_without_contingency_is_refused_and_accepted_once_it_has_one(page: Page, team: Team) -> None:
    sign_in(page, "casey", "My caseload")
    page.goto(team.overdue.get_absolute_url())
    page.get_by_role("link", name="Start a plan").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("New plan")
    expect(page.get_by_text("safety and wellbeing medium")).to_be_visible()
    check_accessibility(page)
    page.get_by_label("Objectives for desistance").fill("Keep going to college; join the boxing club.")
    page.get_by_label("Objectives for the child's safety").fill("Weekly check-in with his social worker.")
    page.get_by_label("Objectives for other people's safety").fill("Anger work before family visits.")
    page.get_by_role("button", name="Submit for countersigning").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("link")).to_have_text([MISSING])
    expect(page.get_by_label("Objectives for desistance")).to_have_value("Keep going to college; join the boxing club.")
    check_accessibility(page)

    summary.get_by_role("link", name=MISSING).click()
    contingency = page.get_by_label("Contingency arrangements")
    expect(contingency).to_be_focused()
    contingency.fill("If he is excluded, his case manager calls a meeting with the school within two days.")
    page.get_by_role("button", name="Submit for countersigning").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Submitted for countersigning")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Plan of "))
    expect(page.locator(".govuk-summary-list").first.locator(".govuk-tag")).to_have_text("Submitted for countersigning")
    check_accessibility(page)
