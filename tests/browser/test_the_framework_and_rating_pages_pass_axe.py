"""A service manager reads the framework, corrects a key question, and rates an inspection: each page checked with axe.

The pages come from the access table (tests/quality/test_ratings_role_matrix.py), so a page added there is
checked here too.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import Cast, build_cast
from tests.quality.test_ratings_role_matrix import ROWS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {row.name: row for row in ROWS if row.method == "get" and row.expected["service_manager"] == 200}
DORSET = Path(__file__).resolve().parents[2] / "docs" / "examples" / "dorset-2023.json"


@pytest.fixture
def cast(transactional_db) -> Cast:  # type: ignore[no-untyped-def]
    # The frameworks and the outcome registry come with data migrations; a transactional test's flush removes them.
    load_outcome_registry()
    importlib.import_module("yjs.quality.migrations.0001_initial").load_frameworks(apps, None)
    return build_cast()


def test_every_framework_and_rating_page_passes_axe(page: Page, cast: Cast) -> None:
    sign_in(page, "sm", "My caseload")
    for name, row in PAGES.items():
        page.goto(row.url(cast))
        assert page.locator("h1").count() == 1, name
        check_accessibility(page)


def test_a_service_manager_corrects_a_prompt_and_rates_the_dorset_inspection(page: Page, cast: Cast) -> None:
    sign_in(page, "sm", "My caseload")
    page.goto("/quality/frameworks/2021/")
    page.get_by_role("link", name="Change wording and prompts for 2.1, Keeping other people safe").click()
    page.get_by_label("Key question").fill("")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter key question")
    check_accessibility(page)
    page.get_by_label("Key question").fill("Does assessment sufficiently analyse how to keep other people safe?")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Key question saved")

    page.goto("/quality/rate/")
    page.get_by_label("Or upload a JSON file").set_input_files(str(DORSET))
    page.get_by_role("button", name="Rate").click()
    expect(page.locator(".app-ratings-summary")).to_contain_text("24/36")
    expect(page.locator(".app-ratings-summary")).to_contain_text("Good")
    check_accessibility(page)
    # The PDF is an attachment: what matters here is that the button posts the pasted results and gets the PDF back.
    with page.expect_response(lambda response: response.url.endswith("/quality/rate/pdf/"), timeout=60_000) as answer:
        page.get_by_role("button", name="Download as PDF").click()
    assert answer.value.status == 200
    assert answer.value.headers["content-type"] == "application/pdf"
