from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page: Page, username: str, password: str) -> None:
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_a_visitor_is_sent_to_sign_in_and_the_page_has_its_styles(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    stylesheets = []
    page.on("response", lambda response: stylesheets.append(response) if response.url.endswith(".css") else None)

    page.goto("/")

    expect(page).to_have_url(re.compile(r"/sign-in/\?next=/$"))
    expect(page).to_have_title("Sign in – yjs")
    assert [response.status for response in stylesheets] == [200]
    font = page.evaluate("getComputedStyle(document.querySelector('.govuk-heading-l')).fontFamily")
    assert font.lower().startswith("arial")
    check_accessibility(page)


def test_signing_in_through_the_form_opens_the_partnership_board_for_a_board_member(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    sign_in(page, "board", PASSWORD)

    expect(page).to_have_url(re.compile(r"/board/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Partnership board")
    expect(page.get_by_role("link", name="Wessex YJS")).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    check_accessibility(page)


def test_a_wrong_password_shows_the_error_summary(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sign-in/")
    sign_in(page, "board", "not-the-password")

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Enter a correct user name and password")
    expect(page).to_have_title("Error: Sign in – yjs")
    expect(page.get_by_label("User name")).to_have_value("board")
    check_accessibility(page)


def test_an_empty_form_links_each_error_to_its_field(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sign-in/")
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("link", name="Enter your password").click()

    expect(page.get_by_label("Password", exact=True)).to_be_focused()
    check_accessibility(page)


def test_signing_out_returns_to_sign_in_and_says_so(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    sign_in(page, "admin", PASSWORD)
    expect(page.get_by_text("Administrators look after staff accounts")).to_be_visible()

    page.get_by_role("button", name="Sign out").click()

    expect(page).to_have_url(re.compile(r"/sign-in/$"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("You have signed out.")
    check_accessibility(page)
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/sign-in/\?next=/$"))
    expect(page.locator(".govuk-notification-banner")).to_have_count(0)


def test_the_fifth_failure_shows_the_locked_out_page(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sign-in/")
    for _ in range(4):
        sign_in(page, "board", "not-the-password")
        # Wait for the answer before typing again: the page is replaced when it arrives.
        expect(page.get_by_label("Password", exact=True)).to_have_value("")
    sign_in(page, "board", "not-the-password")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your account is locked")
    check_accessibility(page)


def test_signing_in_works_without_javascript(browser, live_server, staff) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/")
        sign_in(page, "board", PASSWORD)
        expect(page.get_by_role("heading", level=1)).to_have_text("Partnership board")
        page.get_by_role("button", name="Sign out").click()
        expect(page.locator(".govuk-notification-banner")).to_contain_text("You have signed out.")
    finally:
        context.close()


def test_the_password_can_be_shown_with_javascript(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sign-in/")
    page.get_by_label("Password", exact=True).fill("typed")

    page.get_by_role("button", name="Show password").click()

    expect(page.get_by_label("Password", exact=True)).to_have_attribute("type", "text")
    check_accessibility(page)


def test_an_idle_session_ends_with_a_message_on_the_sign_in_page(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    sign_in(page, "board", PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Partnership board")

    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    page.reload()

    expect(page).to_have_url(re.compile(r"/sign-in/\?next=/board/$"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("You have been signed out because")
    check_accessibility(page)
