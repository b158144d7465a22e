"""The layout every page shares: GOV.UK Frontend 6's template, generic header and service navigation."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.contrib import messages
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from yjs.core.context_processors import navigation


def render_page(request: HttpRequest, context: dict[str, object] | None = None) -> str:
    return render_to_string("core/home.html", context or {}, request=request)


@pytest.fixture
def signed_in_request(rf: RequestFactory, cast):  # type: ignore[no-untyped-def]
    def build(role: str, path: str = "/") -> HttpRequest:
        request = rf.get(path)
        request.user = cast.user(role)
        request.session = {}  # type: ignore[assignment]
        request._messages = messages.storage.default_storage(request)  # type: ignore[attr-defined]
        return request

    return build


def test_the_page_has_a_language_a_skip_link_and_a_main_landmark(client, cast) -> None:  # type: ignore[no-untyped-def]
    html = client.get(reverse("login")).content.decode()

    assert '<html lang="en" class="govuk-template">' in html
    assert '<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>' in html
    assert '<main class="govuk-main-wrapper" id="main-content">' in html
    assert "<title>Sign in – yjs</title>" in html


def test_a_page_with_form_errors_says_error_in_its_title(client, db) -> None:  # type: ignore[no-untyped-def]
    html = client.post(reverse("login"), {"username": "", "password": ""}).content.decode()

    assert "<title>Error: Sign in – yjs</title>" in html


def test_the_header_is_the_generic_header_with_no_crown(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.administrator)
    html = client.get(reverse("home")).content.decode()

    assert '<div class="govuk-generic-header">' in html
    assert '<a href="/" class="govuk-generic-header__homepage-link">Dorset Combined YJS</a>' in html
    assert "govuk-header__logotype" not in html
    assert "crown" not in html.lower()
    assert "govuk-footer__licence" not in html


def test_the_header_shows_who_is_signed_in_and_signs_out_by_post(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.administrator)
    html = client.get(reverse("home")).content.decode()

    form = re.search(r'<form method="post" action="/sign-out/" class="yjs-account">.*?</form>', html, re.S)
    assert form, "no sign-out form"
    assert "csrfmiddlewaretoken" in form.group(0)
    assert f"{cast.administrator.get_full_name()}" in form.group(0)
    assert "(Administrator)" in form.group(0)
    assert '<button type="submit" class="yjs-account__sign-out">Sign out</button>' in form.group(0)


def test_the_sign_in_page_has_no_navigation_and_no_sign_out(client, db) -> None:  # type: ignore[no-untyped-def]
    html = client.get(reverse("login")).content.decode()

    assert "govuk-service-navigation__list" not in html
    assert "Sign out" not in html


MANAGER_ITEMS = (
    "My caseload",
    "Team cases",
    "Find a child",
    "Out-of-court",
    "Practice areas",
    "Performance",
    "Quality",
    "Workforce",
    "Partnership board",
)


@pytest.mark.parametrize(
    ("role", "items"),
    [
        ("case_manager", ["My caseload", "Find a child", "Out-of-court", "Practice areas", "Performance"]),
        ("team_manager", [*MANAGER_ITEMS]),
        ("service_manager", [*MANAGER_ITEMS]),
        ("police_officer", ["Find a child", "Out-of-court"]),
        ("health_worker", ["Find a child"]),
        ("auditor", ["Find a child", "Out-of-court", "Performance", "Quality", "Workforce", "Partnership board"]),
        ("partner_screener", ["Screening requests"]),
        ("board_member", ["Out-of-court timeliness", "Performance", "Partnership board"]),
        ("administrator", ["Partner agencies", "Workforce", "Partnership board"]),
    ],
)
def test_the_navigation_offers_each_role_its_own_sections(signed_in_request, role: str, items: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [item["text"] for item in navigation(signed_in_request(role))["navigation"]] == items


def test_a_practice_areas_page_marks_the_practice_areas_item(signed_in_request) -> None:  # type: ignore[no-untyped-def]
    items = navigation(signed_in_request("case_manager", "/education/"))["navigation"]

    assert [item["text"] for item in items if item["active"]] == ["Practice areas"]


def test_the_practice_areas_page_lists_the_areas_a_case_manager_works_in(client, cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    html = client.get(reverse("practice_areas")).content.decode()

    for area in ("Risk and safety", "Education", "Custody and transitions", "Parenting and feedback"):
        assert area in html
    assert "Victims" not in html  # victims' details are for managers and victim workers


def test_only_the_closest_section_is_marked_as_current(signed_in_request) -> None:  # type: ignore[no-untyped-def]
    html = render_page(signed_in_request("team_manager", "/casework/team/"))

    active = re.findall(
        r'govuk-service-navigation__item--active">\s*<a[^>]*aria-current="(\w+)"[^>]*>\s*<strong[^>]*>([^<]+)', html
    )
    assert active == [("page", "Team cases")]
    assert (
        '<button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"'
        ' aria-controls="navigation" hidden aria-hidden="true">Menu</button>'
    ) in html


def test_a_section_page_below_its_start_marks_the_section_without_calling_it_the_page(signed_in_request) -> None:  # type: ignore[no-untyped-def]
    html = render_page(signed_in_request("police_officer", "/children/12/"))

    assert re.search(r'aria-current="true">\s*<strong class="govuk-service-navigation__active-fallback">Find a child', html)


def test_messages_show_in_one_notification_banner_per_kind(signed_in_request) -> None:  # type: ignore[no-untyped-def]
    request = signed_in_request("board_member")
    messages.success(request, "Record saved")
    messages.info(request, "Reviews are due this week")
    messages.success(request, "Plan shared")

    html = " ".join(render_page(request).split())

    assert len(re.findall(r'class="govuk-notification-banner[" ]', html)) == 2
    assert (
        '<div class="govuk-notification-banner govuk-notification-banner--success" role="alert"'
        ' aria-labelledby="govuk-notification-banner-title-2" data-module="govuk-notification-banner">'
    ) in html
    assert (
        '<div class="govuk-notification-banner" role="region" aria-labelledby="govuk-notification-banner-title-1"'
        ' data-module="govuk-notification-banner">'
    ) in html
    assert (
        '<p class="govuk-notification-banner__heading">Record saved</p>'
        '<p class="govuk-notification-banner__heading">Plan shared</p>'
    ) in html


def test_the_footer_says_that_views_of_records_are_logged(client, db) -> None:  # type: ignore[no-untyped-def]
    html = " ".join(client.get(reverse("login")).content.decode().split())

    assert '<footer class="govuk-template__footer"> <div class="govuk-footer">' in html
    assert "Every view of a child's record is logged." in unescape(html)


def test_htmx_keeps_no_copy_of_pages_in_the_browser(client, db) -> None:  # type: ignore[no-untyped-def]
    html = client.get(reverse("login")).content.decode()

    assert '"historyCacheSize": 0' in html
