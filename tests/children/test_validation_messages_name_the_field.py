from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast


@pytest.mark.parametrize(
    ("url_name", "field", "message"),
    [
        ("children:edit", "first_name", "Enter the child's first name"),
        ("children:edit", "local_authority", "Select the local authority"),
        ("children:carer_new", "relationship", "Enter their relationship to the child"),
    ],
)
def test_an_empty_child_or_carer_form_is_refused_with_a_message_naming_each_missing_answer(
    cast: Cast, client: Client, url_name: str, field: str, message: str
) -> None:
    client.force_login(cast.case_manager)
    response = client.post(reverse(url_name, args=[cast.child.pk]), {})
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
