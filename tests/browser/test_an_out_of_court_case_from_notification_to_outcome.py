"""One child's way through the out-of-court pipeline, by the people who take each step, axe on every page.

The police notify; the one screening agency answers; the police propose a youth conditional caution,
which needs a YJS brief assessment; the case manager recommends a youth caution; the panel disagrees and
escalates to the team manager, who resolves it; the outcome is delivered and the YJS supervises it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.factories import LocalAuthorityFactory, ServiceFactory, TeamFactory, UserFactory
from yjs.core.models import PartnerAgency
from yjs.core.roles import Role
from yjs.diversion.models import Notification
from yjs.diversion.vocabularies import Stage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def people(transactional_db) -> None:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    service = ServiceFactory(code="browser", name="Wessex YJS")
    LocalAuthorityFactory(service=service, name="Wessex")
    team = TeamFactory(service=service, name="Out of court")
    # One screening agency keeps the walk short; each agency's answer is the same page.
    social_care = PartnerAgency.objects.create(service=service, name="Children's social care")
    staff = [
        ("pat", "Pat", "Sergeant", Role.POLICE_OFFICER, None),
        ("tess", "Tess", "Hughes", Role.TEAM_MANAGER, team),
        ("casey", "Casey", "Jones", Role.CASE_MANAGER, team),
    ]
    for username, first, last, role, in_team in staff:
        UserFactory(username=username, first_name=first, last_name=last, role=role, service=service, team=in_team)
    UserFactory(
        username="sam",
        first_name="Sam",
        last_name="Screener",
        role=Role.PARTNER_SCREENER,
        service=service,
        partner_agency=social_care,
    )


@contextmanager
def signed_in(browser: Browser, live_server, username: str, heading: str) -> Iterator[Page]:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        sign_in(page, username, heading)
        yield page
    finally:
        context.close()


def fill_date(page: Page, group: str, day: date) -> None:
    fields = page.get_by_role("group", name=group)
    fields.get_by_label("Day").fill(str(day.day))
    fields.get_by_label("Month").fill(str(day.month))
    fields.get_by_label("Year").fill(str(day.year))


def notify(page: Page, today: date) -> None:
    page.get_by_role("link", name="Record a notification").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a police notification")
    check_accessibility(page)
    page.get_by_label("Police reference").fill("WX/0001234/26")
    page.get_by_label("First name").fill("Riley")
    page.get_by_label("Last name").fill("Fenwick")
    fill_date(page, "Date of birth", date(today.year - 14, 3, 2))
    page.get_by_role("group", name="Sex").get_by_label("Male", exact=True).check()
    page.get_by_label("Local authority").select_option(label="Wessex")
    fill_date(page, "Date of the offence", today - timedelta(days=3))
    page.get_by_label("What happened").fill("Took a phone from a classmate's bag")
    page.get_by_role("group", name="Gravity score").get_by_label("3", exact=False).first.check()
    page.get_by_role("group", name="Does the child admit the offence?").get_by_label("Yes").check()
    page.get_by_label("Victim details").fill("A classmate; their mother asks to be kept informed")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Riley Fenwick")
    check_accessibility(page)


def test_a_notification_is_screened_proposed_assessed_escalated_resolved_and_delivered(
    page: Page,
    browser: Browser,
    live_server,
    people: None,  # type: ignore[no-untyped-def]
) -> None:
    today = timezone.localdate()
    sign_in(page, "pat", "Out-of-court cases")
    check_accessibility(page)
    notify(page, today)
    notification = Notification.objects.get(police_reference="WX/0001234/26")
    assert notification.stage == Stage.SCREENING
    case_page = page.url

    with signed_in(browser, live_server, "sam", "Screening requests") as screener:
        check_accessibility(screener)
        screener.get_by_role("link", name="Riley Fenwick").click()
        check_accessibility(screener)
        expect(screener.locator("main")).not_to_contain_text("Took a phone")
        screener.get_by_role("group", name="Is the child known to your agency?").get_by_label("Yes").check()
        screener.get_by_role("group", name="Is the family known to your agency?").get_by_label("Yes").check()
        screener.get_by_label("What your agency knows").fill("Known to early help since 2024 for school attendance.")
        screener.get_by_role("button", name="Send the answer").click()
        check_accessibility(screener)

    page.goto(case_page)
    page.get_by_role("link", name="Propose an outcome").click()
    check_accessibility(page)
    page.get_by_role("group", name="Proposed outcome").get_by_label("Youth conditional caution").check()
    page.get_by_label("Offence category").select_option(label="Theft and handling stolen goods")
    page.get_by_label("YJB seriousness score").fill("3")
    page.get_by_label("Reasons for the proposal").fill("Admitted; a second matter this year; conditions would help.")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator("body")).to_contain_text("Proposal recorded")
    check_accessibility(page)
    notification.refresh_from_db()
    assert notification.stage == Stage.ASSESSMENT

    with signed_in(browser, live_server, "tess", "My caseload") as manager:
        manager.goto(case_page)
        manager.get_by_role("link", name="Allocate the brief assessment").click()
        check_accessibility(manager)
        manager.get_by_label("Casey Jones").check()
        manager.get_by_role("button", name="Allocate").click()
        expect(manager.locator("body")).to_contain_text("Brief assessment allocated to")
        check_accessibility(manager)

    with signed_in(browser, live_server, "casey", "My caseload") as case_manager:
        check_accessibility(case_manager)
        case_manager.get_by_role("link", name="Riley Fenwick").first.click()
        expect(case_manager.locator("main")).to_contain_text("Your assessment can change the outcome")
        check_accessibility(case_manager)
        case_manager.get_by_label("The child's needs and circumstances").fill("Settled at home; struggling at school.")
        case_manager.get_by_label("Assessment summary").fill("Low risk; a caution with voluntary support is enough.")
        case_manager.get_by_role("group", name="Recommended outcome").get_by_label("Youth caution", exact=True).check()
        case_manager.get_by_role("button", name="Complete the assessment").click()
        # The page after the post, before the database is read: a slow server must not race the test.
        expect(case_manager.locator("body")).to_contain_text("Brief assessment completed")
        check_accessibility(case_manager)
    notification.refresh_from_db()
    assert notification.stage == Stage.PANEL

    page.goto("/out-of-court/panels/")
    check_accessibility(page)
    page.get_by_role("link", name="Arrange a panel").click()
    check_accessibility(page)
    fill_date(page, "Date of the panel", today)
    page.get_by_label("Police attending").fill("Sgt Pat Sergeant")
    page.get_by_label("YJS attending").fill("Tess Hughes, Casey Jones")
    page.get_by_label("Early help attending").fill("Early help coordinator")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator("body")).to_contain_text("Panel arranged")
    check_accessibility(page)
    page.get_by_role("link", name="Record the decision").click()
    check_accessibility(page)
    page.get_by_role("group", name="Police position").get_by_label("Youth conditional caution").check()
    page.get_by_role("group", name="YJS position").get_by_label("Youth caution", exact=True).check()
    page.get_by_role("group", name="Did the police and the YJS agree?").get_by_label("No").check()
    page.get_by_role("group", name="Decision").get_by_label("Youth conditional caution").check()
    page.get_by_role("textbox", name="Rationale").fill(
        "Gravity 3 and admitted; one previous community resolution; the brief assessment finds low needs; "
        "the victim's family want to be kept informed. Police hold that conditions are needed; YJS do not."
    )
    page.get_by_label("Manager to resolve the disagreement").select_option(label="Tess Hughes")
    page.get_by_role("button", name="Save decision").click()
    expect(page.locator("body")).to_contain_text("Disagreement recorded and escalated")
    check_accessibility(page)
    notification.refresh_from_db()
    assert notification.stage == Stage.ESCALATED

    with signed_in(browser, live_server, "tess", "My caseload") as manager:
        manager.goto(case_page)
        manager.get_by_role("link", name="Resolve the disagreement").click()
        check_accessibility(manager)
        manager.get_by_role("group", name="Final decision").get_by_label("Youth caution", exact=True).check()
        manager.get_by_label("How was it resolved?").fill("Agreed with the inspector: caution, voluntary support.")
        manager.get_by_role("button", name="Save the final decision").click()
        expect(manager.locator("body")).to_contain_text("Disagreement resolved: the decision is final")
        check_accessibility(manager)

        manager.get_by_role("link", name="Record the outcome").click()
        check_accessibility(manager)
        fill_date(manager, "Date delivered", today)
        manager.get_by_label("The YJS will supervise this").check()
        manager.get_by_role("button", name="Save and continue").click()
        expect(manager.locator("body")).to_contain_text("Outcome recorded")
        check_accessibility(manager)
        expect(manager.locator("main")).to_contain_text("Youth caution")

    notification.refresh_from_db()
    assert notification.stage == Stage.COMPLETED
    assert notification.decision == "YC"
    assert notification.outcome.outcome_type_id == "YC"
    assert notification.intervention.case_manager.username == "casey"
