from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

_SCRIPTS = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)


def check_accessibility(page: Page) -> None:
    """Fail with axe's report when the page has any accessibility violation (axe-core's default rules)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def check_accessibility_without_javascript(browser: Browser, page: Page) -> None:
    """Run axe over a page a JavaScript-free browser shows.

    axe is itself JavaScript, and hangs in a context with it turned off; so the page's HTML, with its
    scripts taken out, is shown in a tab that allows scripts, at the same address so that its styles load.
    """
    html = _SCRIPTS.sub("", page.content())
    context = browser.new_context(base_url=page.url)
    try:
        copy = context.new_page()

        def serve_the_same_html(route: Route) -> None:
            if route.request.resource_type == "document":
                route.fulfill(body=html, content_type="text/html")
            else:
                route.continue_()

        copy.route("**/*", serve_the_same_html)
        copy.goto(page.url)
        assert copy.title() == page.title(), "the copy shows another page"
        check_accessibility(copy)
    finally:
        context.close()
