"""Chromium, driven through Playwright, against pytest-django's live server.

One browser for the whole run (starting Chromium costs about a second); each test gets its own context,
so cookies and sessions never leak between tests. Debian's Chromium is used, not a Playwright download:
`make test` installs it, and the tests are skipped, saying why, only where it is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.team import Team, build_team, load_outcome_registry
from tests.factories import ServiceFactory, UserFactory
from yjs.core.roles import Role

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

    from yjs.core.models import User

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the live server's database calls then look
# "async" to Django, which they are not.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium is not installed at {CHROMIUM}: run `make chromium` (make test does)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live_server) -> Iterator[Page]:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_javascript(browser: Browser, live_server) -> Iterator[Page]:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server.url, locale="en-GB", java_script_enabled=False)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def staff(transactional_db) -> dict[str, User]:  # type: ignore[no-untyped-def]
    """A few members of one service; the shared `cast` uses `db`, which a live server cannot see."""
    service = ServiceFactory(code="browser", name="Wessex YJS")
    return {
        "board_member": UserFactory(
            username="board", first_name="Bea", last_name="Board", role=Role.BOARD_MEMBER, service=service
        ),
        "administrator": UserFactory(
            username="admin", first_name="Ada", last_name="Admin", role=Role.ADMINISTRATOR, service=service
        ),
        "team_manager": UserFactory(
            username="tm", first_name="Tam", last_name="Manager", role=Role.TEAM_MANAGER, service=service
        ),
    }


@pytest.fixture
def team(transactional_db) -> Team:  # type: ignore[no-untyped-def]
    """A team with two open cases; the outcome registry is reloaded, as each browser test empties the tables."""
    load_outcome_registry()
    return build_team()
