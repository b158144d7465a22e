"""Every out-of-court page, every role: the exact answer each role gets, as one table.

A page added to yjs.diversion.urls without a row in tests/diversion/matrix/ fails
test_every_out_of_court_page_has_a_row: each new page needs an access decision written down.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, resolve

from tests.access_matrix import table_sizes
from tests.conftest import ROLE_NAMES
from tests.diversion.conftest import Pipeline
from tests.diversion.matrix import Row, intake, notification, panel, reports, screening
from yjs.diversion import urls as diversion_urls

ROWS: list[Row] = [*notification.ROWS, *intake.ROWS, *screening.ROWS, *panel.ROWS, *reports.ROWS]
# The apps an out-of-court form may write to: a refused POST must leave every one of them as it was.
CASE_APPS = ("core", "children", "justice", "casework", "diversion")

CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_out_of_court_page(
    pipeline: Pipeline, client: Client, row: Row, role: str
) -> None:
    user = pipeline.cast.user(role)
    client.force_login(user)
    url = row.url(pipeline)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(pipeline, user) if row.data else {}
    before = table_sizes(CASE_APPS)
    response = client.post(url, data)
    assert response.status_code == row.expected[role]
    if row.data is None:
        return
    if response.status_code == 302:
        assert table_sizes(CASE_APPS) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(CASE_APPS) == before, "a refused POST must save nothing"


def test_every_out_of_court_page_has_a_row() -> None:
    pages = {f"diversion:{p.name}" for p in diversion_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    undecided = pages - {row.url_name for row in ROWS}
    assert not undecided, f"add rows to tests/diversion/matrix/ saying what each role gets from {sorted(undecided)}"


def test_every_row_builds_the_url_of_the_page_it_names(pipeline: Pipeline) -> None:
    for row in ROWS:
        assert resolve(row.url(pipeline).split("?")[0]).view_name == row.url_name, row.name
