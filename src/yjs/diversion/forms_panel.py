"""Forms for the panel's pages. They check what was typed against the decision rules; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateInput, GovukForm
from yjs.core.models import User
from yjs.diversion import decision_rules
from yjs.diversion.vocabularies import Decision

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def _yes_no(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


class PanelMeetingForm(GovukForm):
    meeting_date = forms.DateField(label=_("Date of the panel"), widget=GovukDateInput())
    chair = forms.ModelChoiceField(
        label=_("Chair"), queryset=User.objects.none(), required=False, empty_label=_("Not decided yet")
    )
    police_attendees = forms.CharField(
        label=_("Police attending"), max_length=500, help_text=_("Names and roles, separated by commas")
    )
    yjs_attendees = forms.CharField(label=_("YJS attending"), max_length=500)
    early_help_attendees = forms.CharField(label=_("Early help attending"), max_length=500, required=False)
    other_attendees = forms.CharField(label=_("Others attending"), max_length=500, required=False)

    def __init__(self, *args: Any, chairs: QuerySet[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = chairs  # type: ignore[attr-defined]


def _decision_radios(label: str, **kwargs: Any) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=Decision.choices, widget=forms.RadioSelect, **kwargs)


class DecisionForm(GovukForm):
    police_position = _decision_radios(_("Police position"))
    yjs_position = _decision_radios(_("YJS position"))
    early_help_view = forms.CharField(
        label=_("Early help view (optional)"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    agreed = forms.ChoiceField(label=_("Did the police and the YJS agree?"), choices=YES_NO, widget=forms.RadioSelect)
    decision = _decision_radios(
        _("Decision"),
        help_text=_("If they did not agree, the outcome the chair recommends: the named manager makes the final decision"),
    )
    rationale = forms.CharField(
        label=_("Rationale"),
        help_text=decision_rules.RATIONALE_PROMPTS,
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
    )
    manager = forms.ModelChoiceField(
        label=_("Manager to resolve the disagreement"),
        queryset=User.objects.none(),
        required=False,
        help_text=_("Only if they did not agree"),
    )
    due_on = forms.DateField(label=_("To be resolved by"), widget=GovukDateInput(), required=False)

    def __init__(self, *args: Any, managers: QuerySet[User], today: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["manager"].queryset = managers  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agreed = _yes_no(data.get("agreed", ""))
        data["agreed"] = agreed
        errors = decision_rules.decision_errors(
            decision=data.get("decision", ""),
            police_position=data.get("police_position", ""),
            yjs_position=data.get("yjs_position", ""),
            agreed=agreed,
            rationale=data.get("rationale", ""),
        )
        if agreed is False:
            manager = data.get("manager")
            errors.update(
                decision_rules.escalation_errors(
                    manager_id=manager and manager.pk, due_on=data.get("due_on"), today=self.today
                )
            )
        for field, message in errors.items():
            if field not in self.errors:
                self.add_error(field, message)
        return data


class ResolutionForm(GovukForm):
    final_decision = _decision_radios(_("Final decision"))
    resolution = forms.CharField(
        label=_("How was it resolved?"),
        help_text=_("Who was consulted, what was weighed, and why this decision"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Enter how the disagreement was resolved")},
    )
