from __future__ import annotations

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from tests.factories import ChildFactory


def test_a_list_comes_in_pages_of_the_size_asked_for(cast: Cast, api_as: ApiAs) -> None:
    ChildFactory.create_batch(2, service=cast.service, local_authority=cast.child.local_authority)
    client = api_as(cast.service_manager)
    first = client.get("/api/v1/children/", {"page_size": 2}).json()
    assert (first["count"], len(first["results"])) == (3, 2)
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1
    seen = {row["id"] for row in first["results"]} | {row["id"] for row in second["results"]}
    assert len(seen) == 3


def test_a_page_past_the_end_is_not_found(cast: Cast, api_as: ApiAs) -> None:
    assert api_as(cast.case_manager).get("/api/v1/children/", {"page": 99}).status_code == 404
