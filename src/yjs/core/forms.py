"""GOV.UK Design System markup for Django forms.

Every form renders through these templates, so a field shows its label, hint and error message the
way the Design System prescribes, and a form that fails validation keeps what the user typed.
Dates are asked for as day, month and year in three boxes (the Design System's date input), with its
error messages ("Date of birth must include a month", "... must be a real date").
"""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting
from django.forms.utils import pretty_name
from django.utils.translation import gettext_lazy as _

# Most specific first: CheckboxSelectMultiple is a RadioSelect, CheckboxInput an Input.
_WIDGET_CLASSES: list[tuple[type[forms.Widget], str]] = [
    (forms.CheckboxSelectMultiple, "govuk-checkboxes__input"),
    (forms.RadioSelect, "govuk-radios__input"),
    (forms.CheckboxInput, "govuk-checkboxes__input"),
    (forms.Textarea, "govuk-textarea"),
    (forms.Select, "govuk-select"),
    (forms.FileInput, "govuk-file-upload"),
    (forms.PasswordInput, "govuk-input govuk-password-input__input govuk-js-password-input-input"),
    (forms.widgets.Input, "govuk-input"),
]
_ERROR_CLASSES = ("govuk-input", "govuk-textarea", "govuk-select", "govuk-file-upload")


class GovukFormRenderer(TemplatesSetting):
    form_template_name = "forms/govuk_form.html"
    field_template_name = "forms/govuk_field.html"


DATE_PARTS = ("day", "month", "year")
_PART_LABELS = {"day": _("Day"), "month": _("Month"), "year": _("Year")}
# Separates what was typed in each box when the three do not make a date, so the page can show it again.
# Anything else must stay an ISO date, which a plain DateField understands.
_PARTS_SEPARATOR = "|"


class GovukDateInput(forms.MultiWidget):
    """The Design System's date input: day, month and year as three boxes in one fieldset.

    The value it reads from a form is an ISO date ("2009-05-17") when the three boxes make one, so a plain
    ``forms.DateField`` works with it; otherwise the typed parts, for ``GovukDateField`` to explain what is
    wrong. A post that carries the field's own name instead of the three parts (an ISO date, as a test or
    script might send) is read as it is.
    """

    template_name = "forms/widgets/govuk_date_input.html"
    use_fieldset = True

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        widgets = {
            part: forms.TextInput(
                attrs={
                    "class": f"govuk-input govuk-date-input__input govuk-input--width-{4 if part == 'year' else 2}",
                    "inputmode": "numeric",
                }
            )
            for part in DATE_PARTS
        }
        super().__init__(widgets, attrs)
        # Which boxes to mark as wrong; set when the field fails validation.
        self.error_parts: tuple[str, ...] = ()

    def decompress(self, value: Any) -> list[str]:
        if isinstance(value, datetime.date):
            return [str(value.day), str(value.month), str(value.year)]
        if isinstance(value, str) and value:
            if _PARTS_SEPARATOR in value:
                parts = value.split(_PARTS_SEPARATOR)
                return parts if len(parts) == 3 else ["", "", ""]
            try:
                parsed = datetime.date.fromisoformat(value.strip())
            except ValueError:
                return ["", "", ""]
            return [str(parsed.day), str(parsed.month), str(parsed.year)]
        return ["", "", ""]

    def value_from_datadict(self, data: Any, files: Any, name: str) -> str | None:
        if all(f"{name}_{part}" not in data for part in DATE_PARTS):
            return data.get(name)
        day, month, year = (str(data.get(f"{name}_{part}") or "").strip() for part in DATE_PARTS)
        if not (day or month or year):
            return ""
        if day.isdigit() and month.isdigit() and year.isdigit() and len(year) == 4:
            try:
                return datetime.date(int(year), int(month), int(day)).isoformat()
            except ValueError:
                pass
        return _PARTS_SEPARATOR.join([day, month, year])

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return name not in data and all(f"{name}_{part}" not in data for part in DATE_PARTS)

    def id_for_label(self, id_: str) -> str:
        # The error summary links here: the first box.
        return f"{id_}_day" if id_ else ""

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        id_ = context["widget"]["attrs"].get("id")
        for part, subwidget in zip(DATE_PARTS, context["widget"]["subwidgets"], strict=True):
            sub_attrs = subwidget["attrs"]
            # The group's description belongs on the fieldset, not on each box (Design System).
            sub_attrs.pop("aria-describedby", None)
            if id_:
                sub_attrs["id"] = f"{id_}_{part}"
            if part in self.error_parts:
                sub_attrs["class"] = f"{sub_attrs['class']} govuk-input--error"
            subwidget["part_label"] = _PART_LABELS[part]
        return context


class _DatePartsError(ValidationError):
    def __init__(self, message: Any, code: str, parts: tuple[str, ...]) -> None:
        super().__init__(message, code=code)
        self.parts = parts


_MISSING_MESSAGES = {
    ("day",): _("%(label)s must include a day"),
    ("month",): _("%(label)s must include a month"),
    ("year",): _("%(label)s must include a year"),
    ("day", "month"): _("%(label)s must include a day and month"),
    ("day", "year"): _("%(label)s must include a day and year"),
    ("month", "year"): _("%(label)s must include a month and year"),
}


def _sentence_start(label: str) -> str:
    return label[:1].upper() + label[1:]


def _in_sentence(label: str) -> str:
    # "Date of birth" reads "Enter date of birth"; an acronym such as "NHS number" keeps its capitals.
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


class GovukDateField(forms.DateField):
    """A date asked for in three boxes, with the Design System's error messages.

    ``past=True`` refuses a date after today ("... must be today or in the past").
    """

    widget = GovukDateInput

    def __init__(self, *, past: bool = False, **kwargs: Any) -> None:
        self.past = past
        self._own_messages = set(kwargs.get("error_messages") or {})
        super().__init__(**kwargs)

    def _label(self) -> str:
        return str(self.label or _("date"))

    def to_python(self, value: Any) -> datetime.date | None:
        if isinstance(value, str) and _PARTS_SEPARATOR in value:
            self._explain_parts(value.split(_PARTS_SEPARATOR))
        try:
            return super().to_python(value)
        except ValidationError:
            if "invalid" in self._own_messages:
                raise
            raise _DatePartsError(
                _("%(label)s must be a real date") % {"label": _sentence_start(self._label())}, "invalid", DATE_PARTS
            ) from None

    def _explain_parts(self, parts: list[str]) -> None:
        label = _sentence_start(self._label())
        if len(parts) != 3:
            raise _DatePartsError(_("%(label)s must be a real date") % {"label": label}, "invalid", DATE_PARTS)
        typed = dict(zip(DATE_PARTS, parts, strict=True))
        missing = tuple(part for part in DATE_PARTS if not typed[part])
        if missing:
            raise _DatePartsError(_MISSING_MESSAGES[missing] % {"label": label}, "incomplete", missing)
        not_numbers = tuple(part for part in DATE_PARTS if not typed[part].isdigit())
        if not_numbers:
            raise _DatePartsError(_("%(label)s must be a real date") % {"label": label}, "invalid", not_numbers)
        if len(typed["year"]) != 4:
            raise _DatePartsError(_("Year must include 4 numbers"), "invalid_year", ("year",))
        raise _DatePartsError(_("%(label)s must be a real date") % {"label": label}, "invalid", DATE_PARTS)

    def validate(self, value: datetime.date | None) -> None:
        if value in self.empty_values and self.required and "required" not in self._own_messages:
            raise _DatePartsError(_("Enter %(label)s") % {"label": _in_sentence(self._label())}, "required", DATE_PARTS)
        super().validate(value)
        if self.past and value is not None and value > datetime.date.today():
            raise _DatePartsError(
                _("%(label)s must be today or in the past") % {"label": _sentence_start(self._label())},
                "future",
                DATE_PARTS,
            )

    def clean(self, value: Any) -> datetime.date | None:
        try:
            return super().clean(value)
        except ValidationError as error:
            if isinstance(self.widget, GovukDateInput):
                self.widget.error_parts = getattr(error, "parts", DATE_PARTS)
            raise


def widget_kind(widget: forms.Widget) -> str:
    if isinstance(widget, GovukDateInput):
        return "date"
    if isinstance(widget, forms.RadioSelect) and not isinstance(widget, forms.CheckboxSelectMultiple):
        return "radios"
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    if isinstance(widget, forms.PasswordInput):
        return "password"
    return "input"


class GovukFormMixin:
    """Adds the Design System's classes, and error styling, to each widget.

    The browser's own validation is off (no ``required`` attributes): the Design System asks for the
    service's error messages and summary instead, which also work the same without JavaScript.
    """

    fields: dict[str, forms.Field]
    use_required_attribute = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for name, field in self.fields.items():
            if isinstance(field.widget, GovukDateInput):
                _make_govuk_date_field(name, field)
                continue
            if widget_kind(field.widget) == "radios":
                _drop_blank_choice(field)
            _name_the_field_when_required(name, field)
            for widget_type, css in _WIDGET_CLASSES:
                if isinstance(field.widget, widget_type):
                    existing = field.widget.attrs.get("class", "")
                    if css.split()[0] not in existing.split():
                        field.widget.attrs["class"] = f"{css} {existing}".strip()
                    break
            if isinstance(field.widget, forms.PasswordInput):
                field.widget.attrs.update({"spellcheck": "false", "autocapitalize": "none"})

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        self._style_errors()

    def add_error(self, field: str | None, error: Any) -> None:
        # A view adds a service's refusal after validation: that field needs its error styling too.
        super().add_error(field, error)  # type: ignore[misc]
        self._style_errors()

    def _style_errors(self) -> None:
        for name in getattr(self, "_errors", None) or {}:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            if isinstance(widget, GovukDateInput):
                # An error from the form's own clean() names no box: mark them all.
                widget.error_parts = widget.error_parts or DATE_PARTS
                continue
            css = widget.attrs.get("class", "")
            for base in _ERROR_CLASSES:
                if base in css.split() and f"{base}--error" not in css.split():
                    widget.attrs["class"] = f"{css} {base}--error"
                    break


_DJANGO_REQUIRED = forms.Field.default_error_messages["required"]


def _name_the_field_when_required(name: str, field: forms.Field) -> None:
    """Replace "This field is required." with a message that names the field, as the Design System asks.

    The error summary lists every message; a list of identical ones does not tell anyone what to fix.
    """
    if field.error_messages.get("required") != _DJANGO_REQUIRED:
        return
    label = str(field.label if field.label is not None else pretty_name(name))
    kind = widget_kind(field.widget)
    if label.endswith("?"):
        message = _("Answer ‘%(label)s’") % {"label": label}
    elif kind == "checkbox":
        message = _("Tick ‘%(label)s’ to continue") % {"label": label}
    elif kind in {"radios", "checkboxes"} or isinstance(field.widget, forms.Select):
        message = _("Select %(label)s") % {"label": _in_sentence(label)}
    else:
        message = _("Enter %(label)s") % {"label": _in_sentence(label)}
    field.error_messages["required"] = message


def _drop_blank_choice(field: forms.Field) -> None:
    # Radios show every choice; "---------" is a select's way of saying "none chosen yet".
    if isinstance(field, forms.ModelChoiceField):
        field.empty_label = None
    elif isinstance(field, forms.ChoiceField):
        field.choices = [choice for choice in field.choices if choice[0] not in ("", None)]


def _make_govuk_date_field(name: str, field: forms.Field) -> None:
    """A DateField given the three-box widget gets the three-box error messages too.

    Forms (and model forms) declare ``widget=GovukDateInput`` on an ordinary DateField; swapping the
    class of this form's own copy of the field keeps every option the form or the model gave it.
    """
    if field.label is None:
        field.label = pretty_name(name)
    if type(field) is forms.DateField:
        defaults = {**forms.Field.default_error_messages, **forms.DateField.default_error_messages}
        custom = {key for key, message in field.error_messages.items() if message != defaults.get(key)}
        field.__class__ = GovukDateField
        field.past = False  # type: ignore[attr-defined]
        field._own_messages = custom  # type: ignore[attr-defined]


class GovukForm(GovukFormMixin, forms.Form):
    pass


class GovukModelForm(GovukFormMixin, forms.ModelForm):
    pass

