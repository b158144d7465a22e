from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view

from yjs.api.filters import OffenceFilter, OutcomeFilter
from yjs.api.queries import offences_for, outcomes_for
from yjs.api.serializers.justice import (
    OffenceSerializer,
    OffenceWriteSerializer,
    OutcomeSerializer,
    OutcomeWriteSerializer,
)
from yjs.api.views.base import CreateMixin, RecordViewSet
from yjs.justice.models import Offence, Outcome
from yjs.justice.services import record_offence, record_outcome


@extend_schema_view(
    list=extend_schema(summary="Offences of the children the caller may see"),
    create=extend_schema(summary="Record an offence a child committed"),
)
class OffenceViewSet(CreateMixin, RecordViewSet):
    read_serializer_class = OffenceSerializer
    write_serializer_classes = {"create": OffenceWriteSerializer}
    filterset_class = OffenceFilter
    access_log_what = "api: offence"

    def scope(self) -> QuerySet[Offence]:
        return offences_for(self.request.user)

    def perform_service_create(self, data: dict[str, Any]) -> Offence:
        child = data.pop("child")
        return record_offence(self.request.user, child, data)


@extend_schema_view(
    list=extend_schema(summary="Outcomes of the children the caller may see"),
    create=extend_schema(summary="Record an outcome given for one or more of a child's offences"),
)
class OutcomeViewSet(CreateMixin, RecordViewSet):
    read_serializer_class = OutcomeSerializer
    write_serializer_classes = {"create": OutcomeWriteSerializer}
    filterset_class = OutcomeFilter
    access_log_what = "api: outcome"

    def scope(self) -> QuerySet[Outcome]:
        return outcomes_for(self.request.user)

    def perform_service_create(self, data: dict[str, Any]) -> Outcome:
        child = data.pop("child")
        offences = data.pop("offences")
        return record_outcome(self.request.user, child, data, offences)
