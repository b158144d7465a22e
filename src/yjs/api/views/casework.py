"""Casework over the API: every change is a call to a casework service, as the pages make it.

Interventions are started and allocated; assessments and plans are drafted, changed while in draft,
submitted, then countersigned or returned by a manager who did not submit them; reviews, significant
changes and contacts are recorded. A record the caller may not see answers 404 (the scoped queryset),
a role or team that may not make the change answers 403, and a stale `version` answers 409.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Model, QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from yjs.api import queries
from yjs.api.filters import (
    AssessmentFilter,
    ContactFilter,
    InterventionFilter,
    PlanFilter,
    ReviewFilter,
    SignificantChangeFilter,
)
from yjs.api.serializers import casework_writes as writes
from yjs.api.serializers.casework import (
    AssessmentSerializer,
    ContactSerializer,
    InterventionSerializer,
    PlanSerializer,
    ReviewSerializer,
    SignificantChangeSerializer,
)
from yjs.api.views.base import CreateMixin, RecordViewSet, UpdateMixin, check_version
from yjs.casework import services
from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.queries import may_allocate, may_countersign
from yjs.core.models import User
from yjs.core.roles import MANAGERS


class InterventionPartViewSet(RecordViewSet):
    """Records that hang off an intervention: the child is the intervention's."""

    def child_id_of(self, record: Model) -> int:
        return record.intervention.child_id  # type: ignore[attr-defined]


@extend_schema_view(
    list=extend_schema(summary="Interventions of the children the caller may see"),
    retrieve=extend_schema(summary="One intervention (the read is written to the access log)"),
    create=extend_schema(summary="Start supervising an outcome"),
    allocate=extend_schema(summary="Allocate the case to a case manager (managers only)"),
    close=extend_schema(summary="Close the intervention; its allocation ends and no review falls due"),
)
class InterventionViewSet(CreateMixin, RecordViewSet):
    read_serializer_class = InterventionSerializer
    write_serializer_classes = {
        "create": writes.InterventionWriteSerializer,
        "allocate": writes.AllocationSerializer,
        "close": writes.ClosingSerializer,
    }
    filterset_class = InterventionFilter
    access_log_what = "api: intervention"

    def scope(self) -> QuerySet[Intervention]:
        return queries.interventions_for(self.request.user)

    def perform_service_create(self, data: dict[str, Any]) -> Intervention:
        outcome = data.pop("outcome")
        return services.start_intervention(self.request.user, outcome, **data)

    @action(detail=True, methods=["post"])
    def allocate(self, request: Request, pk: str | None = None) -> Response:
        intervention = self.get_object()
        if not may_allocate(request.user, intervention):
            raise PermissionDenied(_("Only a manager of the case's team, or a service manager, may allocate it."))
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        case_manager: User = serializer.validated_data["case_manager"]
        intervention = services.allocate(
            request.user, intervention, case_manager, expected_version=serializer.validated_data["version"]
        )
        return Response(self.read(intervention))

    @action(detail=True, methods=["post"])
    def close(self, request: Request, pk: str | None = None) -> Response:
        intervention = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        intervention = services.close_intervention(
            request.user,
            intervention,
            data["end_date"],
            data["reason"],
            expected_version=data["version"],
            ending=data["ending"],
        )
        return Response(self.read(intervention))


def _countersigning_check(user: User, record: Assessment | Plan) -> None:
    """Management oversight, refused with the reason: it is for managers, and never for the submitter."""
    if user.role in MANAGERS and record.submitted_by_id == user.pk:
        raise PermissionDenied(
            _("You submitted this %(what)s: another manager must countersign or return it.")
            % {"what": record._meta.verbose_name}
        )
    if not may_countersign(user, record):
        raise PermissionDenied(_("Only a manager of the case's team, or a service manager, may countersign or return it."))


class CountersignedViewSet(CreateMixin, UpdateMixin, InterventionPartViewSet):
    """Draft, change, submit, countersign or return: the same for assessments and plans."""

    save_record: Callable[..., Any]
    submit_record: Callable[..., Any]
    countersign_record: Callable[..., Any]
    return_record: Callable[..., Any]

    def perform_service_create(self, data: dict[str, Any]) -> Model:
        intervention = data.pop("intervention")
        return type(self).save_record(self.request.user, intervention, data)

    def perform_service_update(self, record: Assessment | Plan, data: dict[str, Any], version: int) -> Model:  # type: ignore[override]
        return type(self).save_record(self.request.user, record.intervention, data, record, version)

    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str | None = None) -> Response:
        record = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        check_version(record, serializer.validated_data["version"])
        return Response(self.read(type(self).submit_record(request.user, record)))

    @action(detail=True, methods=["post"])
    def countersign(self, request: Request, pk: str | None = None) -> Response:
        return self._oversee(request, type(self).countersign_record)

    @action(detail=True, methods=["post"], url_path="return")
    def return_to_draft(self, request: Request, pk: str | None = None) -> Response:
        return self._oversee(request, type(self).return_record)

    def _oversee(self, request: Request, service: Callable[..., Any]) -> Response:
        record = self.get_object()
        _countersigning_check(request.user, record)
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        check_version(record, serializer.validated_data["version"])
        return Response(self.read(service(request.user, record, serializer.validated_data["note"])))


def _countersigned_schema(what: str) -> Any:
    return extend_schema_view(
        list=extend_schema(summary=f"{what.capitalize()}s of the children the caller may see"),
        retrieve=extend_schema(summary=f"One {what} (the read is written to the access log)"),
        create=extend_schema(summary=f"Start a draft {what} for an intervention"),
        update=extend_schema(summary=f"Change a draft {what}, giving the version read"),
        partial_update=extend_schema(summary=f"Change some of a draft {what}, giving the version read"),
        submit=extend_schema(summary=f"Submit the {what} for countersigning; refused with the fields still needed"),
        countersign=extend_schema(summary=f"Countersign a submitted {what} (a manager who did not submit it)"),
        return_to_draft=extend_schema(summary=f"Return a submitted {what} to draft with a note (managers)"),
    )


@_countersigned_schema("assessment")
class AssessmentViewSet(CountersignedViewSet):
    read_serializer_class = AssessmentSerializer
    write_serializer_classes = {
        "create": writes.AssessmentWriteSerializer,
        "update": writes.AssessmentUpdateSerializer,
        "partial_update": writes.AssessmentUpdateSerializer,
        "submit": writes.SubmitSerializer,
        "countersign": writes.OversightSerializer,
        "return_to_draft": writes.OversightSerializer,
    }
    filterset_class = AssessmentFilter
    access_log_what = "api: assessment"
    save_record = staticmethod(services.save_assessment)
    submit_record = staticmethod(services.submit_assessment)
    countersign_record = staticmethod(services.countersign_assessment)
    return_record = staticmethod(services.return_assessment)

    def scope(self) -> QuerySet[Assessment]:
        return queries.assessments_for(self.request.user)


@_countersigned_schema("plan")
class PlanViewSet(CountersignedViewSet):
    read_serializer_class = PlanSerializer
    write_serializer_classes = {
        "create": writes.PlanWriteSerializer,
        "update": writes.PlanUpdateSerializer,
        "partial_update": writes.PlanUpdateSerializer,
        "submit": writes.SubmitSerializer,
        "countersign": writes.OversightSerializer,
        "return_to_draft": writes.OversightSerializer,
    }
    filterset_class = PlanFilter
    access_log_what = "api: plan"
    save_record = staticmethod(services.save_plan)
    submit_record = staticmethod(services.submit_plan)
    countersign_record = staticmethod(services.countersign_plan)
    return_record = staticmethod(services.return_plan)

    def scope(self) -> QuerySet[Plan]:
        return queries.plans_for(self.request.user)


class RecordedPartViewSet(CreateMixin, InterventionPartViewSet):
    """Reviews, significant changes and contacts: listed, read and recorded against an open intervention."""

    record: Callable[..., Any]

    def perform_service_create(self, data: dict[str, Any]) -> Model:
        intervention = data.pop("intervention")
        return type(self).record(self.request.user, intervention, data)


@extend_schema_view(
    list=extend_schema(summary="Reviews of the interventions the caller may see"),
    retrieve=extend_schema(summary="One review (the read is written to the access log)"),
    create=extend_schema(summary="Record a review held; the next review date moves on"),
)
class ReviewViewSet(RecordedPartViewSet):
    read_serializer_class = ReviewSerializer
    filterset_class = ReviewFilter
    write_serializer_classes = {"create": writes.ReviewWriteSerializer}
    access_log_what = "api: review"
    record = staticmethod(services.record_review)

    def scope(self) -> QuerySet[Review]:
        return queries.reviews_for(self.request.user)


@extend_schema_view(
    list=extend_schema(summary="Significant changes recorded on the interventions the caller may see"),
    retrieve=extend_schema(summary="One significant change (the read is written to the access log)"),
    create=extend_schema(summary="Record a significant change; it brings the next review forward"),
)
class SignificantChangeViewSet(RecordedPartViewSet):
    read_serializer_class = SignificantChangeSerializer
    filterset_class = SignificantChangeFilter
    write_serializer_classes = {"create": writes.SignificantChangeWriteSerializer}
    access_log_what = "api: significant change"
    record = staticmethod(services.record_significant_change)

    def scope(self) -> QuerySet[SignificantChange]:
        return queries.significant_changes_for(self.request.user)


@extend_schema_view(
    list=extend_schema(summary="Contacts on the interventions the caller may see"),
    retrieve=extend_schema(summary="One contact (the read is written to the access log)"),
    create=extend_schema(summary="Record a planned or held contact with the child"),
    outcome=extend_schema(summary="Say whether a contact happened: attended, did not attend or cancelled"),
)
class ContactViewSet(RecordedPartViewSet):
    read_serializer_class = ContactSerializer
    filterset_class = ContactFilter
    write_serializer_classes = {"create": writes.ContactWriteSerializer, "outcome": writes.ContactOutcomeSerializer}
    access_log_what = "api: contact"
    record = staticmethod(services.record_contact)

    def scope(self) -> QuerySet[Contact]:
        return queries.contacts_for(self.request.user)

    @action(detail=True, methods=["post"])
    def outcome(self, request: Request, pk: str | None = None) -> Response:
        contact = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        contact = services.record_contact_outcome(
            request.user, contact, data["status"], data["note"], expected_version=data["version"]
        )
        return Response(self.read(contact))
