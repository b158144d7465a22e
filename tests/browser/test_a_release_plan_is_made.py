"""A case manager records a child's custody, is refused a release before it began, makes the release plan, and
finds the child on the custody and turning-18 lists, with axe-core on each page."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.practice_areas import open_practice_area
from tests.browser.signing_in import sign_in
from tests.browser.team import Team
from tests.factories import OutcomeFactory
from yjs.justice.models import OutcomeType

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_date(page: Page, group: str, day: date) -> None:
    fields = page.get_by_role("group", name=group)
    fields.get_by_label("Day").fill(str(day.day))
    fields.get_by_label("Month").fill(str(day.month))
    fields.get_by_label("Year").fill(str(day.year))


def test_a_case_manager_records_custody_and_the_release_plan(page: Page, team: Team) -> None:
    today = date.today()
    child = team.overdue_child
    began = today - timedelta(days=30)
    OutcomeFactory(child=child, service=team.service, outcome_type=OutcomeType.objects.get(code="DTO"), outcome_date=began)
    sign_in(page, "casey", "My caseload")

    page.goto(f"/resettlement/children/{child.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Custody and transition")
    expect(page.get_by_text("No custody has been recorded for this child.")).to_be_visible()
    check_accessibility(page)

    page.get_by_role("button", name="Record custody").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record custody")
    check_accessibility(page)
    page.get_by_label("Custodial sentence").check()
    page.get_by_label("Sentence", exact=True).select_option(index=1)
    page.get_by_label("Secure training centre").check()
    page.get_by_label("Establishment", exact=True).fill("Oakhill STC")
    fill_date(page, "Date custody began", began)
    fill_date(page, "Expected release date", today + timedelta(days=60))
    fill_date(page, "Date released", began - timedelta(days=1))
    page.get_by_role("button", name="Save custody").click()

    message = "The release date must be on or after the date custody began"
    expect(page.locator(".govuk-error-summary").get_by_role("link")).to_have_text([message])
    expect(page.get_by_label("Establishment", exact=True)).to_have_value("Oakhill STC")
    check_accessibility(page)
    for box in ("Day", "Month", "Year"):
        page.get_by_role("group", name="Date released").get_by_label(box).fill("")
    page.get_by_role("button", name="Save custody").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Custody recorded")
    expect(page.get_by_role("heading", level=3)).to_have_text("Custodial sentence: Oakhill STC")
    check_accessibility(page)

    page.get_by_role("link", name="Record Release address confirmed").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Release address confirmed")
    check_accessibility(page)
    fill_date(page, "Date done", today)
    page.get_by_label("Notes").fill("Living with his aunt; she has agreed in writing.")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".govuk-notification-banner")).to_contain_text("Release address confirmed: recorded")
    expect(page.get_by_text("60 days before release")).to_be_visible()
    check_accessibility(page)

    open_practice_area(page, "Custody and transitions")
    expect(page.get_by_role("heading", level=1)).to_have_text("Children in custody")
    row = page.get_by_role("row", name=re.compile(child.full_name))
    expect(row).to_contain_text("Oakhill STC")
    check_accessibility(page)

    page.get_by_role("link", name="Turning 18").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Turning 18")
    check_accessibility(page)
