"""GOV.UK Design System markup for Django forms.

Every form renders through these templates, so a field shows its label, hint and error message the
way the Design System prescribes, and a form that fails validation keeps what the user typed.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.renderers import TemplatesSetting

_WIDGET_CLASSES: list[tuple[type[forms.Widget], str]] = [
    (forms.RadioSelect, "govuk-radios__input"),
    (forms.CheckboxSelectMultiple, "govuk-checkboxes__input"),
    (forms.CheckboxInput, "govuk-checkboxes__input"),
    (forms.Textarea, "govuk-textarea"),
    (forms.Select, "govuk-select"),
    (forms.FileInput, "govuk-file-upload"),
    (forms.widgets.Input, "govuk-input"),
]


class GovukFormRenderer(TemplatesSetting):
    form_template_name = "forms/govuk_form.html"
    field_template_name = "forms/govuk_field.html"


def widget_kind(widget: forms.Widget) -> str:
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


class GovukFormMixin:
    """Adds the Design System's classes, and error styling, to each widget."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for field in self.fields.values():
            for widget_type, css in _WIDGET_CLASSES:
                if isinstance(field.widget, widget_type):
                    existing = field.widget.attrs.get("class", "")
                    field.widget.attrs["class"] = f"{css} {existing}".strip()
                    break

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        for name in getattr(self, "errors", {}):
            if name in self.fields:
                widget = self.fields[name].widget
                css = widget.attrs.get("class", "")
                for base in ("govuk-input", "govuk-textarea", "govuk-select"):
                    if base in css.split() and f"{base}--error" not in css:
                        widget.attrs["class"] = f"{css} {base}--error"
                        break


class GovukForm(GovukFormMixin, forms.Form):
    pass


class GovukModelForm(GovukFormMixin, forms.ModelForm):
    pass


class GovukDateInput(forms.DateInput):
    """A date typed as day, month and year in one field (YYYY-MM-DD or DD/MM/YYYY accepted)."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")
        self.attrs.setdefault("class", "govuk-input govuk-input--width-10")


class VersionedFormMixin:
    """Carries the record's version through the page, so a stale save can be refused."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
