"""Every victims page, every role: the exact answer each role gets, as one table.

The service's victim worker (cm_south, on another team than the child) and the team and service managers
see victims in full and record the work; the child's case manager and the auditor open only the child's
victims tab, without who the victim is; police, health, screeners, the board and administrators are
refused. Another service's manager gets 404 for this service's records and keeps their own victim workers.

A page added to yjs.victims.urls without a row here fails test_every_victims_page_has_a_row.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES
from tests.victims.conftest import ADDRESS, NAME, PHONE, Victims
from yjs.core.models import User
from yjs.victims import urls as victims_urls

FULL = ("other_team_case_manager", "team_manager", "service_manager")
TAB = statuses(403, case_manager=200, auditor=200, other_team_case_manager=200, team_manager=200, service_manager=200)
TAB = {**TAB, "other_service_manager": 404}
DETAILS = statuses(403, **dict.fromkeys(FULL, 200), other_service_manager=404)
WORKLIST = statuses(403, **dict.fromkeys(FULL, 200), other_service_manager=200)
KEEP = statuses(403, service_manager=200, other_service_manager=200)
KEEP_THIS_SERVICE = {**KEEP, "other_service_manager": 404}


def victim_data(v: Victims, user: User) -> dict[str, Any]:
    return {
        "offences": [v.offence.pk],
        "kind": "organisation",
        "name": "Casterbridge Stores",
        "phone": "01632 960999",
        "email": "",
        "address": "1 High Street",
        "referred_on": "2025-03-06",
    }


def contact_data(v: Victims, user: User) -> dict[str, Any]:
    return {"contact_date": "2025-03-12", "method": "phone", "outcome": "spoke", "notes": "", "follow_up_on": ""}


def consent_data(v: Victims, user: User) -> dict[str, Any]:
    return {"answer": "given", "answered_on": "2025-03-12", "withdrawn_on": ""}


def offer_data(v: Victims, user: User) -> dict[str, Any]:
    return {"offered_on": "2025-04-01", "response": "awaiting", "responded_on": "", "kind": "", "notes": ""}


def accepted_data(v: Victims, user: User) -> dict[str, Any]:
    return {
        "offered_on": "2025-03-20",
        "response": "accepted",
        "responded_on": "2025-03-25",
        "kind": "indirect_letter",
        "took_place_on": "2025-04-10",
        "completed_on": "",
        "notes": "",
    }


def wishes_data(v: Victims, user: User) -> dict[str, Any]:
    return {"recorded_on": "2025-03-12", "wishes": "A letter of apology"}


def feedback_data(v: Victims, user: User) -> dict[str, Any]:
    return {"received_on": "2025-05-01", "satisfaction": "4", "comments": "Kept informed"}


def archive_data(v: Victims, user: User) -> dict[str, Any]:
    return {"reason": "Recorded twice"}


def worker_data(v: Victims, user: User) -> dict[str, Any]:
    return {"user": user.pk, "active_from": "2025-01-06"}


def end_data(v: Victims, user: User) -> dict[str, Any]:
    return {"last_day": "2026-01-31"}


def child_url(name: str):  # type: ignore[no-untyped-def]
    return lambda v: reverse(name, args=[v.cast.child.pk])


def victim_url(name: str, *more: str):  # type: ignore[no-untyped-def]
    return lambda v: reverse(name, args=[v.victim.pk, *more])


def named(name: str):  # type: ignore[no-untyped-def]
    return lambda v: reverse(name)


def form_rows(name: str, url_name: str, url, expected: dict[str, int], data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", expected), Row(name, url_name, url, "post", saved(expected), data)]


ROWS: list[Row] = [
    Row("the worklist", "victims:worklist", named("victims:worklist"), "get", WORKLIST),
    Row("the child's victims", "victims:child", child_url("victims:child"), "get", TAB),
    Row("a victim", "victims:victim", victim_url("victims:victim"), "get", DETAILS),
    Row("a victim's history", "victims:history", victim_url("victims:history"), "get", DETAILS),
    Row("the victim workers", "victims:workers", named("victims:workers"), "get", KEEP),
    *form_rows("add a victim", "victims:victim_new", child_url("victims:victim_new"), DETAILS, victim_data),
    *form_rows("change a victim", "victims:victim_edit", victim_url("victims:victim_edit"), DETAILS, victim_data),
    *form_rows("remove a victim", "victims:victim_archive", victim_url("victims:victim_archive"), DETAILS, archive_data),
    *form_rows("record a contact", "victims:contact_new", victim_url("victims:contact_new"), DETAILS, contact_data),
    *form_rows("record consent", "victims:consent", victim_url("victims:consent", "contact"), DETAILS, consent_data),
    *form_rows("offer restorative justice", "victims:offer_new", victim_url("victims:offer_new"), DETAILS, offer_data),
    *form_rows(
        "change an offer",
        "victims:offer_edit",
        lambda v: reverse("victims:offer_edit", args=[v.victim.pk, v.offer.pk]),
        DETAILS,
        accepted_data,
    ),
    *form_rows("record wishes", "victims:wishes_new", victim_url("victims:wishes_new"), DETAILS, wishes_data),
    *form_rows("record feedback", "victims:feedback_new", victim_url("victims:feedback_new"), DETAILS, feedback_data),
    *form_rows("designate a victim worker", "victims:worker_new", named("victims:worker_new"), KEEP, worker_data),
    *form_rows(
        "end a designation",
        "victims:worker_end",
        lambda v: reverse("victims:worker_end", args=[v.worker.pk]),
        KEEP_THIS_SERVICE,
        end_data,
    ),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_victims_page(
    victims: Victims, client: Client, row: Row, role: str
) -> None:
    user = victims.cast.user(role)
    client.force_login(user)
    url = row.url(victims)
    if row.method == "get":
        response = client.get(url)
        assert response.status_code == row.expected[role]
        if response.status_code == 200 and role not in FULL and role != "other_service_manager":
            assert NAME not in response.content.decode()
        return
    data = row.data(victims, user) if row.data else {}
    before = table_sizes(("victims",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role], response.content.decode()[:3000]
    if response.status_code == 302:
        assert table_sizes(("victims",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("victims",)) == before, "a refused POST must save nothing"


@pytest.mark.parametrize("role", ["case_manager", "auditor"])
def test_the_childs_case_manager_and_the_auditor_see_what_the_plan_needs_but_not_who_the_victim_is(
    victims: Victims, client: Client, role: str
) -> None:
    client.force_login(victims.cast.user(role))
    page = client.get(reverse("victims:child", args=[victims.cast.child.pk])).content.decode()
    for personal in (NAME, PHONE, ADDRESS, "robin@example.com"):
        assert personal not in page
    assert "Victim 1" in page
    assert "Theft from a shop" in page
    assert reverse("victims:victim", args=[victims.victim.pk]) not in page


@pytest.mark.parametrize("role", FULL)
def test_victim_workers_and_managers_see_the_victims_name_on_the_childs_tab(
    victims: Victims, client: Client, role: str
) -> None:
    client.force_login(victims.cast.user(role))
    page = client.get(reverse("victims:child", args=[victims.cast.child.pk])).content.decode()
    assert NAME in page
    assert reverse("victims:victim", args=[victims.victim.pk]) in page


def test_the_victims_tab_and_menu_item_show_only_to_the_roles_that_may_open_them(victims: Victims, client: Client) -> None:
    from yjs.victims.access import may_read_child_area, nav_items

    tab = {role for role in ROLE_NAMES if may_read_child_area(victims.cast.user(role))}
    menu = {role for role in ROLE_NAMES if nav_items(victims.cast.user(role))}
    assert tab == {role for role, status in TAB.items() if status != 403}
    assert menu == {role for role, status in WORKLIST.items() if status == 200}


def test_a_designation_that_has_ended_takes_the_details_away(victims: Victims, client: Client) -> None:
    from datetime import date

    victims.worker.active_to = date(2025, 1, 1)
    victims.worker.save()
    client.force_login(victims.cast.other_team_case_manager)
    assert client.get(reverse("victims:victim", args=[victims.victim.pk])).status_code == 403
    # Back to a case manager of another team: the child is outside their scope.
    assert client.get(reverse("victims:child", args=[victims.cast.child.pk])).status_code == 404


def test_every_victims_page_has_a_row() -> None:
    pages = {f"victims:{p.name}" for p in victims_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(victims: Victims) -> None:
    for row in ROWS:
        assert resolve(row.url(victims)).view_name == row.url_name, row.name
