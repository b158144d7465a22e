"""The dashboard's period chooser: the year ending a quarter that has ended."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukFormMixin
from yjs.performance.periods import PeriodError, Quarter, last_complete_quarter


class PeriodForm(GovukFormMixin, forms.Form):
    year_ending = forms.CharField(
        label=_("Year ending"),
        required=False,
        max_length=10,
        help_text=_("A quarter of the financial year, for example 2024Q4 for the 12 months to March 2025"),
        widget=forms.TextInput(attrs={"class": "govuk-input--width-5", "spellcheck": "false"}),
    )

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.latest = last_complete_quarter(today)

    def clean_year_ending(self) -> Quarter:
        text = self.cleaned_data["year_ending"].strip()
        if not text:
            return self.latest
        try:
            quarter = Quarter.parse(text)
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from error
        if quarter > self.latest:
            raise forms.ValidationError(
                _("Year ending must be a quarter that has ended: %(latest)s or earlier") % {"latest": self.latest}
            )
        return quarter

    def quarter(self) -> Quarter:
        """The chosen quarter, or the last complete one when the choice is missing or wrong."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["year_ending"]
        return self.latest
