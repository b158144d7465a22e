from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.accessibility import check_accessibility
from tests.factories import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.urls("tests.browser.form_gallery"),
]


def sign_in_to_gallery(page: Page, username: str) -> None:
    page.goto("/form-gallery/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/form-gallery/$"))


@pytest.fixture
def gallery(page: Page, staff) -> Page:  # type: ignore[no-untyped-def]
    sign_in_to_gallery(page, "board")
    return page


def test_a_form_with_every_kind_of_field_passes_axe(gallery: Page) -> None:
    expect(gallery.get_by_role("group", name="Date of birth")).to_be_visible()
    check_accessibility(gallery)


def test_the_same_form_with_errors_passes_axe_and_keeps_what_was_typed(gallery: Page) -> None:
    gallery.get_by_label("Notes").fill("Seen at school")
    gallery.get_by_label("Month").fill("13")
    gallery.get_by_label("Year").fill("2009")
    gallery.get_by_role("button", name="Save").click()

    expect(gallery).to_have_title("Error: Refer a child – yjs")
    expect(gallery.locator(".govuk-error-summary")).to_contain_text("Date of birth must include a day")
    expect(gallery.get_by_label("Notes")).to_have_value("Seen at school")
    expect(gallery.get_by_label("Month")).to_have_value("13")
    check_accessibility(gallery)

    gallery.get_by_role("link", name="Date of birth must include a day").click()
    expect(gallery.get_by_label("Day")).to_be_focused()


def test_on_a_phone_the_navigation_folds_into_a_menu_button_and_still_passes_axe(page: Page, staff) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 375, "height": 800})
    sign_in_to_gallery(page, "tm")
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_be_visible()
    expect(page.get_by_role("link", name="Team cases")).to_be_hidden()

    menu.click()

    expect(page.get_by_role("link", name="Team cases")).to_be_visible()
    check_accessibility(page)
