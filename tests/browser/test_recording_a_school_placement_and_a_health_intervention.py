"""A case manager records a part-time school placement from the child's education tab, correcting an error on
the way; the service view then lists the child; a health worker records a health intervention. Axe on each page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.practice_areas import open_practice_area
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import Cast, build_cast
from yjs.lib.dates import add_months

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db) -> Cast:  # type: ignore[no-untyped-def]
    from django.utils import timezone

    load_outcome_registry()
    built = build_cast()
    built.child.date_of_birth = add_months(timezone.localdate(), -12 * 13 - 2)  # of school age
    built.child.mental_health_concern = True
    built.child.save()
    return built


def fill_date(page: Page, group: str, day: str, month: str, year: str) -> None:
    dates = page.get_by_role("group", name=group)
    dates.get_by_label("Day").fill(day)
    dates.get_by_label("Month").fill(month)
    dates.get_by_label("Year").fill(year)


def test_a_case_manager_records_a_part_time_placement(page: Page, cast: Cast) -> None:
    sign_in(page, "cm", "My caseload")
    page.goto(f"/children/{cast.child.pk}/")
    page.get_by_role("navigation", name="Child record").get_by_role("link", name="Education").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Education, training and employment")
    expect(page.get_by_text("No placements recorded.")).to_be_visible()
    check_accessibility(page)

    page.get_by_role("button", name="Record a placement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a placement")
    check_accessibility(page)
    page.get_by_label("School", exact=True).check()
    page.get_by_label("School or provider").fill("Hardy Academy")
    fill_date(page, "From", "2", "9", "2024")
    page.get_by_label("Hours offered a week").fill("15")
    page.get_by_label("Hours attended a week (latest)").fill("18")
    page.get_by_role("group", name="Is it suitable for the child?").get_by_label("Not suitable").check()
    page.get_by_role("button", name="Save").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Hours attended must not be more than the hours offered")
    expect(page.get_by_label("School or provider")).to_have_value("Hardy Academy")
    check_accessibility(page)
    page.get_by_label("Hours attended a week (latest)").fill("12.5")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("The placement has been recorded.")
    expect(page.get_by_role("table")).to_contain_text("Hardy Academy")
    expect(page.locator("dl")).to_contain_text("Not full-time")
    check_accessibility(page)

    page.get_by_role("button", name="Record a suspension or exclusion").click()
    # Each page is waited for before the next step: a click made while the previous one was still loading could
    # be overtaken by it, leaving the browser on the page before.
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a suspension or exclusion")
    check_accessibility(page)
    page.get_by_role("link", name="Cancel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Education, training and employment")

    open_practice_area(page, "Education")
    expect(page.get_by_role("heading", level=1)).to_have_text("Children not in full-time education, and 16-17 NEET")
    expect(page.get_by_role("table").nth(1)).to_contain_text(cast.child.full_name)
    check_accessibility(page)


def test_a_health_worker_records_a_health_intervention(page: Page, cast: Cast) -> None:
    sign_in(page, "health", "Find a child")
    page.goto(f"/health/children/{cast.child.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Health")
    check_accessibility(page)
    page.get_by_role("button", name="Record a health intervention").click()
    check_accessibility(page)
    page.get_by_role("group", name="Need").get_by_label("Mental health and wellbeing").check()
    page.get_by_label("Getting help", exact=True).check()
    page.get_by_label("Provider").fill("CAMHS")
    fill_date(page, "Date offered", "1", "10", "2024")
    page.get_by_label("Declined or did not attend").check()
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("The intervention has been recorded.")
    expect(page.get_by_role("table")).to_contain_text("Getting help")
    check_accessibility(page)
