"""The markup each kind of field renders, checked against GOV.UK Frontend 6's component templates."""

from __future__ import annotations

import re

import pytest
from django import forms
from django.template.loader import render_to_string

from yjs.core.forms import GovukDateField, GovukDateInput, GovukForm

RISK = [("", "---------"), ("low", "Low"), ("high", "High")]


class ReferralForm(GovukForm):
    name = forms.CharField(label="Full name", help_text="As it appears on their birth certificate")
    notes = forms.CharField(label="Notes", widget=forms.Textarea, required=False)
    team = forms.ChoiceField(label="Team", choices=[("", "Choose a team"), ("north", "North"), ("south", "South")])
    risk = forms.ChoiceField(label="Risk of harm", choices=RISK, widget=forms.RadioSelect)
    needs = forms.MultipleChoiceField(
        label="Needs", choices=[("edu", "Education"), ("health", "Health")], widget=forms.CheckboxSelectMultiple
    )
    consent = forms.BooleanField(label="The child agreed to the referral", help_text="Ask them in person")
    date_of_birth = forms.DateField(label="Date of birth", widget=GovukDateInput)
    referred_on = GovukDateField(label="Date referred", help_text="For example, 27 3 2025")


def field_html(form: forms.Form, name: str) -> str:
    return " ".join(form[name].as_field_group().split())


def tag(html: str, element_id: str) -> str:
    match = re.search(rf'<(input|textarea|select)[^>]*id="{element_id}"[^>]*>', html)
    assert match, f"no element with id {element_id}"
    return match.group(0)


@pytest.fixture
def invalid_form() -> ReferralForm:
    form = ReferralForm(
        data={
            "name": "",
            "notes": "Seen at school",
            "team": "",
            "date_of_birth_day": "31",
            "date_of_birth_month": "2",
            "date_of_birth_year": "2009",
            "referred_on_day": "",
            "referred_on_month": "4",
            "referred_on_year": "2025",
        }
    )
    assert not form.is_valid()
    return form


def test_a_text_input_has_its_label_hint_and_the_input_described_by_the_hint() -> None:
    html = field_html(ReferralForm(), "name")

    assert html.startswith('<div class="govuk-form-group">')
    assert '<label class="govuk-label govuk-label--s" for="id_name">Full name</label>' in html
    assert '<div id="id_name-hint" class="govuk-hint">As it appears on their birth certificate</div>' in html
    element = tag(html, "id_name")
    assert 'class="govuk-input"' in element
    assert 'aria-describedby="id_name-hint"' in element
    assert "required" not in element


def test_an_input_in_error_has_the_error_message_classes_and_both_descriptions(invalid_form: ReferralForm) -> None:
    html = field_html(invalid_form, "name")

    assert html.startswith('<div class="govuk-form-group govuk-form-group--error">')
    assert (
        '<p id="id_name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> '
        "Enter full name</p>"
    ) in html
    element = tag(html, "id_name")
    assert 'class="govuk-input govuk-input--error"' in element
    assert 'aria-describedby="id_name-hint id_name-error"' in element


def test_a_textarea_keeps_what_the_user_typed(invalid_form: ReferralForm) -> None:
    html = field_html(invalid_form, "notes")

    assert '<label class="govuk-label govuk-label--s" for="id_notes">Notes</label>' in html
    assert 'class="govuk-textarea"' in tag(html, "id_notes")
    assert "Seen at school</textarea>" in html


def test_a_select_in_error_has_the_select_error_class(invalid_form: ReferralForm) -> None:
    html = field_html(invalid_form, "team")

    element = tag(html, "id_team")
    assert element.startswith("<select")
    assert 'class="govuk-select govuk-select--error"' in element
    assert 'aria-describedby="id_team-error"' in element


def test_radios_are_a_fieldset_with_a_legend_and_no_blank_choice(invalid_form: ReferralForm) -> None:
    html = field_html(invalid_form, "risk")

    assert '<fieldset class="govuk-fieldset" aria-describedby="id_risk-error">' in html
    assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Risk of harm</legend>' in html
    assert '<div class="govuk-radios" data-module="govuk-radios">' in html
    assert 'class="govuk-radios__input"' in tag(html, "id_risk_0")
    assert '<label class="govuk-label govuk-radios__label" for="id_risk_0">Low</label>' in html
    assert "---------" not in html
    assert html.count('class="govuk-radios__item"') == 2


def test_checkboxes_are_a_fieldset_of_checkbox_items() -> None:
    html = field_html(ReferralForm(), "needs")

    assert '<fieldset class="govuk-fieldset">' in html
    assert '<div class="govuk-checkboxes" data-module="govuk-checkboxes">' in html
    assert 'class="govuk-checkboxes__input"' in tag(html, "id_needs_0")
    assert '<label class="govuk-label govuk-checkboxes__label" for="id_needs_1">Health</label>' in html


def test_a_single_checkbox_has_its_label_and_hint_beside_it() -> None:
    html = field_html(ReferralForm(), "consent")

    element = tag(html, "id_consent")
    assert 'type="checkbox"' in element
    assert 'class="govuk-checkboxes__input"' in element
    assert 'aria-describedby="id_consent-hint"' in element
    assert '<label class="govuk-label govuk-checkboxes__label" for="id_consent">' in html
    assert '<div id="id_consent-hint" class="govuk-hint govuk-checkboxes__hint">Ask them in person</div>' in html


def test_a_date_is_three_boxes_in_a_group_fieldset() -> None:
    html = field_html(ReferralForm(), "referred_on")

    assert '<fieldset class="govuk-fieldset" role="group" aria-describedby="id_referred_on-hint">' in html
    assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Date referred</legend>' in html
    assert '<div class="govuk-date-input" id="id_referred_on">' in html
    for part, label, width in [("day", "Day", 2), ("month", "Month", 2), ("year", "Year", 4)]:
        assert f'<label class="govuk-label govuk-date-input__label" for="id_referred_on_{part}">{label}</label>' in html
        element = tag(html, f"id_referred_on_{part}")
        assert f'name="referred_on_{part}"' in element
        assert f'class="govuk-input govuk-date-input__input govuk-input--width-{width}"' in element
        assert 'inputmode="numeric"' in element
        assert 'type="text"' in element
        assert "aria-describedby" not in element


def test_a_date_shows_a_saved_value_in_its_three_boxes() -> None:
    from datetime import date

    html = field_html(ReferralForm(initial={"date_of_birth": date(2009, 5, 17)}), "date_of_birth")

    assert 'value="17"' in tag(html, "id_date_of_birth_day")
    assert 'value="5"' in tag(html, "id_date_of_birth_month")
    assert 'value="2009"' in tag(html, "id_date_of_birth_year")


def test_a_date_in_error_keeps_what_was_typed_and_marks_only_the_missing_box(invalid_form: ReferralForm) -> None:
    html = field_html(invalid_form, "referred_on")

    assert 'aria-describedby="id_referred_on-hint id_referred_on-error"' in html
    assert "Date referred must include a day" in html
    assert "govuk-input--error" in tag(html, "id_referred_on_day")
    assert "govuk-input--error" not in tag(html, "id_referred_on_month")
    assert 'value="4"' in tag(html, "id_referred_on_month")
    assert 'value="2025"' in tag(html, "id_referred_on_year")


def test_an_unreal_date_marks_all_three_boxes(invalid_form: ReferralForm) -> None:
    html = field_html(invalid_form, "date_of_birth")

    assert "Date of birth must be a real date" in html
    for part in ("day", "month", "year"):
        assert "govuk-input--error" in tag(html, f"id_date_of_birth_{part}")
    assert 'value="31"' in tag(html, "id_date_of_birth_day")


def test_the_error_summary_links_each_error_to_the_first_input_of_its_field(invalid_form: ReferralForm) -> None:
    html = " ".join(render_to_string("includes/error_summary.html", {"form": invalid_form}).split())

    assert '<div class="govuk-error-summary" data-module="govuk-error-summary"> <div role="alert">' in html
    assert '<h2 class="govuk-error-summary__title">There is a problem</h2>' in html
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', html)
    assert links == [
        ("id_name", "Enter full name"),
        ("id_team", "Select team"),
        ("id_risk_0", "Select risk of harm"),
        ("id_needs_0", "Select needs"),
        ("id_consent", "Tick ‘The child agreed to the referral’ to continue"),
        ("id_date_of_birth_day", "Date of birth must be a real date"),
        ("id_referred_on_day", "Date referred must include a day"),
    ]


def test_a_required_message_names_the_field_unless_the_form_gave_its_own() -> None:
    class ContactForm(GovukForm):
        attended = forms.ChoiceField(label="Did they attend?", choices=[("y", "Yes"), ("n", "No")])
        venue = forms.CharField(error_messages={"required": "Enter where you met"})
        NHS_number = forms.CharField(label="NHS number")

    form = ContactForm(data={})
    form.is_valid()

    assert form.errors == {
        "attended": ["Answer ‘Did they attend?’"],
        "venue": ["Enter where you met"],
        "NHS_number": ["Enter NHS number"],
    }


def test_the_error_summary_lists_errors_that_belong_to_no_field() -> None:
    class SaveForm(GovukForm):
        def clean(self) -> dict[str, object]:
            raise forms.ValidationError("Someone else changed this record while you were editing it")

    form = SaveForm(data={})
    form.is_valid()
    html = render_to_string("includes/error_summary.html", {"form": form})

    assert "<li>Someone else changed this record while you were editing it</li>" in html


def test_no_error_summary_for_a_form_without_errors() -> None:
    assert render_to_string("includes/error_summary.html", {"form": ReferralForm()}).strip() == ""


def test_a_whole_form_renders_hidden_fields_first_and_every_visible_field() -> None:
    class EditForm(GovukForm):
        version = forms.IntegerField(widget=forms.HiddenInput, initial=3)
        name = forms.CharField()

    html = str(EditForm())

    assert html.index('type="hidden"') < html.index('class="govuk-form-group"')
    assert 'name="version" value="3"' in html


def test_a_password_is_the_password_input_with_a_show_button_that_needs_javascript() -> None:
    class PasswordForm(GovukForm):
        password = forms.CharField(label="Password", widget=forms.PasswordInput)

    html = field_html(PasswordForm(), "password")

    assert html.startswith(
        '<div class="govuk-form-group govuk-password-input" data-module="govuk-password-input"'
    )
    element = tag(html, "id_password")
    assert 'type="password"' in element
    assert 'class="govuk-input govuk-password-input__input govuk-js-password-input-input"' in element
    assert 'spellcheck="false"' in element
    assert (
        '<button type="button" class="govuk-button govuk-button--secondary govuk-password-input__toggle'
        ' govuk-js-password-input-toggle" data-module="govuk-button" aria-controls="id_password"'
        ' aria-label="Show password" hidden>Show</button>'
    ) in html
