"""Forms for recording and changing a child's details, and adding, changing or removing a parent or carer."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from yjs.children.models import Carer, Child, Family
from yjs.children.queries import families_to_choose_from
from yjs.children.rules import date_of_birth_error
from yjs.children.services import CARER_FIELDS, CHILD_FIELDS
from yjs.core.forms import GovukDateInput, GovukForm, GovukModelForm
from yjs.core.models import LocalAuthority, User
from yjs.core.record_forms import differences


class SearchForm(GovukForm):
    q = forms.CharField(
        label=_("Name, date of birth, PNC number or yjs id"),
        help_text=_("For example, Jordan Smith, 17/05/2009, 09/123456A or YJS0000012"),
        required=False,
        max_length=200,
    )


def family_label(family: Family) -> str:
    children = ", ".join(child.full_name for child in getattr(family, "visible_children", []))
    return f"{family.name} ({children})" if children else family.name


class ChildForm(GovukModelForm):
    # Declared here: a field on a plain mixin class is not picked up by Django's form metaclass.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Child
        fields = CHILD_FIELDS
        widgets = {
            "date_of_birth": GovukDateInput,
            "sex": forms.RadioSelect,
            "address": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "date_of_birth": _("For example, 17 5 2009"),
            "gender_identity": _("Only if the child has told you, in their own words"),
            "ethnicity": _("As the child or their family describe it (ONS 2021 categories)"),
            "family": _("Brothers and sisters, or children who share a household. Leave empty if there are none."),
        }
        error_messages = {
            "first_name": {"required": _("Enter the child's first name")},
            "last_name": {"required": _("Enter the child's last name")},
            "date_of_birth": {"required": _("Enter the date of birth")},
            "sex": {"required": _("Select the child's sex, or not known")},
            "local_authority": {
                "required": _("Select the local authority"),
                "invalid_choice": _("Select a local authority of this service"),
            },
            "family": {"invalid_choice": _("Select a family of this service")},
        }

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["local_authority"].queryset = LocalAuthority.objects.filter(service_id=user.service_id)
        family = self.fields["family"]
        family.queryset = families_to_choose_from(user, current=self.instance.family_id)
        family.empty_label = _("None")
        family.label_from_instance = family_label
        self.fields["sex"].choices = [c for c in self.fields["sex"].choices if c[0] != ""]
        if self.instance.pk and not self.is_bound:
            self.fields["version"].initial = self.instance.version

    def clean_date_of_birth(self) -> Any:
        value = self.cleaned_data["date_of_birth"]
        # An existing record keeps its date of birth even once the person is past 25.
        unchanged = self.instance.pk is not None and value == self.initial.get("date_of_birth")
        if value and not unchanged:
            error = date_of_birth_error(value, timezone.localdate())
            if error:
                raise forms.ValidationError(error)
        return value

    def differences_from(self, saved: Child) -> list[tuple[str, str]]:
        return differences(self, saved)


class CarerForm(GovukModelForm):
    class Meta:
        model = Carer
        fields = CARER_FIELDS
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"relationship": _("For example, mother, grandfather, foster carer")}
        error_messages = {
            "name": {"required": _("Enter the name of the parent or carer")},
            "relationship": {"required": _("Enter their relationship to the child")},
        }


class CarerEditForm(CarerForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["version"].initial = self.instance.version

    def differences_from(self, saved: Carer) -> list[tuple[str, str]]:
        return differences(self, saved)


class RemoveCarerForm(GovukForm):
    reason = forms.CharField(
        label=_("Why are they being removed?"),
        help_text=_("For example, recorded in error, or no longer caring for the child"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter why they are being removed")},
    )
