"""Forms for the intake step: a notification typed in by the YJS police officer, a match review, a withdrawal."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from yjs.casework.forms import VersionField
from yjs.core.forms import GovukDateInput, GovukForm, GovukModelForm
from yjs.core.models import LocalAuthority
from yjs.diversion.models import Notification
from yjs.diversion.services.intake import POLICE_FIELDS

# NPCC child gravity matrix (2023): what each score normally leads to.
GRAVITY_MEANINGS = {
    1: _("No further action"),
    2: _("Informal out-of-court outcome"),
    3: _("Youth caution"),
    4: _("Youth conditional caution"),
    5: _("Normally charge"),
}
GRAVITY_CHOICES = [(score, f"{score}: {meaning}") for score, meaning in GRAVITY_MEANINGS.items()]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class NotificationForm(GovukModelForm):
    gravity_score = forms.TypedChoiceField(
        label=_("Gravity score"),
        choices=GRAVITY_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("NPCC child gravity matrix"),
        error_messages={"required": _("Select the gravity score")},
    )
    admitted = forms.TypedChoiceField(
        label=_("Does the child admit the offence?"),
        choices=YES_NO,
        coerce=lambda answer: answer == "yes",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Notification
        # The fields the police provide, as the service that saves them names them.
        fields = POLICE_FIELDS
        widgets = {
            "date_of_birth": GovukDateInput,
            "offence_date": GovukDateInput,
            "notified_on": GovukDateInput,
            "sex": forms.RadioSelect,
            "address": forms.Textarea(attrs={"rows": 3}),
            "victim_details": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "date_of_birth": _("For example, 27 3 2010"),
            "pnc_number": _("Police national computer number, if the child has one, for example 10/123456A"),
            "victim_details": _("Who the victim is and how to contact them, if there is one"),
        }
        labels = {"offence_description": _("What happened"), "offence_date": _("Date of the offence")}
        error_messages = {
            "police_reference": {"required": _("Enter the police reference")},
            "offence_description": {"required": _("Enter what happened")},
        }

    def __init__(self, *args: Any, service_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        authority = self.fields["local_authority"]
        assert isinstance(authority, forms.ModelChoiceField)
        authority.queryset = LocalAuthority.objects.filter(service_id=service_id)
        authority.required = True
        authority.error_messages["required"] = _("Select the local authority the child lives in")
        self.fields["notified_on"].initial = timezone.localdate
        self.fields["notified_on"].required = True
        self.fields["sex"].required = True


class MatchForm(GovukForm):
    """Which of the candidates the notified child is, or none of them."""

    NEW = "new"
    child = forms.ChoiceField(
        label=_("Which child is this?"), widget=forms.RadioSelect, error_messages={"required": _("Select a child")}
    )
    version = VersionField()

    def __init__(self, *args: Any, candidates: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["child"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            *((str(child.pk), f"{child.full_name} ({child.yjs_id})") for child in candidates),
            (self.NEW, _("None of them: this is a new child")),
        ]


class WithdrawForm(GovukForm):
    reason = forms.CharField(
        label=_("Why is the notification being withdrawn?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, notified in error, or a duplicate of another notification"),
        error_messages={"required": _("Enter the reason for withdrawing the notification")},
    )
    confirm = forms.BooleanField(
        label=_("I understand the notification will be closed and go no further"),
        error_messages={"required": _("Confirm that the notification should be withdrawn")},
    )
    version = VersionField()
