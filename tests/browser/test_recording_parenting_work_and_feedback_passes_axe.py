"""A case manager records a child's feedback and a parent's attendance, and reads the analysis, with axe on each page."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.practice_areas import open_practice_area
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import Cast, build_cast
from tests.factories import CarerFactory
from tests.parenting.factories import FeedbackFactory, ProgrammeFactory, ReferralFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db) -> Cast:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    cast = build_cast()
    carer = CarerFactory(child=cast.child, name="Pat Testcase", relationship="Mother")
    programme = ProgrammeFactory(service=cast.service, name="Non-violent resistance", provider="Dorset Families")
    ReferralFactory(carer=carer, programme=programme, referred_by=cast.case_manager)
    # Earlier answers, so that the analysis has figures to chart.
    for score in (9, 8, 7, 8, 6, 10):
        FeedbackFactory(intervention=cast.intervention, given_on=date(2025, 5, 2), score=score, went_well="Good sessions")
    return cast


def test_a_case_manager_records_feedback_and_attendance(page: Page, cast: Cast) -> None:
    sign_in(page, "cm", "My caseload")
    page.goto(f"/children/{cast.child.pk}/")
    page.get_by_role("link", name="Parents and feedback").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Parents and feedback")
    check_accessibility(page)

    page.get_by_role("link", name="Record feedback").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record feedback")
    check_accessibility(page)
    page.get_by_role("button", name="Save").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Select a score out of 10")
    check_accessibility(page)

    page.get_by_label("Intervention").select_option(index=1)
    page.get_by_label("A parent or carer").check()
    page.get_by_label("Parent or carer", exact=True).select_option(label="Pat Testcase (Mother)")
    page.get_by_label("8", exact=True).check()
    page.get_by_label("What went well").fill("The worker came to our house.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Feedback recorded")).to_be_visible()
    expect(page.get_by_text("The worker came to our house.")).to_be_visible()

    page.get_by_role("link", name="Record attendance for Pat Testcase").click()
    check_accessibility(page)
    page.get_by_label("Accepted").check()
    page.get_by_label("Day").first.fill("20")
    page.get_by_label("Month").first.fill("4")
    page.get_by_label("Year").first.fill("2025")
    page.get_by_label("Sessions offered").fill("4")
    page.get_by_label("Sessions attended").fill("5")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Sessions attended must be no more than sessions offered.")
    check_accessibility(page)
    page.get_by_label("Sessions attended").fill("3")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("cell", name="3 of 4")).to_be_visible()

    page.get_by_role("link", name="Refer a parent or carer").click()
    check_accessibility(page)

    open_practice_area(page, "Parenting and feedback")
    expect(page.get_by_role("heading", level=1)).to_have_text("Parenting and feedback")
    check_accessibility(page)
    page.get_by_role("link", name="What children and parents tell us: the feedback analysis").click()
    page.get_by_label("Year ending").fill("2025Q1")
    page.get_by_role("button", name="Show this period").click()
    expect(page.get_by_role("img", name="Mean feedback score out of 10 in each quarter")).to_be_visible()
    # The comments of the 12 months chosen, with no child named.
    expect(page.get_by_text("Good sessions").first).to_be_visible()
    expect(page.get_by_text("Jordan")).to_have_count(0)
    check_accessibility(page)
