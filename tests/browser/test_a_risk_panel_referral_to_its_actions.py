"""A team manager refers a child the ratings call for, arranges the risk panel, records its decision with an
action for the case manager, and the case manager finds the action on their own list and marks it done.
axe checks every page on the way, the page with the form's errors included."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.practice_areas import open_practice_area
from tests.browser.signing_in import sign_in
from tests.browser.team import Team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _fill_date(page: Page, field: str, day) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"#id_{field}_day").fill(str(day.day))
    page.locator(f"#id_{field}_month").fill(str(day.month))
    page.locator(f"#id_{field}_year").fill(str(day.year))


def test_a_referral_reaches_the_panel_and_its_action_reaches_the_case_managers_list(
    page: Page,
    team: Team,
    browser: Browser,
    live_server,  # type: ignore[no-untyped-def]
) -> None:
    today = timezone.localdate()
    sign_in(page, "tess", "My caseload")
    open_practice_area(page, "Risk and safety")
    expect(page.get_by_role("heading", level=1)).to_have_text("Risk and safety")
    check_accessibility(page)

    page.get_by_role("link", name="Risk assessment panel").click()
    to_refer = page.get_by_role("table", name="Children to refer")
    expect(to_refer.locator("tbody tr")).to_have_count(1)
    expect(to_refer).to_contain_text("Jordan Reeve")
    check_accessibility(page)

    to_refer.get_by_role("link", name="Refer Jordan Reeve").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Refer to the risk panel")
    expect(page.get_by_label("Risk of serious harm is high or very high")).to_be_checked()
    check_accessibility(page)
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter what the panel should consider")
    check_accessibility(page)
    page.get_by_label("Why the panel should consider the child").fill("Violence at home towards a younger sibling.")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Jordan Reeve referred to the risk panel")
    expect(page.get_by_text("Waiting for the panel")).to_be_visible()
    check_accessibility(page)

    page.goto("/safety/panel/")
    page.get_by_role("button", name="Arrange a meeting").or_(page.get_by_role("link", name="Arrange a meeting")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Arrange a risk panel meeting")
    check_accessibility(page)
    page.get_by_label("Chair").fill("Robin Chair, Head of Service")
    page.get_by_label("Who came from Youth justice service").fill("Tess Hughes, Casey Morgan")
    page.get_by_label("Who came from Police").fill("PC Drew Lane")
    page.get_by_role("button", name="Save meeting").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Risk panel,")
    expect(page.locator(".govuk-summary-list")).to_contain_text("PC Drew Lane")
    check_accessibility(page)

    page.get_by_role("link", name="Record the panel's decision at this meeting for Jordan Reeve").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The panel's decision for Jordan Reeve")
    check_accessibility(page)
    page.get_by_role("group", name="Agreed risk of serious harm to others").get_by_label("Very high").check()
    page.get_by_role("group", name="Agreed safety and wellbeing rating").get_by_label("Medium").check()
    page.get_by_label("What the panel agreed").fill("Joint home visit; share the safety plan with the school.")
    _fill_date(page, "review_on", today + timedelta(days=28))
    page.get_by_label("Action 1", exact=True).fill("Joint home visit with the police")
    page.get_by_role("button", name="Save the decision").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose who owns action 1")
    check_accessibility(page)
    page.get_by_label("Who owns action 1").select_option(label="Casey Morgan")
    _fill_date(page, "due_1", today + timedelta(days=7))
    page.get_by_role("button", name="Save the decision").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("The panel's decision for Jordan Reeve recorded")
    expect(page.get_by_role("table", name="Children referred to this meeting")).to_contain_text("1 action")
    check_accessibility(page)
    page.get_by_role("link", name="Jordan Reeve").click()
    actions = page.get_by_role("table", name="Actions the panel agreed")
    expect(actions).to_contain_text("Joint home visit with the police")
    expect(actions).to_contain_text("Casey Morgan")
    check_accessibility(page)

    # The case manager, in their own session, finds the action on their list.
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    try:
        casey = context.new_page()
        sign_in(casey, "casey", "My caseload")
        open_practice_area(casey, "Risk and safety")
        casey.get_by_role("link", name="My safety actions").click()
        mine = casey.get_by_role("table", name="Your open safety actions")
        expect(mine).to_contain_text("Joint home visit with the police")
        check_accessibility(casey)
        mine.get_by_role("button", name="Mark as done").click()
        expect(casey.locator(".govuk-notification-banner")).to_contain_text("Action marked as done")
        expect(casey.get_by_text("You have no open safety actions.")).to_be_visible()
        check_accessibility(casey)
    finally:
        context.close()
