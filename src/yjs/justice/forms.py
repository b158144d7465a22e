"""Forms for recording an offence and an outcome for a child."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.children.models import Child
from yjs.core.forms import GovukDateInput, GovukModelForm
from yjs.justice.models import Offence, Outcome, OutcomeType
from yjs.lib.formats import long_date


class OffenceForm(GovukModelForm):
    class Meta:
        model = Offence
        fields = ("offence_date", "description", "category", "seriousness", "gravity", "police_reference")
        widgets = {
            "offence_date": GovukDateInput,
            "seriousness": forms.NumberInput(attrs={"class": "govuk-input--width-2", "min": 1, "max": 8}),
            "gravity": forms.NumberInput(attrs={"class": "govuk-input--width-2", "min": 1, "max": 5}),
        }
        help_texts = {"offence_date": _("For example, 1 3 2025")}
        error_messages = {
            "offence_date": {"required": _("Enter the date of the offence")},
            "description": {"required": _("Enter a description of the offence")},
            "category": {"required": _("Select the offence category")},
            "seriousness": {
                "required": _("Enter the YJB seriousness score"),
                "invalid": _("YJB seriousness score must be a whole number from 1 to 8"),
                "min_value": _("YJB seriousness score must be a whole number from 1 to 8"),
                "max_value": _("YJB seriousness score must be a whole number from 1 to 8"),
            },
            "gravity": {
                "invalid": _("Police gravity score must be a whole number from 1 to 5"),
                "min_value": _("Police gravity score must be a whole number from 1 to 5"),
                "max_value": _("Police gravity score must be a whole number from 1 to 5"),
            },
        }

    def __init__(self, *args: Any, child: Child, **kwargs: Any) -> None:
        # The instance knows the child, so the model's own check of the child's age at the offence runs here.
        kwargs.setdefault("instance", Offence(child=child, service_id=child.service_id))
        super().__init__(*args, **kwargs)


class OutcomeTypeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: OutcomeType) -> str:  # type: ignore[override]
        if obj.valid_to:
            return _("%(name)s (until %(day)s)") % {"name": obj.name, "day": long_date(obj.valid_to)}
        return obj.name


class OutcomeForm(GovukModelForm):
    # Every registry entry is offered; whether it was valid on the outcome date is the model's rule to check.
    outcome_type = OutcomeTypeChoiceField(
        label=_("Outcome"),
        queryset=OutcomeType.objects.order_by("severity_rank", "code"),
        error_messages={
            "required": _("Select the outcome"),
            "invalid_choice": _("Select an outcome from the list."),
        },
    )

    class Meta:
        model = Outcome
        fields = (
            "outcome_type",
            "offences",
            "outcome_date",
            "court",
            "start_date",
            "end_date",
            "length_months",
            "release_date",
        )
        widgets = {
            "offences": forms.CheckboxSelectMultiple,
            "outcome_date": GovukDateInput,
            "start_date": GovukDateInput,
            "end_date": GovukDateInput,
            "release_date": GovukDateInput,
            "length_months": forms.NumberInput(attrs={"class": "govuk-input--width-2", "min": 0}),
        }
        help_texts = {
            "offences": _("Select each offence the outcome was given for"),
            "court": _("Court outcomes only"),
        }
        error_messages = {
            "outcome_date": {"required": _("Enter the outcome date")},
            "length_months": {"invalid": _("Length in months must be a whole number")},
        }

    def __init__(self, *args: Any, child: Child, **kwargs: Any) -> None:
        kwargs.setdefault("instance", Outcome(child=child, service_id=child.service_id))
        super().__init__(*args, **kwargs)
        offences = self.fields["offences"]
        assert isinstance(offences, forms.ModelMultipleChoiceField)
        # Only this child's offences can be chosen: another child's offence is refused as an invalid choice.
        offences.queryset = Offence.objects.filter(child=child, archived_at__isnull=True).order_by("-offence_date")
        if not self.is_bound and not self.initial.get("offences"):
            # The usual case is an outcome for the offences still waiting for one: tick those to start with.
            waiting = offences.queryset.filter(outcomes__isnull=True).values_list("pk", flat=True)
            self.initial["offences"] = list(waiting)
        offences.error_messages["required"] = _("Select at least one offence the outcome is for.")
        offences.error_messages["invalid_choice"] = _("Select offences of this child only.")
        offences.error_messages["invalid_pk_value"] = _("Select offences of this child only.")
