from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view

from yjs.api.filters import ChildFilter
from yjs.api.queries import children_for
from yjs.api.serializers.children import ChildSerializer, ChildUpdateSerializer, ChildWriteSerializer
from yjs.api.views.base import CreateMixin, RecordViewSet, UpdateMixin
from yjs.children.models import Child
from yjs.children.services import create_child, update_child


@extend_schema_view(
    list=extend_schema(summary="Children the caller may see"),
    retrieve=extend_schema(summary="One child's record (the read is written to the access log)"),
    create=extend_schema(summary="Record a new child in the caller's service"),
    update=extend_schema(summary="Change a child's details, giving the version read"),
    partial_update=extend_schema(summary="Change some of a child's details, giving the version read"),
)
class ChildViewSet(CreateMixin, UpdateMixin, RecordViewSet):
    read_serializer_class = ChildSerializer
    write_serializer_classes = {
        "create": ChildWriteSerializer,
        "update": ChildUpdateSerializer,
        "partial_update": ChildUpdateSerializer,
    }
    filterset_class = ChildFilter

    def scope(self) -> QuerySet[Child]:
        return children_for(self.request.user)

    def child_id_of(self, record: Child) -> int:  # type: ignore[override]
        return record.pk

    def perform_service_create(self, data: dict[str, Any]) -> Child:
        return create_child(self.request.user, data)

    def perform_service_update(self, record: Child, data: dict[str, Any], version: int) -> Child:  # type: ignore[override]
        return update_child(self.request.user, record, data, version)
