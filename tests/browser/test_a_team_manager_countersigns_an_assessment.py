from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_team_manager_finds_it_under_oversight_pending_and_the_case_manager_sees_it_countersigned(
    page: Page,
    team: Team,
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
) -> None:
    sign_in(page, "tess", "My caseload")
    page.get_by_role("link", name="Team cases").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Team cases")
    check_accessibility(page)
    page.get_by_label("Oversight pending").check()
    page.get_by_role("button", name="Apply filters").click()

    cases = page.get_by_role("table", name="Open cases").locator("tbody tr")
    expect(cases).to_have_count(1)
    expect(cases.first).to_contain_text("Jordan Reeve")
    expect(cases.first).to_contain_text("Oversight pending")
    expect(page.get_by_label("Oversight pending")).to_be_checked()
    check_accessibility(page)

    cases.first.get_by_role("link", name="Jordan Reeve").click()
    assessments = page.get_by_role("table").filter(has_text="Submitted")
    assessments.get_by_role("link").click()
    expect(page.get_by_role("heading", name="Management oversight")).to_be_visible()
    check_accessibility(page)
    page.get_by_label("Management oversight note").fill("Risk to the younger sibling is well evidenced.")
    page.get_by_role("button", name="Countersign").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Countersigned")
    expect(page.get_by_role("button", name="Countersign")).to_have_count(0)
    check_accessibility(page)

    # The case manager, in their own session, sees the manager's decision.
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    try:
        case_manager = context.new_page()
        sign_in(case_manager, "casey", "My caseload")
        case_manager.goto(f"/casework/assessments/{team.awaiting_countersignature.pk}/")
        status = case_manager.locator(".govuk-summary-list").first
        expect(status.locator(".govuk-tag")).to_have_text("Countersigned")
        expect(status).to_contain_text("Tess Hughes")
        expect(status).to_contain_text("Risk to the younger sibling is well evidenced.")
        check_accessibility(case_manager)
    finally:
        context.close()
