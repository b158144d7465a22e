from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import ApiAs
from tests.conftest import Cast
from tests.factories import ChildFactory, OffenceFactory
from yjs.children.models import Child
from yjs.justice.models import Offence, Outcome

CHILD = {
    "first_name": "Sam",
    "last_name": "Newcase",
    "date_of_birth": "2010-02-03",
    "local_authority": "E06000058",
}


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"sex": "X"}, "sex", "not one of the codes for sex"),
        ({"ethnicity": "MARTIAN"}, "ethnicity", "not one of the codes for ethnicity"),
        ({"care_status": "orphan"}, "care_status", "not one of the codes for care status"),
        ({"local_authority": "W99999999"}, "local_authority", "not a known code for local authority"),
        ({"local_authority": "E99000001"}, "local_authority", "not a known code for local authority"),
        ({"date_of_birth": "2999-01-01"}, "date_of_birth", "must be in the past"),
        ({"date_of_birth": "3 Feb 2010"}, "date_of_birth", "Date has wrong format"),
        ({"first_name": ""}, "first_name", "may not be blank"),
    ],
)
def test_a_bad_child_is_refused_with_a_message_on_the_field(
    cast: Cast, api_as: ApiAs, change: dict[str, Any], field: str, words: str
) -> None:
    before = Child.objects.count()
    response = api_as(cast.case_manager).post("/api/v1/children/", {**CHILD, **change}, format="json")
    assert response.status_code == 400
    assert words in " ".join(response.json()[field])
    assert Child.objects.count() == before


def test_a_local_authority_of_another_service_is_refused(cast: Cast, api_as: ApiAs) -> None:
    elsewhere = cast.other_service_child.local_authority.code
    response = api_as(cast.case_manager).post("/api/v1/children/", {**CHILD, "local_authority": elsewhere}, format="json")
    assert response.status_code == 400
    assert "local_authority" in response.json()


def offence(cast: Cast, **change: Any) -> dict[str, Any]:
    return {
        "child": cast.child.pk,
        "offence_date": "2025-06-01",
        "description": "Theft of a bicycle",
        "category": "THEFT_AND_HANDLING",
        "seriousness": 2,
        **change,
    }


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"category": "SHOPLIFTING"}, "category", "not one of the codes for offence category"),
        ({"seriousness": 9}, "seriousness", "less than or equal to 8"),
        ({"offence_date": "2018-06-01"}, "offence_date", "must be at least 10"),  # the child was 9
        ({"offence_date": "2999-06-01"}, "offence_date", "today or in the past"),
    ],
)
def test_a_bad_offence_is_refused_with_a_message_on_the_field(
    cast: Cast, api_as: ApiAs, change: dict[str, Any], field: str, words: str
) -> None:
    response = api_as(cast.case_manager).post("/api/v1/offences/", offence(cast, **change), format="json")
    assert response.status_code == 400
    assert words in " ".join(response.json()[field])
    assert Offence.objects.filter(child=cast.child).count() == 1


def test_an_offence_by_someone_over_25_is_refused(cast: Cast, api_as: ApiAs) -> None:
    adult = ChildFactory(service=cast.service, local_authority=cast.child.local_authority, date_of_birth="1990-01-01")
    response = api_as(cast.service_manager).post(
        "/api/v1/offences/", offence(cast, child=adult.pk, offence_date="2025-01-01"), format="json"
    )
    assert response.status_code == 400
    assert "35" in response.json()["offence_date"][0]


def outcome(cast: Cast, offence_id: int, **change: Any) -> dict[str, Any]:
    return {
        "child": cast.child.pk,
        "outcome_type": "RO",
        "outcome_date": "2025-07-01",
        "length_months": 6,
        "offences": [offence_id],
        **change,
    }


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"outcome_type": "ASBO"}, "outcome_type", "not a known code for outcome type"),
        ({"start_date": "2025-08-01", "end_date": "2025-07-15"}, "end_date", "after the start date"),
        ({"outcome_date": "2025-01-01"}, "outcome_date", "on or after the date of each offence"),
        ({"length_months": 30}, "length_months", "lasts between"),
        ({"release_date": "2025-09-01"}, "release_date", "Only a custodial sentence"),
        ({"offences": []}, "offences", "Select at least one offence"),
    ],
)
def test_a_bad_outcome_is_refused_with_a_message_on_the_field(
    cast: Cast, api_as: ApiAs, offence: Offence, change: dict[str, Any], field: str, words: str
) -> None:
    before = Outcome.objects.count()
    response = api_as(cast.case_manager).post("/api/v1/outcomes/", outcome(cast, offence.pk, **change), format="json")
    assert response.status_code == 400
    assert words in " ".join(response.json()[field])
    assert Outcome.objects.count() == before


def test_an_outcome_for_another_childs_offence_is_refused(cast: Cast, api_as: ApiAs) -> None:
    sibling = ChildFactory(service=cast.service, local_authority=cast.child.local_authority)
    theirs = OffenceFactory(child=sibling, service=cast.service)
    response = api_as(cast.service_manager).post("/api/v1/outcomes/", outcome(cast, theirs.pk), format="json")
    assert response.status_code == 400
    assert "this child only" in response.json()["offences"][0]


def test_a_body_that_is_not_json_is_refused_without_an_error_page(cast: Cast, api_as: ApiAs) -> None:
    response = api_as(cast.case_manager).post("/api/v1/children/", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert "detail" in response.json()
