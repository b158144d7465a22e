"""Pages the journeys do not pass through, each opened by a team manager and checked with axe, before and after
an empty submit where the page is a form."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import Team
from tests.factories import OutcomeFactory, UserFactory
from yjs.core.roles import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Address (filled in from the team), main heading, and the button that submits the form (None: not a form).
PAGES = [
    ("/casework/interventions/{case}/allocate/", "Allocate the case", "Allocate"),
    ("/casework/interventions/{case}/reviews/new/", "Record a review", "Save"),
    ("/casework/interventions/{case}/changes/new/", "Record a significant change", "Save"),
    ("/casework/interventions/{case}/contacts/new/", "Plan a contact", "Save"),
    ("/casework/interventions/{case}/close/", "Close the intervention", "Close"),
    ("/casework/outcomes/{outcome}/intervention/new/", "Start an intervention", None),
    ("/children/{child}/edit/", "Change the child's details", None),
    ("/children/{child}/carers/new/", "Add a parent or carer", "Add parent or carer"),
    ("/children/{child}/viewed-by/", "Who has viewed this record", None),
]


@pytest.mark.parametrize(("address", "heading", "button"), PAGES, ids=[heading for _a, heading, _b in PAGES])
def test_the_page_passes_axe_and_so_do_its_errors(
    page: Page, team: Team, address: str, heading: str, button: str | None
) -> None:
    child = team.overdue_child
    outcome = OutcomeFactory(child=child, service=team.service)
    sign_in(page, "tess", "My caseload")

    page.goto(address.format(case=team.overdue.pk, outcome=outcome.pk, child=child.pk))

    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    check_accessibility(page)
    if button is not None:
        page.get_by_role("button", name=button, exact=True).click()
        expect(page.locator(".govuk-error-summary")).to_be_visible()
        check_accessibility(page)


def test_a_service_managers_team_cases_with_the_team_filter_and_a_sort_pass_axe(page: Page, team: Team) -> None:
    UserFactory(username="sian", first_name="Sian", last_name="Price", role=Role.SERVICE_MANAGER, service=team.service)
    sign_in(page, "sian", "My caseload")
    page.get_by_role("link", name="Team cases").click()
    page.get_by_label("Team").select_option(label="North")
    page.get_by_role("button", name="Apply filters").click()
    # The sort link carries the filter only once the filtered page has loaded: clicking the old page's link
    # would drop it.
    page.wait_for_url(re.compile(r"team="))
    page.get_by_role("link", name="Child", exact=True).click()
    page.wait_for_url(re.compile(r"sort=child"))

    rows = page.get_by_role("table", name="Open cases").locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Sam Okafor")
    expect(page.get_by_role("columnheader", name="Child")).to_have_attribute("aria-sort", "ascending")
    check_accessibility(page)
