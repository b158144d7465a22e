from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.children.forms_data import child_form_data
from tests.conftest import Cast
from yjs.children.models import Child


def new_child_data(cast: Cast, date_of_birth: date) -> dict[str, object]:
    return {
        "first_name": "Riley",
        "last_name": "Newcase",
        "date_of_birth": date_of_birth.isoformat(),
        "sex": "F",
        "ethnicity": "NOT_STATED",
        "local_authority": cast.child.local_authority_id,
        "care_status": "none",
        "send_status": "not_known",
    }


def years_ago(years: int, days: int = 0) -> date:
    today = timezone.localdate()
    return today.replace(year=today.year - years) - timedelta(days=days)


@pytest.mark.parametrize(
    ("born", "message"),
    [
        (timezone.localdate() + timedelta(days=1), "Date of birth must be in the past."),
        (years_ago(7), "Date of birth makes the child 7 today: a child must be at least 8."),
        (years_ago(26), "Date of birth makes the person 26 today: they must be 25 or under."),
    ],
)
def test_a_date_of_birth_in_the_future_or_too_young_or_old_is_refused(
    cast: Cast, client: Client, born: date, message: str
) -> None:
    client.force_login(cast.case_manager)
    response = client.post(reverse("children:new"), new_child_data(cast, born))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Child.objects.filter(last_name="Newcase").exists()


def test_a_child_aged_8_to_25_is_recorded_with_the_pnc_number_in_capitals(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    response = client.post(reverse("children:new"), new_child_data(cast, years_ago(8)) | {"pnc_number": " 12/34567b "})
    child = Child.objects.get(last_name="Newcase")
    assert response.status_code == 302
    assert response["Location"] == reverse("children:record", args=[child.pk])
    assert (child.service, child.created_by, child.pnc_number) == (cast.service, cast.case_manager, "12/34567B")


def test_an_existing_record_past_25_can_still_be_edited_without_changing_the_date_of_birth(
    cast: Cast, client: Client
) -> None:
    Child.objects.filter(pk=cast.child.pk).update(date_of_birth=years_ago(30))
    cast.child.refresh_from_db()
    client.force_login(cast.case_manager)
    response = client.post(reverse("children:edit", args=[cast.child.pk]), child_form_data(cast.child, address="New"))
    assert response.status_code == 302


def test_a_local_authority_of_another_service_is_refused(cast: Cast, client: Client) -> None:
    client.force_login(cast.case_manager)
    data = new_child_data(cast, years_ago(14)) | {"local_authority": cast.other_service_child.local_authority_id}
    response = client.post(reverse("children:new"), data)
    assert response.status_code == 200
    assert response.context["form"].errors["local_authority"]
