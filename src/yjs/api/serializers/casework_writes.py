"""What a client sends to change casework. These check the shape; the casework services decide the rest.

Each related record offered (an outcome, an intervention, a case manager) is looked up in the caller's
scope, so a record the caller may not see is refused as unknown, never revealed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, extend_schema_serializer
from rest_framework import serializers

from yjs.api.queries import children_changeable_by
from yjs.api.serializers.base import (
    StrictCharField,
    StrictIntegerField,
    StrictPrimaryKeyRelatedField,
    VocabularyField,
    WriteSerializer,
)
from yjs.casework.continuity import ALLOCATABLE_ROLES
from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.queries import interventions_visible_to
from yjs.casework.services import (
    ASSESSMENT_FIELDS,
    CONTACT_FIELDS,
    CONTACT_OUTCOMES,
    PLAN_FIELDS,
    REVIEW_FIELDS,
    SIGNIFICANT_CHANGE_FIELDS,
)
from yjs.casework.vocabularies import InterventionEnding
from yjs.core.models import Team, User
from yjs.justice.models import Outcome

VERSION_HELP = "The version you read; the change is refused with 409 if someone saved since."
# Dates further ahead than this are typing mistakes, and would overflow the review schedule near year 9999.
LATEST_START = timedelta(days=366)


def version_field() -> StrictIntegerField:
    return StrictIntegerField(min_value=1, max_value=2**31 - 1, help_text=VERSION_HELP)


def _user(serializer: serializers.Serializer) -> User | None:
    request = serializer.context.get("request")
    return getattr(request, "user", None)


def staff_to_allocate(user: User | None) -> Any:
    service_id = getattr(user, "service_id", None)
    return User.objects.filter(service_id=service_id, role__in=ALLOCATABLE_ROLES, is_active=True)


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "Supervising a referral order",
            request_only=True,
            value={"outcome": 1, "team": 1, "start_date": "2025-07-01", "planned_end_date": "2026-01-01"},
        )
    ]
)
class InterventionWriteSerializer(WriteSerializer):
    outcome = StrictPrimaryKeyRelatedField(queryset=Outcome.objects.none(), help_text="The outcome to supervise")
    team = StrictPrimaryKeyRelatedField(queryset=Team.objects.none())
    case_manager = StrictPrimaryKeyRelatedField(
        queryset=User.objects.none(), allow_null=True, required=False, help_text="Leave out to allocate later"
    )

    class Meta:
        model = Intervention
        fields = ["outcome", "team", "start_date", "planned_end_date", "case_manager", "level"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        user = _user(self)
        if user is not None:
            self.fields["outcome"].queryset = Outcome.objects.filter(
                child__in=children_changeable_by(user), archived_at__isnull=True
            ).select_related("outcome_type", "child")
            self.fields["team"].queryset = Team.objects.filter(service_id=getattr(user, "service_id", None))
            self.fields["case_manager"].queryset = staff_to_allocate(user)

    def validate_start_date(self, value: date) -> date:
        if value > timezone.localdate() + LATEST_START:
            raise serializers.ValidationError(_("The start date must be no more than a year from today."))
        return value


@extend_schema_serializer(
    examples=[OpenApiExample("Allocating to a case manager", request_only=True, value={"case_manager": 2, "version": 1})]
)
class AllocationSerializer(serializers.Serializer):
    case_manager = StrictPrimaryKeyRelatedField(
        queryset=User.objects.none(), help_text="A case manager or team manager of the service"
    )
    version = version_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["case_manager"].queryset = staff_to_allocate(_user(self))


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "Closing at the end of the order",
            request_only=True,
            value={"end_date": "2025-10-01", "reason": "Order completed", "version": 1},
        )
    ]
)
class ClosingSerializer(serializers.Serializer):
    end_date = serializers.DateField()
    ending = VocabularyField(
        choices=InterventionEnding.choices,
        help_text="How it ended: completed, or why not (breached, resentenced, transferred, other)",
    )
    reason = StrictCharField(max_length=300, help_text="Why the intervention ends, e.g. the order was completed")
    version = version_field()


class InterventionPartSerializer(WriteSerializer):
    """A record that belongs to an intervention the caller may see."""

    intervention = StrictPrimaryKeyRelatedField(queryset=Intervention.objects.none())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        user = _user(self)
        if user is not None and "intervention" in self.fields:
            self.fields["intervention"].queryset = interventions_visible_to(user)


class VersionedUpdate(WriteSerializer):
    version = version_field()

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        # A partial update skips required fields, but a change without the version read is never safe.
        if "version" not in attrs:
            raise serializers.ValidationError({"version": _("Give the version of the record you are changing.")})
        return attrs


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A draft assessment",
            request_only=True,
            value={"intervention": 1, "safety_rating": "low", "rosh_rating": "medium", "who_is_at_risk": "Ex-partner"},
        )
    ]
)
class AssessmentWriteSerializer(InterventionPartSerializer):
    class Meta:
        model = Assessment
        fields = ["intervention", *ASSESSMENT_FIELDS]


class AssessmentUpdateSerializer(VersionedUpdate):
    class Meta:
        model = Assessment
        fields = [*ASSESSMENT_FIELDS, "version"]


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A draft plan",
            request_only=True,
            value={"intervention": 1, "desistance_objectives": "Attend college three days a week"},
        )
    ]
)
class PlanWriteSerializer(InterventionPartSerializer):
    class Meta:
        model = Plan
        fields = ["intervention", *PLAN_FIELDS]


class PlanUpdateSerializer(VersionedUpdate):
    class Meta:
        model = Plan
        fields = [*PLAN_FIELDS, "version"]


class SubmitSerializer(serializers.Serializer):
    version = version_field()


class OversightSerializer(serializers.Serializer):
    version = version_field()
    note = StrictCharField(
        required=False,
        allow_blank=True,
        default="",
        help_text="The management oversight note; required when returning, to say what needs to change.",
    )


class ReviewWriteSerializer(InterventionPartSerializer):
    class Meta:
        model = Review
        fields = ["intervention", *REVIEW_FIELDS]


class SignificantChangeWriteSerializer(InterventionPartSerializer):
    class Meta:
        model = SignificantChange
        fields = ["intervention", *SIGNIFICANT_CHANGE_FIELDS]


class ContactWriteSerializer(InterventionPartSerializer):
    class Meta:
        model = Contact
        fields = ["intervention", *CONTACT_FIELDS]


class ContactOutcomeSerializer(serializers.Serializer):
    status = VocabularyField(
        choices=[(s.value, s.label) for s in CONTACT_OUTCOMES], help_text="What happened to the planned contact"
    )
    note = StrictCharField(required=False, allow_blank=True, default="", help_text="Required when the child did not attend")
    version = version_field()
