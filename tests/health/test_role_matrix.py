"""Every health page, every role: the exact answer each role gets, as one table.

Health workers and case workers read and record the health interventions of the children they may open;
auditors read them; police officers, screeners, the board and administrators have no part in a child's
health (403). A case manager of another team, and another service's manager, get 404 for this child.

A page added to yjs.health.urls without a row here fails test_every_health_page_has_a_row.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES
from tests.health.conftest import Records
from yjs.core.models import User
from yjs.health import access
from yjs.health import urls as health_urls

OUT_OF_SCOPE = {"other_team_case_manager": 404, "other_service_manager": 404}
RECORDERS = {"case_manager": 200, "team_manager": 200, "service_manager": 200, "health_worker": 200}
READ = statuses(403, **RECORDERS, auditor=200, **OUT_OF_SCOPE)
RECORD = statuses(403, **RECORDERS, **OUT_OF_SCOPE)


def intervention(records: Records, user: User) -> dict[str, Any]:
    return {
        "need": "mental_health",
        "intervention_type": "getting_more_help",
        "provider": "CAMHS",
        "offered_on": "2025-01-06",
        "response": "declined",
        "version": str(records.intervention.version),
    }


def removing(records: Records, user: User) -> dict[str, Any]:
    return {"reason": "Recorded in error"}


def child_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda records: reverse(url_name, args=[records.cast.child.pk])


def intervention_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda records: reverse(url_name, args=[records.cast.child.pk, records.intervention.pk])


def form_rows(name: str, url_name: str, url, data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", RECORD), Row(name, url_name, url, "post", saved(RECORD), data)]


ROWS: list[Row] = [
    Row("the child's health", "health:child", child_url("health:child"), "get", READ),
    *form_rows("record an intervention", "health:intervention_new", child_url("health:intervention_new"), intervention),
    *form_rows(
        "change an intervention", "health:intervention_edit", intervention_url("health:intervention_edit"), intervention
    ),
    *form_rows(
        "remove an intervention", "health:intervention_remove", intervention_url("health:intervention_remove"), removing
    ),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_health_page(
    records: Records, client: Client, row: Row, role: str
) -> None:
    user = records.cast.user(role)
    client.force_login(user)
    url = row.url(records)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(records, user) if row.data else {}
    before = table_sizes(("health",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role]
    if response.status_code == 302:
        assert table_sizes(("health",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("health",)) == before, "a refused POST must save nothing"


def test_every_health_page_has_a_row() -> None:
    pages = {f"health:{p.name}" for p in health_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(records: Records) -> None:
    for row in ROWS:
        assert resolve(row.url(records)).view_name == row.url_name, row.name


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_tab_shows_for_the_roles_that_may_open_the_page(records: Records, role: str) -> None:
    assert access.may_read_child_area(records.cast.user(role)) == (READ[role] != 403)
