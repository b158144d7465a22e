"""The base every API resource is built on: deny by default, scoped querysets, services for writes.

A resource names its scoped queryset (`scope`), its read serializer and, for writes, a serializer
per action and the service call that makes the change. Adding writes to a read-only resource is a
matter of mixing in `CreateMixin`/`UpdateMixin` and writing `perform_service_create`/`_update`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from django.db.models import Model, QuerySet
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from yjs.api.errors import api_exception_handler
from yjs.api.pagination import RecordPagination
from yjs.api.permissions import CaseworkersMayWrite, MayOpenChildRecords
from yjs.api.schema import YjsAutoSchema
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import CaseRecord


class RecordViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    permission_classes = [MayOpenChildRecords, CaseworkersMayWrite]
    pagination_class = RecordPagination
    schema = YjsAutoSchema()
    http_method_names = ["get", "post", "put", "patch", "head", "options"]

    read_serializer_class: ClassVar[type[serializers.Serializer]]
    write_serializer_classes: ClassVar[dict[str, type[serializers.Serializer]]] = {}
    # What the access log calls a read of one of these records.
    access_log_what: ClassVar[str] = "api"

    def scope(self) -> QuerySet[Any]:
        raise NotImplementedError

    def get_queryset(self) -> QuerySet[Any]:
        return self.scope()

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return self.write_serializer_classes.get(self.action, self.read_serializer_class)

    def get_exception_handler(self) -> Callable[..., Response | None]:
        return api_exception_handler

    def child_id_of(self, record: Model) -> int:
        return record.child_id  # type: ignore[attr-defined]

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        record = self.get_object()
        record_view(request.user, self.child_id_of(record), self.access_log_what)
        return Response(self.read(record))

    def read(self, record: Model) -> Any:
        return self.read_serializer_class(record, context=self.get_serializer_context()).data


class CreateMixin:
    """Create through a domain service, answering 201 with the record as read."""

    def create(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        record = self.perform_service_create(dict(serializer.validated_data))
        return Response(self.read(record), status=status.HTTP_201_CREATED)

    def perform_service_create(self, data: dict[str, Any]) -> Model:
        raise NotImplementedError


class UpdateMixin:
    """Change a versioned record through a domain service; a stale `version` answers 409."""

    def update(self: Any, request: Request, *args: Any, partial: bool = False, **kwargs: Any) -> Response:
        record = self.get_object()
        serializer = self.get_serializer(record, data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        version = data.pop("version")
        record = self.perform_service_update(record, data, version)
        return Response(self.read(record))

    def partial_update(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.update(request, *args, partial=True, **kwargs)

    def perform_service_update(self, record: Model, data: dict[str, Any], version: int) -> Model:
        raise NotImplementedError


def check_version(record: CaseRecord, version: int) -> None:
    """For actions that change a record without a form of fields (submit, countersign): the version read must be current."""
    if record.version != version:
        raise StaleRecordError(record)
