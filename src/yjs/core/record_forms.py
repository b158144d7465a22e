"""What the forms that change a saved record share: the version they were opened at, how the record as saved
now differs from what the user typed, and the reason asked for when a record made in error is removed."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukForm, GovukModelForm
from yjs.lib.formats import long_date


def _saved_value(saved: Any, name: str) -> str:
    field = type(saved)._meta.get_field(name)
    value = getattr(saved, f"get_{name}_display")() if field.choices else getattr(saved, name)
    if isinstance(value, bool):
        value = _("Yes") if value else _("No")
    elif isinstance(value, date):
        value = long_date(value)
    return str(value) if value not in (None, "") else "—"


def differences(form: forms.BaseForm, saved: Any) -> list[tuple[str, str]]:
    """Where the record as saved now differs from what the user typed: each field's label and saved value."""
    return [
        (str(form.fields[name].label), _saved_value(saved, name))
        for name, typed in form.cleaned_data.items()
        if name != "version" and getattr(saved, name) != typed
    ]


class VersionedForm(GovukModelForm):
    """Carries the version the record was opened at, so that a save from a stale page is refused
    (yjs.core.concurrency) rather than overwriting someone else's change."""

    # Declared here: a field on a plain mixin class is not picked up by Django's form metaclass.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields["version"].initial = self.instance.version

    def differences_from(self, saved: Any) -> list[tuple[str, str]]:
        return differences(self, saved)


class RemoveForm(GovukForm):
    """Why a record made in error is being removed: kept with the record, which stays in its history."""

    reason = forms.CharField(
        label=_("Why is it being removed?"),
        help_text=_("For example, recorded in error"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter why it is being removed")},
    )
