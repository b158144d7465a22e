"""The quarterly board report and its commentary form, as a service manager uses them, checked with axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import build_cast
from tests.factories import ChildFactory, OutcomeFactory
from yjs.performance.models import PopulationEstimate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_report_and_the_commentary_form_pass_axe(page: Page) -> None:
    load_outcome_registry()
    cast = build_cast()
    dorset = cast.service.local_authorities.get(code="E06000059")
    for _number in range(6):
        OutcomeFactory(child=ChildFactory(service=cast.service, local_authority=dorset), service=cast.service)
    for code in ("E06000058", "E06000059"):
        PopulationEstimate.objects.create(area_code=code, year=2025, count=40_000)

    sign_in(page, "sm", "My caseload")
    page.goto("/performance/board-report/?quarter=2025Q1")
    expect(page.get_by_role("heading", level=1)).to_have_text("Quarterly board report: 2025/26 Q1")
    expect(page.get_by_role("img", name="First-time entrants, 12 months to the end of each quarter")).to_be_visible()
    check_accessibility(page)

    page.get_by_role("link", name="Write commentary").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Commentary for the board report 2025/26 Q1")
    custody = page.get_by_label("Use of custody")
    custody.fill("x" * 2001)
    expect(page.get_by_text("You have 1 character too many")).to_be_visible()
    page.get_by_role("button", name="Save commentary").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_accessibility(page)

    page.get_by_label("Use of custody").fill("No child was sentenced to custody this quarter.")
    page.get_by_role("button", name="Save commentary").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quarterly board report: 2025/26 Q1")
    expect(page.get_by_text("No child was sentenced to custody this quarter.")).to_be_visible()
