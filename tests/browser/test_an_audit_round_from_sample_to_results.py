"""An audit round from sample to results: the quality lead draws and confirms a sample and shares it out, an auditor
answers every case (a No is refused until it has a reason), a second auditor moderates one, the quality lead records
the service's judgements, and the results show the ratings, the score and the cases behind a No. axe checks
every page on the way.
"""

from __future__ import annotations

import importlib
import re
from datetime import date

import pytest
from django.apps import apps
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import Cast, build_cast
from tests.factories import UserFactory
from tests.quality.factories import case
from yjs.core.models import LocalAuthority, Team
from yjs.core.roles import Role
from yjs.quality.models import AuditRound, Framework

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def caseload(transactional_db) -> Cast:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    if not Framework.objects.exists():  # a transactional test's flush removes the framework the migration loads
        importlib.import_module("yjs.quality.migrations.0001_initial").load_frameworks(apps, None)
    cast = build_cast()
    south = Team.objects.get(service=cast.service, name="South")
    west = LocalAuthority.objects.get(service=cast.service, code="E06000059")
    UserFactory(username="tm_south", role=Role.TEAM_MANAGER, team=south, service=cast.service)
    case(cast.service, south, west, "YRO")
    case(cast.service, cast.intervention.team, west, "YC", date(2025, 5, 2))
    case(cast.service, south, cast.child.local_authority, "YCC", date(2025, 5, 9))
    return cast


def _sign_out(page: Page) -> None:
    page.context.clear_cookies()


def _answer_every_question(page: Page, answer: str = "yes") -> None:
    for radio in page.locator(f"input[type=radio][name^=answer_][value={answer}]").all():
        radio.check()
    page.locator("input[name=oversight_met][value=yes]").check()


def test_an_audit_round_from_sample_to_results(page: Page, caseload: Cast) -> None:
    # The quality lead: an empty list, then a new round drawn and its make-up checked before confirming.
    sign_in(page, "sm", "My caseload")
    page.get_by_role("link", name="Quality").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Case audits")
    expect(page.locator(".govuk-inset-text")).to_contain_text("No audit round has been started yet.")
    check_accessibility(page)
    page.get_by_role("link", name="Start an audit round").click()
    check_accessibility(page)
    page.get_by_label("Title").fill("Spring audit")
    page.locator("input[name=framework]").first.check()
    for name, (day, month, year) in {"window_start": ("1", "4", "2025"), "window_end": ("30", "6", "2025")}.items():
        page.locator(f"#id_{name}_day").fill(day)
        page.locator(f"#id_{name}_month").fill(month)
        page.locator(f"#id_{name}_year").fill(year)
    page.get_by_label("Seed (optional)").fill("7")
    page.get_by_role("button", name="Draw the sample").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The sample's make-up")
    expect(page.locator("main")).to_contain_text("Youth caution")
    check_accessibility(page)
    page.get_by_role("button", name="Confirm the sample").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Spring audit")
    check_accessibility(page)
    page.get_by_role("link", name="Assign auditors").click()
    check_accessibility(page)
    page.get_by_label(re.compile(r"\(Auditor\)")).check()
    page.get_by_role("button", name="Share evenly").click()
    expect(page.locator("main")).to_contain_text("0 of 4 cases audited; 4 assigned to an auditor.")
    _sign_out(page)
    drawn = AuditRound.objects.get(title="Spring audit")

    # The auditor answers each case beside its records; a No without a reason is refused first.
    sign_in(page, "auditor", "Case audits")
    page.goto("/quality/")
    check_accessibility(page)
    cases = list(drawn.cases.order_by("position"))
    for number, audit_case in enumerate(cases):
        page.goto(f"/quality/cases/{audit_case.pk}/")
        check_accessibility(page)
        _answer_every_question(page)
        if number == 0:
            page.locator("input[type=radio][name^=answer_][value=no]").first.check()
            page.get_by_role("button", name="Finish the audit").click()
            expect(page.locator(".govuk-error-summary")).to_contain_text("Give the reason for No")
            check_accessibility(page)
            page.locator("textarea[name^=reason_]").first.fill("Who is at risk is not named")
        page.get_by_role("button", name="Finish the audit").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Spring audit")
    _sign_out(page)

    # The quality lead moderates a case, records the judgements, and reads the results.
    sign_in(page, "sm", "My caseload")
    page.goto(f"/quality/rounds/{drawn.pk}/moderation/")
    check_accessibility(page)
    page.get_by_role("link", name="Moderate case 2").click()
    check_accessibility(page)
    page.get_by_role("button", name="Save moderation").click()
    expect(page.locator("main")).to_contain_text("Not moderated")
    page.goto(f"/quality/rounds/{drawn.pk}/ratings/")
    check_accessibility(page)
    for select in page.locator("select[name$=-rating]").all():
        if select.locator("option", has_text="Keep the computed rating").count() == 0:
            select.select_option("Good")
    page.get_by_role("button", name="Save ratings").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Spring audit")
    expect(page.locator(".app-ratings-summary")).to_contain_text("/36")
    check_accessibility(page)
    page.locator("a[href*='/results/no/']").first.click()
    expect(page.locator("main")).to_contain_text("Who is at risk is not named")
    check_accessibility(page)
