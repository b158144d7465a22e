"""Forms for delivering the outcome and following up a child who is not engaging."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateInput, GovukForm
from yjs.core.models import Team, User


class DeliveryForm(GovukForm):
    delivered_on = forms.DateField(label=_("Date delivered"), widget=GovukDateInput())
    length_months = forms.IntegerField(label=_("Length in months"), min_value=1, required=False)
    supervise = forms.BooleanField(label=_("The YJS will supervise this"), required=False)
    team = forms.ModelChoiceField(label=_("Team to supervise it"), queryset=Team.objects.none(), required=False)
    case_manager = forms.ModelChoiceField(
        label=_("Case manager"), queryset=User.objects.none(), required=False, empty_label=_("Not allocated yet")
    )

    def __init__(
        self,
        *args: Any,
        teams: QuerySet[Team] | None,
        staff: QuerySet[User] | None,
        ask_length: bool,
        ask_supervise: bool,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if not ask_length:
            del self.fields["length_months"]
        if not ask_supervise:
            del self.fields["supervise"]
        if teams is None:
            del self.fields["team"], self.fields["case_manager"]
        else:
            self.fields["team"].queryset = teams  # type: ignore[attr-defined]
            self.fields["team"].empty_label = None  # type: ignore[attr-defined]
            self.fields["case_manager"].queryset = staff  # type: ignore[attr-defined]


class ChargeForm(GovukForm):
    delivered_on = forms.DateField(label=_("Date charged"), widget=GovukDateInput())


class FollowUpForm(GovukForm):
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 5}))
    # The version the page was opened at: someone else's follow-up in between is not overwritten.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
