"""Every resettlement page, every role: the exact answer each role gets, as one table.

Case managers and team managers work on their own team's children, service managers on the service's; auditors
read the same pages and change nothing; police, health workers, screeners, the board and administrators have
no part in a child's custody or transition (403). A child out of the user's scope answers 404.

A page added to yjs.resettlement.urls without a row here fails test_every_resettlement_page_has_a_row.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES
from tests.resettlement.conftest import Resettlement
from yjs.core.models import User
from yjs.resettlement import urls as resettlement_urls

NO_PART = {"police_officer": 403, "health_worker": 403, "partner_screener": 403, "board_member": 403, "administrator": 403}
OUT_OF_SCOPE = {"other_team_case_manager": 404, "other_service_manager": 404}
READ_CHILD = statuses(200, **NO_PART, **OUT_OF_SCOPE)
CHANGE_CHILD = {**READ_CHILD, "auditor": 403}
READ_LISTS = statuses(200, **NO_PART)


def episode_data(r: Resettlement, user: User) -> dict[str, Any]:
    return {
        "kind": "sentence",
        "outcome": r.sentence.pk,
        "establishment_type": "stc",
        "establishment": "Oakhill STC",
        "start_date": "2025-06-02",
        "expected_release_date": "2025-12-01",
        "release_date": "",
        "resettlement_worker": r.cast.case_manager.pk,
    }


def milestone_data(r: Resettlement, user: User) -> dict[str, Any]:
    return {"done_on": "2025-06-10", "notes": "Held at the establishment"}


def accommodation_data(r: Resettlement, user: User) -> dict[str, Any]:
    return {"accommodation_type": "foster", "start_date": "2025-01-06", "end_date": "", "suitability": "yes", "reason": ""}


def transition_data(r: Resettlement, user: User) -> dict[str, Any]:
    return {
        "probation_practitioner": "Robin Hale",
        "probation_area": "Dorset PDU",
        "meeting_date": "2025-10-01",
        "handover_date": "",
        "status": "meeting_held",
        "notes": "",
    }


def removing(r: Resettlement, user: User) -> dict[str, Any]:
    return {"reason": "Recorded in error"}


def child_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda r: reverse(url_name, args=[r.cast.child.pk])


def named(url_name: str):  # type: ignore[no-untyped-def]
    return lambda r: reverse(url_name)


def form_rows(name: str, url_name: str, url, expected: dict[str, int], data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", expected), Row(name, url_name, url, "post", saved(expected), data)]


ROWS: list[Row] = [
    Row("the child's custody and transition", "resettlement:child", child_url("resettlement:child"), "get", READ_CHILD),
    Row("children in custody", "resettlement:custody", named("resettlement:custody"), "get", READ_LISTS),
    Row("turning 18", "resettlement:turning_18", named("resettlement:turning_18"), "get", READ_LISTS),
    *form_rows(
        "record custody", "resettlement:episode_new", child_url("resettlement:episode_new"), CHANGE_CHILD, episode_data
    ),
    *form_rows(
        "change custody",
        "resettlement:episode_edit",
        lambda r: reverse("resettlement:episode_edit", args=[r.episode.pk]),
        CHANGE_CHILD,
        episode_data,
    ),
    *form_rows(
        "remove custody",
        "resettlement:episode_remove",
        lambda r: reverse("resettlement:episode_remove", args=[r.episode.pk]),
        CHANGE_CHILD,
        removing,
    ),
    *form_rows(
        "record a milestone",
        "resettlement:milestone",
        lambda r: reverse("resettlement:milestone", args=[r.episode.pk, "initial_meeting"]),
        CHANGE_CHILD,
        milestone_data,
    ),
    *form_rows(
        "record accommodation",
        "resettlement:accommodation_new",
        child_url("resettlement:accommodation_new"),
        CHANGE_CHILD,
        accommodation_data,
    ),
    *form_rows(
        "change accommodation",
        "resettlement:accommodation_edit",
        lambda r: reverse("resettlement:accommodation_edit", args=[r.accommodation.pk]),
        CHANGE_CHILD,
        accommodation_data,
    ),
    *form_rows(
        "remove accommodation",
        "resettlement:accommodation_remove",
        lambda r: reverse("resettlement:accommodation_remove", args=[r.accommodation.pk]),
        CHANGE_CHILD,
        removing,
    ),
    *form_rows(
        "record a transition",
        "resettlement:transition_new",
        child_url("resettlement:transition_new"),
        CHANGE_CHILD,
        transition_data,
    ),
    *form_rows(
        "change a transition",
        "resettlement:transition_edit",
        lambda r: reverse("resettlement:transition_edit", args=[r.transition.pk]),
        CHANGE_CHILD,
        transition_data,
    ),
    *form_rows(
        "remove a transition",
        "resettlement:transition_remove",
        lambda r: reverse("resettlement:transition_remove", args=[r.transition.pk]),
        CHANGE_CHILD,
        removing,
    ),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_resettlement_page(
    resettlement: Resettlement, client: Client, row: Row, role: str
) -> None:
    user = resettlement.cast.user(role)
    client.force_login(user)
    url = row.url(resettlement)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    before = table_sizes(("resettlement",))
    response = client.post(url, row.data(resettlement, user) if row.data else {})
    assert response.status_code == row.expected[role]
    if response.status_code == 302:
        assert table_sizes(("resettlement",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("resettlement",)) == before, "a refused POST must save nothing"


def test_every_resettlement_page_has_a_row() -> None:
    pages = {f"resettlement:{p.name}" for p in resettlement_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(resettlement: Resettlement) -> None:
    for row in ROWS:
        assert resolve(row.url(resettlement)).view_name == row.url_name, row.name


def test_the_tab_and_the_menu_item_show_to_the_roles_that_may_use_them(resettlement: Resettlement) -> None:
    from yjs.resettlement.access import may_read_child_area, nav_items

    cast = resettlement.cast
    tab = {role for role in ROLE_NAMES if may_read_child_area(cast.user(role))}
    menu = {role for role in ROLE_NAMES if nav_items(cast.user(role))}
    assert tab == {
        "case_manager",
        "other_team_case_manager",
        "team_manager",
        "service_manager",
        "auditor",
        "other_service_manager",
    }
    assert menu == tab - {"auditor"}
