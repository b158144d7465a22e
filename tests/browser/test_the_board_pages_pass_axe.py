"""Every partnership board page a service manager can open, and the meeting form with its errors, checked with axe.

The pages come from the board's access table (tests/governance/test_role_matrix.py), so a page added there
is checked here too.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.browser.signing_in import sign_in
from tests.browser.team import load_outcome_registry
from tests.conftest import build_cast
from tests.governance.conftest import Board, build_board
from tests.governance.test_role_matrix import ROWS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {row.name: row for row in ROWS if row.method == "get" and row.expected["service_manager"] == 200}


@pytest.fixture
def board(transactional_db) -> Board:  # type: ignore[no-untyped-def]
    load_outcome_registry()
    return build_board(build_cast())


def test_every_board_page_passes_axe(page: Page, board: Board) -> None:
    sign_in(page, "sm", "My caseload")
    for name, row in PAGES.items():
        page.goto(row.url(board))
        assert page.locator("h1").count() == 1, name
        check_accessibility(page)


def test_the_meeting_form_with_errors_passes_axe_and_links_to_the_member_without_an_answer(page: Page, board: Board) -> None:
    sign_in(page, "sm", "My caseload")
    page.goto("/board/meetings/new/")
    page.get_by_label("Day").fill("3")
    page.get_by_label("Month").fill("3")
    page.get_by_label("Year").fill("2025")
    page.get_by_role("button", name="Save meeting").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Select whether Casey Care came to the meeting")
    check_accessibility(page)
    summary.get_by_role("link", name="Select whether Casey Care came to the meeting").click()
    expect(page.locator(f"#id_presence_{board.members['csc'].pk}_0")).to_be_focused()
