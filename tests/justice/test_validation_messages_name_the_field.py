from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast


@pytest.mark.parametrize(
    ("url_name", "field", "message"),
    [
        ("justice:offence_new", "description", "Enter a description of the offence"),
        ("justice:offence_new", "category", "Select the offence category"),
        ("justice:offence_new", "seriousness", "Enter the YJB seriousness score"),
        ("justice:outcome_new", "outcome_type", "Select the outcome"),
        ("justice:outcome_new", "offences", "Select at least one offence the outcome is for."),
    ],
)
def test_an_empty_form_is_refused_with_a_message_naming_each_missing_answer(
    cast: Cast, client: Client, url_name: str, field: str, message: str
) -> None:
    client.force_login(cast.case_manager)
    response = client.post(reverse(url_name, args=[cast.child.pk]), {})
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]


def test_a_seriousness_score_off_the_scale_is_refused_with_the_scale(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    response = client.post(reverse("justice:offence_new", args=[cast.child.pk]), {"seriousness": "9"})
    assert response.context["form"].errors["seriousness"] == ["YJB seriousness score must be a whole number from 1 to 8"]
