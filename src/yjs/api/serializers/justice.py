from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, extend_schema_serializer
from rest_framework import serializers

from yjs.api.queries import children_changeable_by, offences_for
from yjs.api.serializers.base import (
    CodeRelatedField,
    ReadSerializer,
    StrictPrimaryKeyRelatedField,
    WriteSerializer,
)
from yjs.children.models import Child
from yjs.justice.models import Offence, Outcome, OutcomeType
from yjs.justice.services import OFFENCE_FIELDS, OUTCOME_FIELDS
from yjs.justice.vocabularies import Stage

RECORD_FIELDS = ["version", "created_at", "modified_at"]


class OffenceSerializer(ReadSerializer):
    class Meta:
        model = Offence
        fields = ["id", "child", *OFFENCE_FIELDS, *RECORD_FIELDS]
        read_only_fields = fields


class OutcomeSerializer(ReadSerializer):
    outcome_type = serializers.SlugRelatedField(slug_field="code", read_only=True)
    outcome_type_name = serializers.CharField(source="outcome_type.name", read_only=True)
    stage = serializers.ChoiceField(source="outcome_type.stage", choices=Stage.choices, read_only=True)
    offences = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Outcome
        fields = ["id", "child", *OUTCOME_FIELDS, "outcome_type_name", "stage", "offences", *RECORD_FIELDS]
        read_only_fields = fields


class ChildScopedWriteSerializer(WriteSerializer):
    """A write about one child, who must be one the caller may change."""

    child = StrictPrimaryKeyRelatedField(queryset=Child.objects.none())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["child"].queryset = children_changeable_by(request.user)


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A theft",
            request_only=True,
            value={
                "child": 1,
                "offence_date": "2025-06-01",
                "description": "Theft from a shop",
                "category": "THEFT_AND_HANDLING",
                "seriousness": 2,
            },
        )
    ]
)
class OffenceWriteSerializer(ChildScopedWriteSerializer):
    class Meta:
        model = Offence
        fields = ["child", *OFFENCE_FIELDS]


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A youth caution",
            request_only=True,
            value={"child": 1, "outcome_type": "YC", "outcome_date": "2025-07-01", "offences": [1]},
        )
    ]
)
class OutcomeWriteSerializer(ChildScopedWriteSerializer):
    outcome_type = CodeRelatedField(
        slug_field="code", queryset=OutcomeType.objects.all(), help_text="A code from the outcome registry"
    )
    offences = StrictPrimaryKeyRelatedField(
        many=True, queryset=Offence.objects.none(), help_text="The child's offences the outcome is for"
    )

    class Meta:
        model = Outcome
        fields = ["child", *OUTCOME_FIELDS, "offences"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["offences"].child_relation.queryset = offences_for(request.user)
