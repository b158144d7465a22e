from __future__ import annotations

from playwright.sync_api import Page

from tests.browser.accessibility import check_accessibility


def open_practice_area(page: Page, name: str) -> None:
    """Open an area's service-wide list from the menu's "Practice areas" page, checking that page with axe."""
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Practice areas").click()
    # Waited for, so that the page checked and clicked on is this one rather than the one before.
    page.wait_for_url("**/practice-areas/")
    check_accessibility(page)
    page.get_by_role("main").get_by_role("link", name=name, exact=True).click()
