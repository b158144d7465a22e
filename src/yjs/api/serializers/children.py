from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, extend_schema_serializer
from rest_framework import serializers

from yjs.api.serializers.base import (
    CodeRelatedField,
    ReadSerializer,
    StrictIntegerField,
    StrictPrimaryKeyRelatedField,
    WriteSerializer,
)
from yjs.children import services as children_services
from yjs.children.models import Child, Family
from yjs.children.vocabularies import EthnicGroup
from yjs.core.models import LocalAuthority

# The same fields the service changes, so the API cannot drift from it.
CHILD_FIELDS = list(children_services.CHILD_FIELDS)


class ChildSerializer(ReadSerializer):
    yjs_id = serializers.CharField(read_only=True, help_text="The reference staff quote, e.g. YJS0000123")
    ethnic_group = serializers.ChoiceField(choices=EthnicGroup.choices, read_only=True)
    local_authority = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Child
        fields = ["id", "yjs_id", *CHILD_FIELDS, "ethnic_group", "version", "created_at", "modified_at"]
        read_only_fields = fields


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A new child",
            request_only=True,
            value={
                "first_name": "Riley",
                "last_name": "Example",
                "date_of_birth": "2010-04-01",
                "sex": "F",
                "ethnicity": "W_BRITISH",
                "local_authority": "E99000001",
            },
        )
    ]
)
class ChildWriteSerializer(WriteSerializer):
    local_authority = CodeRelatedField(
        slug_field="code", queryset=LocalAuthority.objects.none(), help_text="ONS code of a local authority"
    )
    family = StrictPrimaryKeyRelatedField(queryset=Family.objects.none(), allow_null=True, required=False)

    class Meta:
        model = Child
        fields = CHILD_FIELDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only the caller's own service's authorities and families can be chosen.
        request = self.context.get("request")
        service_id = getattr(getattr(request, "user", None), "service_id", None)
        self.fields["local_authority"].queryset = LocalAuthority.objects.filter(service_id=service_id)
        self.fields["family"].queryset = Family.objects.filter(service_id=service_id, archived_at__isnull=True)

    def validate_date_of_birth(self, value: date) -> date:
        if value > timezone.localdate():
            raise serializers.ValidationError(_("The date of birth must be in the past."))
        return value


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A new PNC number",
            request_only=True,
            value={
                "first_name": "Riley",
                "last_name": "Synthetic",
                "date_of_birth": "2009-03-14",
                "local_authority": "E99000001",
                "pnc_number": "25/0012345A",
                "version": 1,
            },
        )
    ]
)
class ChildUpdateSerializer(ChildWriteSerializer):
    version = StrictIntegerField(
        min_value=1, help_text="The version you read; the change is refused with 409 if someone saved since."
    )

    class Meta(ChildWriteSerializer.Meta):
        fields = [*CHILD_FIELDS, "version"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        # A partial update skips required fields, but a change without the version read is never safe.
        if "version" not in attrs:
            raise serializers.ValidationError({"version": _("Give the version of the record you are changing.")})
        return attrs
