"""The form for a health intervention, in GOV.UK markup; the service checks it again."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateInput, GovukModelForm
from yjs.core.record_forms import differences
from yjs.health.models import HealthIntervention
from yjs.health.services import FIELDS


class InterventionForm(GovukModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = HealthIntervention
        fields = FIELDS
        widgets = {
            "need": forms.RadioSelect,
            "intervention_type": forms.RadioSelect,
            "offered_on": GovukDateInput,
            "response": forms.RadioSelect,
            "started_on": GovukDateInput,
            "ended_on": GovukDateInput,
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "intervention_type": _(
                "Mental health and wellbeing: getting advice, getting help, getting more help or getting risk support. "
                "Substance misuse: targeted intervention, specialist treatment or complex care."
            ),
        }
        error_messages = {
            "need": {"required": _("Select the need the intervention answers")},
            "intervention_type": {"required": _("Select the type of intervention")},
            "provider": {"required": _("Enter the provider")},
            "offered_on": {"required": _("Enter the date it was offered")},
            "response": {"required": _("Select whether the child took it up")},
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields["version"].initial = self.instance.version

    def differences_from(self, saved: Any) -> list[tuple[str, str]]:
        return differences(self, saved)
