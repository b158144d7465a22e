"""Query filters for each resource. They narrow an already scoped queryset; they never widen it."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ChoiceField
from drf_spectacular.utils import extend_schema_field

from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.vocabularies import ContactStatus, RecordStatus
from yjs.children.models import Child, parse_yjs_id
from yjs.justice.models import Offence, Outcome
from yjs.justice.vocabularies import OffenceCategory, Stage


class _Given:
    """A parameter sent empty or unreadable is refused (400) rather than ignored: the schema says what it takes."""

    def clean(self, value: Any) -> Any:
        if value == "":
            raise forms.ValidationError(_("Give a value, or leave out this parameter."), code="required")
        return super().clean(value)  # type: ignore[misc]


class GivenIntegerField(_Given, forms.IntegerField):
    pass


class GivenDateField(_Given, forms.DateField):
    input_formats = ["%Y-%m-%d"]


class GivenChoiceField(_Given, ChoiceField):
    pass


class GivenBooleanField(forms.Field):
    widget = forms.TextInput

    def clean(self, value: Any) -> bool | None:
        if value is None:
            return None
        if value not in ("true", "false"):
            raise forms.ValidationError(_("Give true or false."), code="invalid")
        return value == "true"


@extend_schema_field({"type": "integer", "format": "int64", "minimum": 1, "maximum": 2**63 - 1})
class IdFilter(django_filters.NumberFilter):
    # Whole numbers in the range of an id: larger ones would overflow the database's integers.
    field_class = GivenIntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class DateFilter(django_filters.DateFilter):
    field_class = GivenDateField


class ChoiceFilter(django_filters.ChoiceFilter):
    field_class = GivenChoiceField


class BooleanFilter(django_filters.BooleanFilter):
    field_class = GivenBooleanField


class ChildFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search", max_length=200, help_text=_("Name, YJS reference (YJS0000123) or PNC number")
    )
    date_of_birth = DateFilter()
    pnc_number = django_filters.CharFilter(lookup_expr="iexact", max_length=20)
    local_authority = django_filters.CharFilter(field_name="local_authority__code", max_length=20)

    class Meta:
        model = Child
        fields = ["q", "date_of_birth", "pnc_number", "local_authority"]

    def search(self, queryset: QuerySet[Child], name: str, value: str) -> QuerySet[Child]:
        pk = parse_yjs_id(value)
        if pk is not None:
            return queryset.filter(pk=pk)
        for term in value.split():
            queryset = queryset.filter(
                Q(first_name__icontains=term) | Q(last_name__icontains=term) | Q(pnc_number__iexact=term)
            )
        return queryset


class OffenceFilter(django_filters.FilterSet):
    child = IdFilter(field_name="child_id")
    category = ChoiceFilter(choices=OffenceCategory.choices)
    offence_date_from = DateFilter(field_name="offence_date", lookup_expr="gte")
    offence_date_to = DateFilter(field_name="offence_date", lookup_expr="lte")

    class Meta:
        model = Offence
        fields = ["child", "category"]


class OutcomeFilter(django_filters.FilterSet):
    child = IdFilter(field_name="child_id")
    outcome_type = django_filters.CharFilter(field_name="outcome_type__code", max_length=20)
    stage = ChoiceFilter(field_name="outcome_type__stage", choices=Stage.choices)
    outcome_date_from = DateFilter(field_name="outcome_date", lookup_expr="gte")
    outcome_date_to = DateFilter(field_name="outcome_date", lookup_expr="lte")

    class Meta:
        model = Outcome
        fields = ["child", "outcome_type", "stage"]


class InterventionFilter(django_filters.FilterSet):
    child = IdFilter(field_name="child_id")
    team = IdFilter(field_name="team_id")
    case_manager = IdFilter(field_name="case_manager_id")
    open = BooleanFilter(method="filter_open", help_text=_("true: open only; false: closed only"))

    class Meta:
        model = Intervention
        fields = ["child", "team", "case_manager", "open"]

    def filter_open(self, queryset: QuerySet[Intervention], name: str, value: bool) -> QuerySet[Intervention]:
        return queryset.filter(end_date__isnull=value)


class CountersignedFilter(django_filters.FilterSet):
    child = IdFilter(field_name="intervention__child_id")
    intervention = IdFilter(field_name="intervention_id")
    status = ChoiceFilter(choices=RecordStatus.choices)


class AssessmentFilter(CountersignedFilter):
    class Meta:
        model = Assessment
        fields = ["child", "intervention", "status"]


class PlanFilter(CountersignedFilter):
    class Meta:
        model = Plan
        fields = ["child", "intervention", "status"]


class InterventionPartFilter(django_filters.FilterSet):
    child = IdFilter(field_name="intervention__child_id")
    intervention = IdFilter(field_name="intervention_id")


class ReviewFilter(InterventionPartFilter):
    class Meta:
        model = Review
        fields = ["child", "intervention"]


class SignificantChangeFilter(InterventionPartFilter):
    class Meta:
        model = SignificantChange
        fields = ["child", "intervention"]


class ContactFilter(InterventionPartFilter):
    status = ChoiceFilter(choices=ContactStatus.choices)

    class Meta:
        model = Contact
        fields = ["child", "intervention", "status"]
