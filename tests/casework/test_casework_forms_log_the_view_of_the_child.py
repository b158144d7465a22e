from __future__ import annotations

import pytest
from django.urls import reverse

from tests.casework.case_records import case_records_for
from tests.conftest import Cast
from yjs.core.models import AccessLog


@pytest.mark.parametrize(
    "name", ["assessment_new", "plan_new", "review_new", "significant_change_new", "contact_new", "allocate"]
)
def test_opening_a_casework_form_logs_a_view_of_the_child(client, cast: Cast, name: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.team_manager)
    response = client.get(reverse(f"casework:{name}", args=[cast.intervention.pk]))
    assert response.status_code == 200
    assert AccessLog.objects.filter(user=cast.team_manager, child_id=cast.child.pk).count() == 1


def test_updating_a_contact_logs_a_view_of_the_child(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    contact = case_records_for(cast).contact
    client.force_login(cast.case_manager)
    assert client.get(reverse("casework:contact_update", args=[contact.pk])).status_code == 200
    assert AccessLog.objects.filter(user=cast.case_manager, child_id=cast.child.pk, what="contact").count() == 1
