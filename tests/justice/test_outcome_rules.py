from __future__ import annotations

from datetime import date

from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.factories import OffenceFactory
from yjs.justice.models import Outcome, OutcomeType


def outcome_data(offence_pks: list[int], **changes: object) -> dict[str, object]:
    return {
        "outcome_type": "YRO",
        "offences": offence_pks,
        "outcome_date": "2025-06-10",
        "court": "Poole Youth Court",
        "start_date": "2025-06-10",
        "end_date": "2026-06-09",
        "length_months": "12",
        "release_date": "",
    } | changes


def post(client: Client, cast: Cast, data: dict[str, object]):  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    return client.post(reverse("justice:outcome_new", args=[cast.child.pk]), data)


def test_an_outcome_is_recorded_for_the_offences_chosen(cast: Cast, client: Client) -> None:
    offence = OffenceFactory(child=cast.child, service=cast.service, offence_date=date(2025, 5, 1))
    response = post(client, cast, outcome_data([offence.pk]))
    assert response.status_code == 302
    outcome = Outcome.objects.get(outcome_type="YRO")
    assert list(outcome.offences.all()) == [offence]


def test_an_end_date_before_the_start_date_is_refused(cast: Cast, client: Client) -> None:
    offence = OffenceFactory(child=cast.child, service=cast.service)
    response = post(client, cast, outcome_data([offence.pk], end_date="2025-06-01"))
    assert response.context["form"].errors["end_date"] == ["The end date must be the same as or after the start date."]


def test_an_unknown_outcome_code_is_refused(cast: Cast, client: Client) -> None:
    offence = OffenceFactory(child=cast.child, service=cast.service)
    response = post(client, cast, outcome_data([offence.pk], outcome_type="MADE_UP"))
    assert response.context["form"].errors["outcome_type"] == ["Select an outcome from the list."]


def test_an_outcome_not_valid_on_the_outcome_date_is_refused(cast: Cast, client: Client) -> None:
    OutcomeType.objects.filter(code="YRO").update(valid_to=date(2024, 12, 31))
    offence = OffenceFactory(child=cast.child, service=cast.service)
    response = post(client, cast, outcome_data([offence.pk]))
    assert "was not a valid outcome on 10 June 2025" in response.context["form"].errors["outcome_type"][0]


def test_an_offence_of_another_child_cannot_be_chosen(cast: Cast, client: Client) -> None:
    someone_else = OffenceFactory(service=cast.service)
    response = post(client, cast, outcome_data([someone_else.pk]))
    assert response.context["form"].errors["offences"] == ["Select offences of this child only."]
    assert not Outcome.objects.filter(outcome_type="YRO").exists()


def test_an_outcome_with_no_offence_is_refused(cast: Cast, client: Client) -> None:
    response = post(client, cast, outcome_data([]))
    assert response.context["form"].errors["offences"] == ["Select at least one offence the outcome is for."]


def test_an_outcome_dated_before_its_offence_is_refused(cast: Cast, client: Client) -> None:
    offence = OffenceFactory(child=cast.child, service=cast.service, offence_date=date(2025, 7, 1))
    response = post(client, cast, outcome_data([offence.pk]))
    assert response.context["form"].errors["outcome_date"] == [
        "The outcome date must be on or after the date of each offence."
    ]


def test_a_release_date_is_refused_for_a_sentence_that_is_not_custodial(cast: Cast, client: Client) -> None:
    offence = OffenceFactory(child=cast.child, service=cast.service)
    response = post(client, cast, outcome_data([offence.pk], release_date="2025-12-01"))
    assert response.context["form"].errors["release_date"] == ["Only a custodial sentence has a release date."]


def test_the_form_starts_with_the_offences_still_waiting_for_an_outcome_ticked(cast: Cast, client: Client) -> None:
    waiting = OffenceFactory(child=cast.child, service=cast.service)
    client.force_login(cast.case_manager)
    form = client.get(reverse("justice:outcome_new", args=[cast.child.pk])).context["form"]
    assert form["offences"].value() == [waiting.pk]
