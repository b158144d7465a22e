"""Every safety page a service manager can open, filled in, checked with axe; and a form with its errors.

The pages come from the safety access table (tests/safety/test_role_matrix.py), so a page added there is
checked here too.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import build_cast
from tests.safety.conftest import Safety, build_safety
from tests.safety.test_role_matrix import ROWS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {row.name: row for row in ROWS if row.method == "get" and row.expected["service_manager"] == 200}


@pytest.fixture
def safety(transactional_db) -> Safety:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    return build_safety(build_cast())


def test_every_safety_page_passes_axe(page: Page, safety: Safety) -> None:
    sign_in(page, "sm", "My caseload")
    for name, row in PAGES.items():
        page.goto(row.url(safety))
        assert page.locator("h1").count() == 1, name
        check_accessibility(page)


def test_the_nrm_form_with_its_errors_passes_axe(page: Page, safety: Safety) -> None:
    sign_in(page, "cm", "My caseload")
    page.goto(f"/safety/nrm/{safety.nrm.pk}/")
    page.get_by_label("Reasonable grounds decision", exact=True).select_option("positive")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter both the date and the reasonable grounds decision")
    check_accessibility(page)
