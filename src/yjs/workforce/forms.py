"""Recording a supervision and a completed course: the fields are the services' fields."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateInput, GovukForm
from yjs.core.models import User
from yjs.core.record_forms import VersionedForm
from yjs.core.roles import Role
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord
from yjs.workforce.services import COURSE_FIELDS, RESULT_FIELDS, SUPERVISION_FIELDS, SURVEY_FIELDS, TRAINING_FIELDS

SUPERVISORS = (Role.TEAM_MANAGER, Role.SERVICE_MANAGER)


def _full_name(user: User) -> str:
    return user.get_full_name() or user.get_username()


class SupervisionForm(VersionedForm):
    class Meta:
        model = SupervisionSession
        fields = list(SUPERVISION_FIELDS)
        widgets = {"held_on": GovukDateInput, "note": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, staff: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.staff, self.instance.service_id = staff, staff.service_id
        supervisors = User.objects.filter(service_id=staff.service_id, role__in=SUPERVISORS, is_active=True).exclude(
            pk=staff.pk
        )
        field = self.fields["supervisor"]
        field.queryset = supervisors.order_by("last_name", "first_name")  # type: ignore[attr-defined]
        field.label_from_instance = _full_name  # type: ignore[attr-defined]
        field.empty_label = _("Choose a supervisor")  # type: ignore[attr-defined]


class TrainingForm(VersionedForm):
    class Meta:
        model = TrainingRecord
        fields = list(TRAINING_FIELDS)
        widgets = {"completed_on": GovukDateInput, "expires_on": GovukDateInput}

    def __init__(self, *args: Any, staff: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.staff, self.instance.service_id = staff, staff.service_id
        field = self.fields["course"]
        field.queryset = Course.objects.filter(service_id=staff.service_id)  # type: ignore[attr-defined]
        field.empty_label = _("Choose a course")  # type: ignore[attr-defined]


class StaffSortForm(GovukForm):
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("name", _("Name")), ("team", _("Team")), ("due", _("Supervision due, overdue first"))],
        required=False,
    )


class CourseForm(VersionedForm):
    class Meta:
        model = Course
        fields = list(COURSE_FIELDS)
        widgets = {"renewal_months": forms.TextInput(attrs={"class": "govuk-input--width-3", "inputmode": "numeric"})}


class SurveyForm(VersionedForm):
    class Meta:
        model = StaffSurvey
        fields = list(SURVEY_FIELDS)
        widgets = {
            "conducted_on": GovukDateInput,
            "invited": forms.TextInput(attrs={"class": "govuk-input--width-4", "inputmode": "numeric"}),
            "respondents": forms.TextInput(attrs={"class": "govuk-input--width-4", "inputmode": "numeric"}),
        }


class SurveyResultForm(VersionedForm):
    class Meta:
        model = SurveyResult
        fields = list(RESULT_FIELDS)
        widgets = {"percent_positive": forms.TextInput(attrs={"class": "govuk-input--width-3", "inputmode": "numeric"})}
        help_texts = {"percent_positive": _("The share of answers that were positive, from 0 to 100")}
