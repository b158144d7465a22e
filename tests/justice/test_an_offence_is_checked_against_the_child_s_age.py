from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from yjs.justice.models import Offence


def offence_data(**changes: object) -> dict[str, object]:
    return {
        "offence_date": "2025-06-01",
        "description": "Criminal damage to a bus shelter",
        "category": "CRIMINAL_DAMAGE",
        "seriousness": "3",
        "gravity": "",
        "police_reference": "DP-2025-0001",
    } | changes


def post(client: Client, cast: Cast, data: dict[str, object]):  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    return client.post(reverse("justice:offence_new", args=[cast.child.pk]), data)


def test_an_offence_is_recorded_for_the_child(cast: Cast, client: Client) -> None:
    response = post(client, cast, offence_data())
    assert response.status_code == 302
    offence = Offence.objects.get(description="Criminal damage to a bus shelter")
    assert (offence.child, offence.service, offence.created_by) == (cast.child, cast.service, cast.case_manager)


@pytest.mark.parametrize(
    ("born", "message"),
    [
        (date(2017, 1, 1), "The child was 8 on the date of the offence: a child must be at least 10."),
        (date(1995, 1, 1), "The person was 30 on the date of the offence: check the date of birth or the date."),
    ],
)
def test_an_offence_when_the_child_was_under_10_or_over_25_is_refused_on_the_offence_date(
    cast: Cast, client: Client, born: date, message: str
) -> None:
    type(cast.child).objects.filter(pk=cast.child.pk).update(date_of_birth=born)
    response = post(client, cast, offence_data())
    assert response.status_code == 200
    assert response.context["form"].errors["offence_date"] == [message]
    assert not Offence.objects.filter(description="Criminal damage to a bus shelter").exists()


@pytest.mark.parametrize(("field", "value"), [("seriousness", "9"), ("seriousness", "0"), ("gravity", "6")])
def test_scores_outside_their_scale_are_refused(cast: Cast, client: Client, field: str, value: str) -> None:
    response = post(client, cast, offence_data(**{field: value}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
