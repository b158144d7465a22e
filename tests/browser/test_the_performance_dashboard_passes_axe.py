"""The performance dashboard as a board member sees it, with figures in every chart, checked with axe."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.team import load_outcome_registry
from tests.conftest import build_cast
from tests.factories import PASSWORD, ChildFactory, OutcomeFactory
from tests.parenting.factories import FeedbackFactory
from yjs.performance.models import Comparator, PopulationEstimate
from yjs.performance.periods import Quarter, quarters_ending

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_board_member_s_dashboard_passes_axe(page: Page) -> None:
    load_outcome_registry()
    cast = build_cast()
    dorset = cast.service.local_authorities.get(code="E06000059")
    for _number in range(6):
        OutcomeFactory(child=ChildFactory(service=cast.service, local_authority=dorset), service=cast.service)
    # Feedback from six children and two parents: the board sees the children's mean, and "<5" for the parents.
    carer = cast.child.carers.create(service=cast.service, name="Pat Testcase", relationship="Mother")
    for score in (9, 8, 7, 8, 6, 10):
        FeedbackFactory(intervention=cast.intervention, given_on=date(2025, 5, 2), score=score)
    for score in (6, 8):
        FeedbackFactory(
            intervention=cast.intervention, given_on=date(2025, 5, 2), score=score, respondent="carer", carer=carer
        )
    for code in ("E06000058", "E06000059"):
        PopulationEstimate.objects.create(area_code=code, year=2025, count=40_000)
    for index, quarter in enumerate(quarters_ending(Quarter(2025, 1), 8)):
        Comparator.objects.create(
            measure="fte.rate_per_100k",
            area_code="K04000001",
            area_name="England and Wales",
            period_end=quarter.end,
            value=140 - index,
        )

    page.goto("/sign-in/")
    page.get_by_label("User name").fill("board")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    # A board member starts on the partnership board; the dashboard is one link away.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Partnership board")
    page.get_by_role("link", name="Performance").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Performance")
    page.get_by_label("Year ending").fill("2025Q1")
    page.get_by_role("button", name="Show this period").click()
    expect(page.get_by_text("year ending 2025Q1")).to_be_visible()
    expect(page.get_by_role("img", name="First-time entrants, 12 months to the end of each quarter")).to_be_visible()
    expect(page.get_by_role("img", name="Mean feedback score out of 10 in each quarter")).to_be_visible()
    check_accessibility(page)
