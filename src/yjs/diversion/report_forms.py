"""Forms for the timeliness report's filters and for the scrutiny panel's samples and findings."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateField, GovukFormMixin
from yjs.core.models import LocalAuthority
from yjs.diversion.sampling import MAX_SEED
from yjs.diversion.vocabularies import ScrutinyFinding

DEFAULT_SAMPLE_SIZE = 10


class TimelinessFilterForm(GovukFormMixin, forms.Form):
    notified_from = GovukDateField(label=_("Notified from"), required=False, help_text=_("For example, 1 4 2025"))
    notified_to = GovukDateField(label=_("Notified to"), required=False)
    local_authority = forms.ModelChoiceField(
        label=_("Local authority"),
        queryset=LocalAuthority.objects.none(),
        required=False,
        empty_label=_("All local authorities"),
    )

    def __init__(self, *args: Any, authorities: QuerySet[LocalAuthority], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["local_authority"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = authorities

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("notified_from"), data.get("notified_to")
        if start and end and end < start:
            self.add_error("notified_to", _("Notified to must be the same as or after notified from"))
        return data


class ScrutinyDrawForm(GovukFormMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False, help_text=_("For example, Quarter 1 review"))
    decided_from = GovukDateField(label=_("Decisions from"))
    decided_to = GovukDateField(label=_("Decisions to"))
    size = forms.IntegerField(
        label=_("Sample size"),
        min_value=1,
        max_value=200,
        initial=DEFAULT_SAMPLE_SIZE,
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
        error_messages={
            "required": _("Enter the sample size"),
            "invalid": _("Sample size must be a whole number from 1 to 200"),
            "min_value": _("Sample size must be a whole number from 1 to 200"),
            "max_value": _("Sample size must be a whole number from 1 to 200"),
        },
    )
    seed = forms.IntegerField(
        label=_("Seed (optional)"),
        min_value=0,
        max_value=MAX_SEED,
        required=False,
        help_text=_("To draw a sample again, enter its seed and the same dates. Leave blank for a new random sample."),
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-10"}),
        error_messages={
            "invalid": _("Seed must be a whole number"),
            "min_value": _("Seed must be a whole number from 0 to 2147483647"),
            "max_value": _("Seed must be a whole number from 0 to 2147483647"),
        },
    )


class ScrutinyFindingForm(GovukFormMixin, forms.Form):
    finding = forms.ChoiceField(
        label=_("The panel's finding"),
        choices=ScrutinyFinding.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select the panel's finding")},
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Needed unless the decision is consistent: what the panel found and the learning from it"),
    )
    version = forms.IntegerField(widget=forms.HiddenInput)
