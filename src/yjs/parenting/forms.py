"""Forms for parenting work and feedback. They check what was typed; the models and services decide the rest."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.core.forms import GovukDateInput, GovukForm, GovukModelForm
from yjs.core.record_forms import VersionedForm
from yjs.parenting import queries
from yjs.parenting.models import FeedbackResponse, ParentingProgramme, ParentingReferral
from yjs.parenting.services import FEEDBACK_FIELDS, PROGRAMME_FIELDS, PROGRESS_FIELDS, REFERRAL_FIELDS
from yjs.parenting.vocabularies import HIGHEST_SCORE, LOWEST_SCORE, ReferralStatus


def _intervention_label(intervention: Intervention) -> str:
    ended = f" to {intervention.end_date:%-d %b %Y}" if intervention.end_date else ""
    return f"{intervention.outcome.outcome_type.name}, {intervention.start_date:%-d %b %Y}{ended}"


class ReferralForm(VersionedForm):
    class Meta:
        model = ParentingReferral
        fields = list(REFERRAL_FIELDS)
        widgets = {"referred_on": GovukDateInput, "basis": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"notes": _("For example, what the parent hopes to get from it")}

    def __init__(self, *args: Any, child: Child, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The model's own checks (a carer of this child, a programme of this service) need both before saving.
        self.instance.child = child
        self.instance.service_id = child.service_id
        self.fields["carer"].queryset = queries.carers_of(child)  # type: ignore[attr-defined]
        self.fields["carer"].empty_label = _("Choose a parent or carer")  # type: ignore[attr-defined]
        current = self.instance.programme_id if self.instance.pk else None
        self.fields["programme"].queryset = queries.programmes_of(child.service_id, current)  # type: ignore[attr-defined]
        self.fields["programme"].empty_label = _("Not chosen yet")  # type: ignore[attr-defined]


class ProgressForm(GovukModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = ParentingReferral
        fields = list(PROGRESS_FIELDS)
        widgets = {
            "status": forms.RadioSelect,
            "start_date": GovukDateInput,
            "end_date": GovukDateInput,
            "sessions_offered": forms.NumberInput(attrs={"class": "govuk-input--width-3", "inputmode": "numeric"}),
            "sessions_attended": forms.NumberInput(attrs={"class": "govuk-input--width-3", "inputmode": "numeric"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "start_date": _("The first session. Leave empty until it has taken place."),
            "end_date": _("When it was completed or withdrawn"),
            "sessions_offered": _("So far, including any to come that have a date"),
            "sessions_attended": _("So far"),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version
        self.fields["status"].choices = list(ReferralStatus.choices)  # type: ignore[attr-defined]
        for name in ("sessions_offered", "sessions_attended"):
            self.fields[name].required = False
            self.fields[name].error_messages["invalid"] = _("%(label)s must be a whole number") % {
                "label": self.fields[name].label.capitalize()  # type: ignore[union-attr]
            }

    def clean_sessions_offered(self) -> int:
        return self.cleaned_data.get("sessions_offered") or 0

    def clean_sessions_attended(self) -> int:
        return self.cleaned_data.get("sessions_attended") or 0


class FeedbackForm(VersionedForm):
    class Meta:
        model = FeedbackResponse
        fields = list(FEEDBACK_FIELDS)
        widgets = {
            "respondent": forms.RadioSelect,
            "given_on": GovukDateInput,
            "went_well": forms.Textarea(attrs={"rows": 3}),
            "could_be_better": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"may_quote": _("They agree to be quoted anonymously")}
        help_texts = {
            "carer": _("Only when a parent or carer gave the feedback"),
            "went_well": _("In their own words. Leave out names."),
            "could_be_better": _("In their own words. Leave out names."),
            "may_quote": _("Their words may then appear, with no name, in reports on the service"),
        }

    def __init__(self, *args: Any, child: Child, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.child = child
        self.instance.service_id = child.service_id
        interventions = self.fields["intervention"]
        interventions.queryset = queries.interventions_of(child)  # type: ignore[attr-defined]
        interventions.label_from_instance = _intervention_label  # type: ignore[attr-defined]
        interventions.empty_label = _("Choose an intervention")  # type: ignore[attr-defined]
        self.fields["carer"].queryset = queries.carers_of(child)  # type: ignore[attr-defined]
        self.fields["carer"].empty_label = _("Not a parent or carer")  # type: ignore[attr-defined]
        self.fields["score"] = forms.TypedChoiceField(
            label=_("Score out of 10"),
            help_text=_("0 is very poor and 10 is excellent"),
            choices=[(value, str(value)) for value in range(LOWEST_SCORE, HIGHEST_SCORE + 1)],
            coerce=int,
            widget=forms.RadioSelect(attrs={"class": "govuk-radios__input"}),
            error_messages={
                "required": _("Select a score out of 10"),
                "invalid_choice": _("The score must be a whole number from 0 to 10."),
            },
        )


class ProgrammeForm(GovukModelForm):
    class Meta:
        model = ParentingProgramme
        fields = list(PROGRAMME_FIELDS)
        help_texts = {"name": _("For example, Non-violent resistance"), "provider": _("Who runs it")}

    def __init__(self, *args: Any, service_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.service_id = service_id


class StatusFilterForm(GovukForm):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("Any status")), *ReferralStatus.choices])
