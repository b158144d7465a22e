"""The improvement plan's forms: their fields are the services' fields, so a form saves exactly what it shows."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateField, GovukDateInput, GovukForm, GovukModelForm
from yjs.core.models import User
from yjs.core.roles import Role
from yjs.governance.improvement_services import ACTION_FIELDS, RECOMMENDATION_FIELDS
from yjs.governance.models import Action, Recommendation
from yjs.governance.vocabularies import PlanOwner, PlanStatus

# Staff who may own an action: the service's own people, not its partners' screeners or the board's accounts.
ACTION_OWNER_ROLES = (Role.CASE_MANAGER, Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.POLICE_OFFICER, Role.HEALTH_WORKER)


class RecommendationForm(GovukModelForm):
    class Meta:
        model = Recommendation
        fields = list(RECOMMENDATION_FIELDS)
        widgets = {
            "source_kind": forms.RadioSelect,
            "made_on": GovukDateInput,
            "owner": forms.RadioSelect,
            "number": forms.TextInput(attrs={"class": "govuk-input--width-3", "inputmode": "numeric"}),
            "text": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, service_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.service_id = service_id


class ActionForm(GovukModelForm):
    class Meta:
        model = Action
        fields = list(ACTION_FIELDS)
        widgets = {"what": forms.Textarea(attrs={"rows": 3}), "due_on": GovukDateInput}

    def __init__(self, *args: Any, recommendation: Recommendation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.recommendation = recommendation
        staff = User.objects.filter(service_id=recommendation.service_id, role__in=ACTION_OWNER_ROLES, is_active=True)
        self.fields["owner_staff"].queryset = staff.order_by("last_name", "first_name")  # type: ignore[attr-defined]
        self.fields["owner_staff"].empty_label = _("A partner, named below")  # type: ignore[attr-defined]
        self.fields["owner_staff"].label_from_instance = lambda u: u.get_full_name() or u.get_username()  # type: ignore[attr-defined]


class DoneForm(GovukForm):
    done_on = GovukDateField(label=_("Date done"), past=True, help_text=_("For example, 31 3 2026"))


class CloseForm(GovukForm):
    closed_on = GovukDateField(label=_("Date closed"), past=True, help_text=_("For example, 31 3 2026"))


class ProgressForm(GovukForm):
    written_on = GovukDateField(label=_("Date"), past=True, help_text=_("For example, 31 3 2026"))
    action = forms.ModelChoiceField(
        label=_("About which action"),
        queryset=Action.objects.none(),
        required=False,
        empty_label=_("The recommendation as a whole"),
    )
    text = forms.CharField(
        label=_("Progress"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What has been done and what is next. Name no child."),
    )

    def __init__(self, *args: Any, recommendation: Recommendation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["action"].queryset = recommendation.actions.all()  # type: ignore[attr-defined]


class PlanFilterForm(GovukForm):
    owner = forms.ChoiceField(label=_("Owner"), choices=[("", _("Any owner")), *PlanOwner.choices], required=False)
    status = forms.ChoiceField(label=_("Status"), choices=[("", _("Any status")), *PlanStatus.choices], required=False)
