from __future__ import annotations

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from yjs.core.models import AccessLog


def test_retrieving_a_child_writes_an_access_log_row(cast: Cast, api_as: ApiAs) -> None:
    api_as(cast.auditor).get(f"/api/v1/children/{cast.child.pk}/")
    row = AccessLog.objects.get()
    assert (row.user, row.child_id, row.what, row.service) == (cast.auditor, cast.child.pk, "api", cast.service)


def test_listing_children_writes_no_access_log_row(cast: Cast, api_as: ApiAs) -> None:
    api_as(cast.case_manager).get("/api/v1/children/")
    assert not AccessLog.objects.exists()


def test_a_refused_read_writes_no_access_log_row(cast: Cast, api_as: ApiAs) -> None:
    assert api_as(cast.other_team_case_manager).get(f"/api/v1/children/{cast.child.pk}/").status_code == 404
    assert not AccessLog.objects.exists()


@pytest.mark.parametrize("resource", ["offences", "outcomes", "interventions", "assessments", "plans"])
def test_retrieving_a_record_about_a_child_logs_a_read_of_that_child(records: Cast, api_as: ApiAs, resource: str) -> None:
    listed = api_as(records.case_manager).get(f"/api/v1/{resource}/").json()["results"]
    api_as(records.case_manager).get(f"/api/v1/{resource}/{listed[0]['id']}/")
    row = AccessLog.objects.get()
    assert (row.child_id, row.what) == (records.child.pk, f"api: {resource.removesuffix('s')}")
