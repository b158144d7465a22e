"""Every education page, every role: the exact answer each role gets, as one table.

Case workers (case managers, team and service managers) read and record the education of the children they
may open; auditors read it; the other roles have no part in it (403). A case manager of another team, and
another service's manager, get 404 for this child. The service view is for case workers, and lists only
the children each may open.

A page added to yjs.education.urls without a row here fails test_every_education_page_has_a_row.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES
from tests.education.conftest import Records
from yjs.core.models import User
from yjs.education import urls as education_urls

OUT_OF_SCOPE = {"other_team_case_manager": 404, "other_service_manager": 404}
READ = statuses(403, case_manager=200, team_manager=200, service_manager=200, auditor=200, **OUT_OF_SCOPE)
RECORD = statuses(403, case_manager=200, team_manager=200, service_manager=200, **OUT_OF_SCOPE)
SERVICE_VIEW = statuses(
    403, case_manager=200, other_team_case_manager=200, team_manager=200, service_manager=200, other_service_manager=200
)


def placement(records: Records, user: User) -> dict[str, Any]:
    return {
        "kind": "college",
        "provider": "Weymouth College",
        "start_date": "2025-01-06",
        "hours_offered": "16",
        "hours_attended": "12.5",
        "suitable": "yes",
        "version": str(records.placement.version),
    }


def exclusion(records: Records, user: User) -> dict[str, Any]:
    return {
        "kind": "fixed_term",
        "school": "Hardy Academy",
        "start_date": "2025-01-13",
        "days": "2",
        "version": str(records.exclusion.version),
    }


def removing(records: Records, user: User) -> dict[str, Any]:
    return {"reason": "Recorded in error"}


def child_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda records: reverse(url_name, args=[records.cast.child.pk])


def placement_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda records: reverse(url_name, args=[records.cast.child.pk, records.placement.pk])


def exclusion_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda records: reverse(url_name, args=[records.cast.child.pk, records.exclusion.pk])


def form_rows(name: str, url_name: str, url, data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", RECORD), Row(name, url_name, url, "post", saved(RECORD), data)]


ROWS: list[Row] = [
    Row("the service view", "education:overview", lambda records: reverse("education:overview"), "get", SERVICE_VIEW),
    Row("the child's education", "education:child", child_url("education:child"), "get", READ),
    *form_rows("record a placement", "education:placement_new", child_url("education:placement_new"), placement),
    *form_rows("change a placement", "education:placement_edit", placement_url("education:placement_edit"), placement),
    *form_rows("remove a placement", "education:placement_remove", placement_url("education:placement_remove"), removing),
    *form_rows("record an exclusion", "education:exclusion_new", child_url("education:exclusion_new"), exclusion),
    *form_rows("change an exclusion", "education:exclusion_edit", exclusion_url("education:exclusion_edit"), exclusion),
    *form_rows("remove an exclusion", "education:exclusion_remove", exclusion_url("education:exclusion_remove"), removing),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_education_page(
    records: Records, client: Client, row: Row, role: str
) -> None:
    user = records.cast.user(role)
    client.force_login(user)
    url = row.url(records)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(records, user) if row.data else {}
    before = table_sizes(("education",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role]
    if response.status_code == 302:
        assert table_sizes(("education",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("education",)) == before, "a refused POST must save nothing"


def test_every_education_page_has_a_row() -> None:
    pages = {f"education:{p.name}" for p in education_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(records: Records) -> None:
    for row in ROWS:
        assert resolve(row.url(records)).view_name == row.url_name, row.name


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_tab_and_the_menu_item_show_for_the_roles_that_may_open_them(records: Records, role: str) -> None:
    from yjs.education import access

    user = records.cast.user(role)
    assert access.may_read_child_area(user) == (READ[role] != 403)
    assert bool(access.nav_items(user)) == (SERVICE_VIEW[role] == 200)
