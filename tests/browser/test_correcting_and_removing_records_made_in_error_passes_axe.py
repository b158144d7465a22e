"""A case manager corrects a parenting referral and removes feedback and an exclusion recorded in error; a team
manager removes a supervision recorded in error. Each page on the way is checked with axe."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import Cast, build_cast
from tests.education.factories import ExclusionFactory
from tests.factories import CarerFactory
from tests.parenting.factories import FeedbackFactory, ProgrammeFactory, ReferralFactory
from tests.workforce.factories import SupervisionSessionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cast(transactional_db) -> Cast:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    return build_cast()


def test_a_case_manager_corrects_a_referral_and_removes_feedback_and_an_exclusion(page: Page, cast: Cast) -> None:
    carer = CarerFactory(child=cast.child, name="Pat Testcase", relationship="Mother")
    programme = ProgrammeFactory(service=cast.service, name="Non-violent resistance", provider="Dorset Families")
    ReferralFactory(carer=carer, programme=programme, referred_by=cast.case_manager)
    FeedbackFactory(intervention=cast.intervention, given_on=date(2025, 5, 2), score=2, went_well="Typed on the wrong child")
    ExclusionFactory(child=cast.child, school="Hardy Academy")

    sign_in(page, "cm", "My caseload")
    page.goto(f"/parenting/children/{cast.child.pk}/")
    page.get_by_role("link", name="Change the referral of Pat Testcase").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change the referral of Pat Testcase")
    check_accessibility(page)
    page.get_by_label("Notes").fill("Referred by the court")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Parenting referral saved")).to_be_visible()

    page.get_by_role("link", name="Remove the feedback given on 2 May 2025").click()
    check_accessibility(page)
    page.get_by_role("button", name="Remove").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter why it is being removed")
    check_accessibility(page)
    page.get_by_label("Why is it being removed?").fill("Recorded on the wrong child")
    page.get_by_role("button", name="Remove").click()
    expect(page.get_by_text("The feedback has been removed from the record")).to_be_visible()
    expect(page.get_by_text("Typed on the wrong child")).to_have_count(0)
    check_accessibility(page)

    page.goto(f"/education/children/{cast.child.pk}/")
    page.get_by_role("link", name="Remove (Suspension").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Are you sure you want to remove")
    check_accessibility(page)
    page.get_by_label("Why is it being removed?").fill("Recorded in error")
    page.get_by_role("button", name="Remove").click()
    expect(page.get_by_text("No suspensions or exclusions recorded.")).to_be_visible()


def test_a_team_manager_removes_a_supervision_recorded_in_error(page: Page, cast: Cast) -> None:
    day = timezone.localdate() - timedelta(days=3)
    SupervisionSessionFactory(staff=cast.case_manager, supervisor=cast.team_manager, held_on=day, note="Wrong person")
    sign_in(page, "tm", "My caseload")
    page.goto(f"/workforce/staff/{cast.case_manager.pk}/")
    page.get_by_role("link", name=f"Remove the supervision on {day:%-d %b %Y}").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Are you sure you want to remove the supervision")
    check_accessibility(page)
    page.get_by_label("Why is it being removed?").fill("Recorded against the wrong person")
    page.get_by_role("button", name="Remove").click()
    expect(page.get_by_text("No supervision has been recorded.")).to_be_visible()
    check_accessibility(page)
