"""Every out-of-court page a service manager can open, with a notification at every stage, checked with axe.

The pages come from the out-of-court access table (tests/diversion/matrix/), so a page added there is
checked here too; the journey test walks the forms themselves.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import build_cast
from tests.diversion.conftest import Pipeline, build_pipeline
from tests.diversion.test_role_matrix import ROWS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {
    row.name: row
    for row in ROWS
    if row.method == "get" and row.expected["service_manager"] == 200 and "CSV" not in row.name
}


@pytest.fixture
def pipeline(transactional_db) -> Pipeline:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    return build_pipeline(build_cast())


def test_every_out_of_court_page_passes_axe(page: Page, pipeline: Pipeline) -> None:
    sign_in(page, "sm", "My caseload")
    for name, row in PAGES.items():
        page.goto(row.url(pipeline))
        assert page.locator("h1").count() == 1, name
        check_accessibility(page)
