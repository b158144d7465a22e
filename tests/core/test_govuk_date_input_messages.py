"""The date input's error messages follow the Design System's date input pattern."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django import forms

from yjs.children.models import Child
from yjs.core.forms import GovukDateField, GovukDateInput, GovukForm, GovukModelForm


class BirthForm(GovukForm):
    date_of_birth = forms.DateField(label="Date of birth", widget=GovukDateInput)
    incident_date = GovukDateField(label="Date of the incident", past=True, required=False)


def errors_for(**parts: str) -> list[str]:
    data = {f"date_of_birth_{part}": value for part, value in parts.items()}
    form = BirthForm(data={"date_of_birth_day": "", "date_of_birth_month": "", "date_of_birth_year": "", **data})
    form.is_valid()
    return form.errors.get("date_of_birth", [])


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({}, "Enter date of birth"),
        ({"month": "5", "year": "2009"}, "Date of birth must include a day"),
        ({"day": "17", "year": "2009"}, "Date of birth must include a month"),
        ({"day": "17", "month": "5"}, "Date of birth must include a year"),
        ({"year": "2009"}, "Date of birth must include a day and month"),
        ({"day": "31", "month": "2", "year": "2009"}, "Date of birth must be a real date"),
        ({"day": "17", "month": "May", "year": "2009"}, "Date of birth must be a real date"),
        ({"day": "17", "month": "13", "year": "2009"}, "Date of birth must be a real date"),
        ({"day": "17", "month": "5", "year": "09"}, "Year must include 4 numbers"),
    ],
)
def test_each_mistake_gets_its_own_message(parts: dict[str, str], message: str) -> None:
    assert errors_for(**parts) == [message]


def test_three_boxes_that_make_a_date_give_that_date() -> None:
    form = BirthForm(data={"date_of_birth_day": " 7 ", "date_of_birth_month": "05", "date_of_birth_year": "2009"})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["date_of_birth"] == date(2009, 5, 7)


def test_an_iso_date_posted_under_the_field_name_still_works() -> None:
    form = BirthForm(data={"date_of_birth": "2009-05-17"})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["date_of_birth"] == date(2009, 5, 17)


def test_a_date_that_must_be_in_the_past_refuses_tomorrow() -> None:
    tomorrow = date.today() + timedelta(days=1)
    form = BirthForm(
        data={
            "date_of_birth": "2009-05-17",
            "incident_date_day": str(tomorrow.day),
            "incident_date_month": str(tomorrow.month),
            "incident_date_year": str(tomorrow.year),
        }
    )

    assert not form.is_valid()
    assert form.errors["incident_date"] == ["Date of the incident must be today or in the past"]


def test_an_optional_date_left_empty_is_none() -> None:
    form = BirthForm(data={"date_of_birth": "2009-05-17", "incident_date_day": "", "incident_date_month": ""})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["incident_date"] is None


def test_a_message_the_form_sets_itself_is_kept() -> None:
    class OwnMessageForm(GovukForm):
        seen_on = forms.DateField(widget=GovukDateInput, error_messages={"required": "Enter the date you saw them"})

    form = OwnMessageForm(data={"seen_on_day": ""})

    assert not form.is_valid()
    assert form.errors["seen_on"] == ["Enter the date you saw them"]


def test_a_model_form_date_given_the_widget_gets_the_same_messages() -> None:
    class BirthDateForm(GovukModelForm):
        class Meta:
            model = Child
            fields = ["date_of_birth"]
            widgets = {"date_of_birth": GovukDateInput}

    form = BirthDateForm(data={"date_of_birth_day": "30", "date_of_birth_month": "2", "date_of_birth_year": "2008"})

    assert not form.is_valid()
    assert form.errors["date_of_birth"] == ["Date of birth must be a real date"]
