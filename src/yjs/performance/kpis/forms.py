"""The quarter chooser: every YJB quarter since the KPIs began (April 2023) up to the last complete one."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukForm
from yjs.performance.periods import Quarter, last_complete_quarter

FIRST_QUARTER = Quarter(2023, 1)


def quarters_to(today: date) -> list[Quarter]:
    """Newest first, so the default choice is at the top."""
    last = max(last_complete_quarter(today), FIRST_QUARTER)
    quarters = [last]
    while quarters[-1] > FIRST_QUARTER:
        quarters.append(quarters[-1].previous())
    return quarters


class QuarterForm(GovukForm):
    quarter = forms.ChoiceField(label=_("Quarter"))

    def __init__(self, *args: object, today: date, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["quarter"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(str(q), f"{q} ({q.window.label()})") for q in quarters_to(today)]

    def chosen(self, default: Quarter) -> Quarter:
        if self.is_bound and self.is_valid():
            return Quarter.parse(self.cleaned_data["quarter"])
        return default
