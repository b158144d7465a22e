"""A board member records progress on one of the board's recommendations; a team manager records a supervision.

Each page on the way is checked with axe.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import Cast, build_cast
from tests.governance.factories import ActionFactory, RecommendationFactory
from tests.workforce.factories import CourseFactory, StaffSurveyFactory, SupervisionSessionFactory, SurveyResultFactory
from yjs.governance.vocabularies import PlanOwner

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db) -> Cast:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    return build_cast()


def test_a_board_member_records_progress_on_the_boards_recommendation(page: Page, cast: Cast) -> None:
    rec = RecommendationFactory(
        service=cast.service, number=1, owner=PlanOwner.BOARD, text="Consider independent chairing of the board."
    )
    ActionFactory(
        recommendation=rec, what="Present options to the board", owner_name="Chair of the board", due_on=date(2024, 3, 1)
    )

    sign_in(page, "board", "Partnership board")
    check_accessibility(page)
    page.get_by_role("link", name="Improvement plan: inspection recommendations and actions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Improvement plan")
    expect(page.locator("tbody")).to_contain_text("1 action overdue")
    check_accessibility(page)
    page.get_by_role("link", name="Recommendation 1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recommendation 1")
    check_accessibility(page)
    page.get_by_role("link", name="Record progress").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record progress")
    check_accessibility(page)

    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter progress")
    check_accessibility(page)

    page.get_by_label("Progress").fill("Options paper drafted for the next meeting.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recommendation 1")
    expect(page.locator(".app-progress")).to_contain_text("Options paper drafted for the next meeting.")
    check_accessibility(page)


def test_a_team_manager_records_a_supervision_for_their_team(page: Page, cast: Cast) -> None:
    SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=date(2024, 6, 3))
    CourseFactory(service=cast.service, name="Safeguarding children")
    survey = StaffSurveyFactory(service=cast.service)
    SurveyResultFactory(survey=survey, theme="My caseload is manageable", percent_positive=54)
    name = cast.case_manager.get_full_name()

    sign_in(page, "tm", "My caseload")
    page.get_by_role("link", name="Workforce").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Workforce")
    check_accessibility(page)
    page.get_by_role("link", name="Overdue supervision").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overdue supervision")
    expect(page.locator("tbody")).to_contain_text(name)
    check_accessibility(page)
    page.get_by_role("link", name="Training by course").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Training by course")
    check_accessibility(page)
    page.get_by_role("link", name="Staff survey").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff survey")
    expect(page.locator("tbody")).to_contain_text("54%")
    check_accessibility(page)

    page.get_by_role("link", name="Overdue supervision").click()
    page.get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    check_accessibility(page)
    page.get_by_role("link", name="Record a supervision").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a supervision")
    check_accessibility(page)
    today = timezone.localdate()
    page.get_by_label("Day").fill(str(today.day))
    page.get_by_label("Month").fill(str(today.month))
    page.get_by_label("Year").fill(str(today.year))
    page.get_by_label("Supervisor").select_option(label=cast.team_manager.get_full_name())
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.locator(".govuk-summary-list")).not_to_contain_text("Overdue")
    check_accessibility(page)
