"""The out-of-court pipeline in the API: the police system sends its notifications here."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from yjs.api.errors import Conflict
from yjs.api.serializers.diversion import NotificationSerializer, NotificationWriteSerializer
from yjs.api.views.base import RecordViewSet
from yjs.core.access_log import record_view
from yjs.diversion import access
from yjs.diversion.models import Notification
from yjs.diversion.services.intake import AlreadyDecided, Change, receive_notification
from yjs.diversion.vocabularies import Source

# Notifications


class MayReadNotifications(BasePermission):
    message = _("Your role does not give access to out-of-court cases.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        return access.may_read_pipeline(request.user)  # type: ignore[arg-type]


class PipelineWorkersMaySend(BasePermission):
    message = _("Your role may read out-of-court cases but not send notifications.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        return request.method in SAFE_METHODS or access.may_work_pipeline(request.user)  # type: ignore[arg-type]


@extend_schema_view(
    list=extend_schema(summary="Police notifications of children, in the caller's service"),
    retrieve=extend_schema(summary="One notification (the read is written to the child's access log)"),
    create=extend_schema(
        summary="Send a notification: new (201), or again (200, unchanged or corrected until decided)",
        responses={201: NotificationSerializer, 200: NotificationSerializer},
    ),
)
class NotificationViewSet(RecordViewSet):
    permission_classes = [MayReadNotifications, PipelineWorkersMaySend]
    read_serializer_class = NotificationSerializer
    write_serializer_classes = {"create": NotificationWriteSerializer}
    http_method_names = ["get", "post", "head", "options"]
    access_log_what = "api: out-of-court notification"

    def scope(self) -> QuerySet[Notification]:
        return access.notifications_visible_to(self.request.user).select_related("local_authority")  # type: ignore[arg-type]

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        record = self.get_object()
        if record.child_id:
            record_view(request.user, record.child_id, self.access_log_what)  # type: ignore[arg-type]
        return Response(self.read(record))

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            received = receive_notification(
                request.user.service_id, serializer.validated_data, user=request.user, source=Source.API
            )
        except AlreadyDecided as refused:
            raise Conflict(str(refused)) from None
        answer = status.HTTP_201_CREATED if received.change == Change.CREATED else status.HTTP_200_OK
        return Response(self.read(received.notification), status=answer)
