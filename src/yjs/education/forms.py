"""Forms for a child's placements and exclusions, in GOV.UK markup; the services check them again."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateInput
from yjs.core.record_forms import VersionedForm
from yjs.education.models import EducationPlacement, Exclusion
from yjs.education.services import EXCLUSION_FIELDS, PLACEMENT_FIELDS


class PlacementForm(VersionedForm):
    class Meta:
        model = EducationPlacement
        fields = PLACEMENT_FIELDS
        widgets = {
            "kind": forms.RadioSelect,
            "start_date": GovukDateInput,
            "end_date": GovukDateInput,
            "hours_offered": forms.NumberInput(attrs={"class": "govuk-input--width-3", "step": "0.5"}),
            "hours_attended": forms.NumberInput(attrs={"class": "govuk-input--width-3", "step": "0.5"}),
            "attendance_percent": forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
            "suitable": forms.RadioSelect,
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "start_date": _("For example, 4 9 2024"),
            "hours_offered": _("Full-time is 25 hours for a child of school age. Halves are allowed, for example 12.5"),
            "suitable": _("Your judgement, for the YJB's KPI 2: does it meet the child's needs and is it enough?"),
        }
        error_messages = {
            "kind": {"required": _("Select the kind of placement")},
            "start_date": {"required": _("Enter the date the placement started")},
            "hours_offered": {
                "required": _("Enter the hours offered a week, or 0"),
                "min_value": _("Hours offered must be 0 or more"),
                "max_value": _("Hours offered must be 40 or fewer"),
                "invalid": _("Hours offered must be a number, like 25 or 12.5"),
            },
            "hours_attended": {
                "min_value": _("Hours attended must be 0 or more"),
                "max_value": _("Hours attended must be 40 or fewer"),
                "invalid": _("Hours attended must be a number, like 20 or 12.5"),
            },
            "attendance_percent": {
                "max_value": _("Attendance must be 100% or less"),
                "invalid": _("Attendance must be a whole number, like 85"),
            },
        }


class ExclusionForm(VersionedForm):
    class Meta:
        model = Exclusion
        fields = EXCLUSION_FIELDS
        widgets = {
            "kind": forms.RadioSelect,
            "start_date": GovukDateInput,
            "days": forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
            "reason": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "kind": {"required": _("Select a suspension or a permanent exclusion")},
            "school": {"required": _("Enter the school")},
            "start_date": {"required": _("Enter the date it starts")},
            "days": {
                "min_value": _("A suspension lasts at least 1 school day"),
                "max_value": _("A suspension lasts at most 45 school days in a school year"),
                "invalid": _("School days must be a whole number, like 3"),
            },
        }
