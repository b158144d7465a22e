"""Forms for screening, the proposal, the brief assessment, the partner agencies and the pipeline list.

They check what was typed; the services in diversion.services decide what is allowed.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.casework.forms import AllocationForm
from yjs.core.forms import GovukForm, GovukModelForm
from yjs.core.models import LocalAuthority, PartnerAgency, User
from yjs.diversion.models import BriefAssessment, Proposal, ScreeningRequest
from yjs.diversion.rules import DiversionRules
from yjs.diversion.selectors import OVERDUE_KINDS
from yjs.diversion.services.proposal import ASSESSMENT_FIELDS, PROPOSAL_FIELDS
from yjs.diversion.services.screening import RESPONSE_FIELDS
from yjs.diversion.vocabularies import OPEN_STAGES, Decision, Stage


class VersionField(forms.IntegerField):
    """The version of the record the page was opened at, so that a stale save is refused."""

    def __init__(self) -> None:
        super().__init__(widget=forms.HiddenInput, required=False)


class ScreeningAnswerForm(GovukModelForm):
    version = VersionField()

    class Meta:
        model = ScreeningRequest
        fields = RESPONSE_FIELDS
        widgets = {
            "child_known": forms.RadioSelect,
            "family_known": forms.RadioSelect,
            "information": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "information": _("Needed if the child or family is known: current involvement, worker, plans, and any risks.")
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["child_known"].required = True
        self.fields["family_known"].required = True
        self.fields["version"].initial = self.instance.version if self.instance.pk else None


class AgencyForm(GovukModelForm):
    class Meta:
        model = PartnerAgency
        fields = ["name", "screens_out_of_court", "active"]
        help_texts = {"active": _("An agency that is not active is not asked about new cases; its answers are kept")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            del self.fields["active"]

    def validate_unique(self) -> None:
        # The service checks names within the service (the form does not know the service).
        pass


class ProposalForm(GovukModelForm):
    version = VersionField()

    class Meta:
        model = Proposal
        fields = PROPOSAL_FIELDS
        widgets = {
            "proposed_outcome": forms.RadioSelect,
            "reasons": forms.Textarea(attrs={"rows": 6}),
            "seriousness": forms.NumberInput(attrs={"class": "govuk-input--width-2", "inputmode": "numeric"}),
        }

    def __init__(self, *args: Any, rules: DiversionRules, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        assessed = [str(Decision(code).label).lower() for code in Decision.values if code in rules.assessed_decisions]
        field = self.fields["brief_assessment_needed"]
        field.help_text = _("Always needed for a proposal of %(outcomes)s: it is ticked for you") % {
            "outcomes": ", ".join(assessed)
        }
        chosen = self.data.get("proposed_outcome") if self.is_bound else None
        if chosen in rules.assessed_decisions:
            field.initial = True
            field.disabled = True
        self.fields["seriousness"].help_text = _("YJB offence seriousness, 1 (least serious) to 8 (most serious)")


class AllocateAssessmentForm(AllocationForm):
    """Allocating a brief assessment reads as allocating a case: those who know the child come first."""

    case_manager = forms.ModelChoiceField(
        label=_("Who should do the brief assessment?"),
        queryset=User.objects.none(),
        widget=forms.RadioSelect,
        error_messages={"required": _("Select who should do the brief assessment")},
    )


class BriefAssessmentForm(GovukModelForm):
    version = VersionField()

    class Meta:
        model = BriefAssessment
        fields = ASSESSMENT_FIELDS
        widgets = {
            "needs": forms.Textarea(attrs={"rows": 6}),
            "summary": forms.Textarea(attrs={"rows": 6}),
            "recommended_outcome": forms.RadioSelect,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["recommended_outcome"].choices = Decision.choices
        self.fields["version"].initial = self.instance.version if self.instance.pk else None


OVERDUE_LABELS = {
    "screening": _("Screening overdue"),
    "assessment": _("Brief assessment overdue"),
    "escalation": _("Escalation overdue"),
    "delivery": _("Outcome not delivered in time"),
    "not_engaging": _("Not engaging"),
}
SORT_CHOICES = [
    ("notified", _("Date notified, newest first")),
    ("notified_asc", _("Date notified, oldest first")),
    ("stage", _("Stage")),
]


class PipelineFilterForm(GovukForm):
    q = forms.CharField(label=_("Name or police reference"), required=False, max_length=100)
    stage = forms.MultipleChoiceField(
        label=_("Stage"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(s.value, s.label) for s in Stage if s in OPEN_STAGES],
    )
    overdue = forms.MultipleChoiceField(
        label=_("Overdue"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(kind, OVERDUE_LABELS[kind]) for kind in OVERDUE_KINDS],
    )
    mine = forms.BooleanField(label=_("Brief assessments assigned to me"), required=False)
    local_authority = forms.ModelChoiceField(
        label=_("Local authority"), queryset=LocalAuthority.objects.none(), required=False, empty_label=_("All")
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)

    def __init__(self, *args: Any, service_id: int | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["local_authority"].queryset = LocalAuthority.objects.filter(service_id=service_id)


class ScreeningFilterForm(GovukForm):
    agency = forms.ModelChoiceField(
        label=_("Agency"), queryset=PartnerAgency.objects.none(), required=False, empty_label=_("All agencies")
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args: Any, service_id: int | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = PartnerAgency.objects.filter(service_id=service_id)
