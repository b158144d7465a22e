"""Screening requests over the API: a partner agency's system lists its requests and answers them.

A screener sees only their own agency's requests (another agency's is 404); those who read the pipeline
see the service's. Answers go through the same service as the page, so the same rules hold: what the
agency knows is needed when the child or family is known, a second answer needs the version read, and
the last answer completes screening.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from yjs.api.filters import BooleanFilter, IdFilter
from yjs.api.serializers.screening import ScreeningAnswerSerializer, ScreeningRequestSerializer
from yjs.api.views.base import RecordViewSet
from yjs.core.access_log import record_view
from yjs.core.roles import Role
from yjs.diversion import access
from yjs.diversion.models import ScreeningRequest
from yjs.diversion.services.screening import RESPONSE_FIELDS, respond_to_screening


class MayScreen(BasePermission):
    message = _("Your role does not take part in out-of-court screening.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return False
        return user.role == Role.PARTNER_SCREENER or access.may_read_pipeline(user)  # type: ignore[arg-type]


class ScreeningRequestFilter(django_filters.FilterSet):
    answered = BooleanFilter(method="filter_answered", help_text=_("true: answered only; false: awaiting an answer"))
    agency = IdFilter(field_name="agency_id")

    class Meta:
        model = ScreeningRequest
        fields = ["answered", "agency"]

    def filter_answered(self, queryset: QuerySet[ScreeningRequest], name: str, value: bool) -> QuerySet[ScreeningRequest]:
        return queryset.filter(responded_on__isnull=not value)


@extend_schema_view(
    list=extend_schema(summary="Screening requests the caller may see: a screener's own agency's only"),
    retrieve=extend_schema(summary="One screening request (the read is written to the access log)"),
    respond=extend_schema(
        summary="Answer a screening request, or change an answer giving the version read",
        request=ScreeningAnswerSerializer,
        responses=ScreeningRequestSerializer,
    ),
)
class ScreeningRequestViewSet(RecordViewSet):
    permission_classes = [MayScreen]
    read_serializer_class = ScreeningRequestSerializer
    write_serializer_classes = {"respond": ScreeningAnswerSerializer}
    filterset_class = ScreeningRequestFilter
    http_method_names = ["get", "post", "head", "options"]

    def scope(self) -> QuerySet[ScreeningRequest]:
        return (
            access.screening_requests_visible_to(self.request.user)  # type: ignore[arg-type]
            .select_related("agency", "notification")
            .order_by("due_on", "pk")
        )

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        item = self.get_object()
        if item.notification.child_id:
            record_view(request.user, item.notification.child_id, f"Screening request ({item.agency})")  # type: ignore[arg-type]
        return Response(self.read(item))

    @action(detail=True, methods=["post"])
    def respond(self, request: Request, pk: str | None = None) -> Response:
        item = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        answer = {name: data.get(name, "") for name in RESPONSE_FIELDS}
        item = respond_to_screening(request.user, item, answer, data.get("version"))  # type: ignore[arg-type]
        return Response(self.read(item))
