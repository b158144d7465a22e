from __future__ import annotations

from datetime import date

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from tests.factories import ChildFactory


def ids(response) -> set[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.json()
    return {row["id"] for row in response.json()["results"]}


def test_children_are_found_by_name_reference_pnc_or_date_of_birth(cast: Cast, api_as: ApiAs) -> None:
    other = ChildFactory(
        service=cast.service, local_authority=cast.child.local_authority, first_name="Robin", pnc_number="24/1A"
    )
    client = api_as(cast.service_manager)
    assert ids(client.get("/api/v1/children/", {"q": "jordan test"})) == {cast.child.pk}
    assert ids(client.get("/api/v1/children/", {"q": cast.child.yjs_id})) == {cast.child.pk}
    assert ids(client.get("/api/v1/children/", {"pnc_number": "24/1a"})) == {other.pk}
    other.date_of_birth = date(2011, 1, 1)
    other.save()
    assert ids(client.get("/api/v1/children/", {"date_of_birth": "2011-01-01"})) == {other.pk}


def test_interventions_filter_on_open_or_closed(cast: Cast, api_as: ApiAs) -> None:
    client = api_as(cast.case_manager)
    assert ids(client.get("/api/v1/interventions/", {"open": "true"})) == {cast.intervention.pk}
    assert ids(client.get("/api/v1/interventions/", {"open": "false"})) == set()
    cast.intervention.end_date = date(2025, 10, 1)
    cast.intervention.save()
    assert ids(client.get("/api/v1/interventions/", {"open": "false"})) == {cast.intervention.pk}


def test_a_filter_never_reaches_beyond_the_callers_scope(cast: Cast, api_as: ApiAs) -> None:
    client = api_as(cast.other_team_case_manager)
    assert ids(client.get("/api/v1/offences/", {"child": cast.child.pk})) == set()


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/v1/interventions/", {"open": "maybe"}, "open"),
        ("/api/v1/children/", {"date_of_birth": ""}, "date_of_birth"),
        ("/api/v1/children/", {"date_of_birth": "17/05/2009"}, "date_of_birth"),
        ("/api/v1/offences/", {"child": str(2**70)}, "child"),
        ("/api/v1/offences/", {"category": ""}, "category"),
        ("/api/v1/children/", {"page_size": "lots"}, "page_size"),
        ("/api/v1/children/", {"page_size": "201"}, "page_size"),
    ],
)
def test_an_unreadable_filter_is_refused_rather_than_ignored(
    cast: Cast, api_as: ApiAs, url: str, params: dict[str, str], field: str
) -> None:
    response = api_as(cast.case_manager).get(url, params)
    assert response.status_code == 400
    assert field in response.json()
