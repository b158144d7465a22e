"""Read-only for now: writes arrive with the casework services (mix in CreateMixin/UpdateMixin then)."""

from __future__ import annotations

from django.db.models import QuerySet

from yjs.api.filters import AssessmentFilter, InterventionFilter, PlanFilter
from yjs.api.queries import assessments_for, interventions_for, plans_for
from yjs.api.serializers.casework import AssessmentSerializer, InterventionSerializer, PlanSerializer
from yjs.api.views.base import RecordViewSet
from yjs.casework.models import Assessment, Intervention, Plan


class ReadOnlyRecordViewSet(RecordViewSet):
    http_method_names = ["get", "head", "options"]


class InterventionViewSet(ReadOnlyRecordViewSet):
    read_serializer_class = InterventionSerializer
    filterset_class = InterventionFilter
    access_log_what = "api: intervention"

    def scope(self) -> QuerySet[Intervention]:
        return interventions_for(self.request.user)


class AssessmentViewSet(ReadOnlyRecordViewSet):
    read_serializer_class = AssessmentSerializer
    filterset_class = AssessmentFilter
    access_log_what = "api: assessment"

    def scope(self) -> QuerySet[Assessment]:
        return assessments_for(self.request.user)

    def child_id_of(self, record: Assessment) -> int:  # type: ignore[override]
        return record.intervention.child_id


class PlanViewSet(ReadOnlyRecordViewSet):
    read_serializer_class = PlanSerializer
    filterset_class = PlanFilter
    access_log_what = "api: plan"

    def scope(self) -> QuerySet[Plan]:
        return plans_for(self.request.user)

    def child_id_of(self, record: Plan) -> int:  # type: ignore[override]
        return record.intervention.child_id
