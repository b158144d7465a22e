"""Query filters for each resource. They narrow an already scoped queryset; they never widen it."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from yjs.casework.models import Assessment, Intervention, Plan
from yjs.casework.vocabularies import RecordStatus
from yjs.children.models import Child, parse_yjs_id
from yjs.justice.models import Offence, Outcome
from yjs.justice.vocabularies import OffenceCategory, Stage


class IdFilter(django_filters.NumberFilter):
    # NumberFilter parses decimals; ids are whole numbers.
    field_class = forms.IntegerField


class ChildFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search", max_length=200, help_text=_("Name, YJS reference (YJS0000123) or PNC number")
    )
    date_of_birth = django_filters.DateFilter()
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
    category = django_filters.ChoiceFilter(choices=OffenceCategory.choices)
    offence_date_from = django_filters.DateFilter(field_name="offence_date", lookup_expr="gte")
    offence_date_to = django_filters.DateFilter(field_name="offence_date", lookup_expr="lte")

    class Meta:
        model = Offence
        fields = ["child", "category"]


class OutcomeFilter(django_filters.FilterSet):
    child = IdFilter(field_name="child_id")
    outcome_type = django_filters.CharFilter(field_name="outcome_type__code", max_length=20)
    stage = django_filters.ChoiceFilter(field_name="outcome_type__stage", choices=Stage.choices)
    outcome_date_from = django_filters.DateFilter(field_name="outcome_date", lookup_expr="gte")
    outcome_date_to = django_filters.DateFilter(field_name="outcome_date", lookup_expr="lte")

    class Meta:
        model = Outcome
        fields = ["child", "outcome_type", "stage"]


class InterventionFilter(django_filters.FilterSet):
    child = IdFilter(field_name="child_id")
    team = IdFilter(field_name="team_id")
    case_manager = IdFilter(field_name="case_manager_id")
    open = django_filters.BooleanFilter(method="filter_open", help_text=_("true: open only; false: closed only"))

    class Meta:
        model = Intervention
        fields = ["child", "team", "case_manager", "open"]

    def filter_open(self, queryset: QuerySet[Intervention], name: str, value: bool) -> QuerySet[Intervention]:
        return queryset.filter(end_date__isnull=value)


class CountersignedFilter(django_filters.FilterSet):
    child = IdFilter(field_name="intervention__child_id")
    intervention = IdFilter(field_name="intervention_id")
    status = django_filters.ChoiceFilter(choices=RecordStatus.choices)


class AssessmentFilter(CountersignedFilter):
    class Meta:
        model = Assessment
        fields = ["child", "intervention", "status"]


class PlanFilter(CountersignedFilter):
    class Meta:
        model = Plan
        fields = ["child", "intervention", "status"]
