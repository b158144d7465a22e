"""The out-of-court pipeline's records as the API reads and writes them."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, extend_schema_serializer
from rest_framework import serializers

from yjs.api.serializers.base import CodeRelatedField, ReadSerializer, WriteSerializer
from yjs.core.models import LocalAuthority
from yjs.diversion.models import Notification
from yjs.diversion.services.intake import POLICE_FIELDS

RECORD_FIELDS = ["version", "created_at", "modified_at"]


# Notifications


class NotificationSerializer(ReadSerializer):
    local_authority = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    candidate_ids = serializers.ListField(
        child=serializers.IntegerField(), read_only=True, help_text="Children it might be, while a match is reviewed"
    )

    class Meta:
        model = Notification
        fields = [
            "id",
            *POLICE_FIELDS,
            "source",
            "child",
            "candidate_ids",
            "stage",
            "decision",
            "decided_on",
            "withdrawn_reason",
            *RECORD_FIELDS,
        ]
        read_only_fields = fields


@extend_schema_serializer(
    examples=[
        OpenApiExample(
            "A shop theft, admitted",
            request_only=True,
            value={
                "police_reference": "DP/012345/25",
                "first_name": "Riley",
                "last_name": "Synthetic",
                "date_of_birth": "2011-03-14",
                "pnc_number": "25/123456A",
                "offence_date": "2025-06-01",
                "offence_description": "Theft from a shop",
                "gravity_score": 2,
                "admitted": True,
                "officer": "PC 1234 Example",
            },
        )
    ]
)
class NotificationWriteSerializer(WriteSerializer):
    """What the police system sends. The service checks the rest (a youth case, the local authority)."""

    local_authority = CodeRelatedField(
        slug_field="code",
        queryset=LocalAuthority.objects.none(),
        required=False,
        help_text="ONS code of one of the service's local authorities; may be left out if the service has only one",
    )

    class Meta:
        model = Notification
        fields = list(POLICE_FIELDS)
        extra_kwargs = {"notified_on": {"required": False}}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        service_id = getattr(getattr(self.context.get("request"), "user", None), "service_id", None)
        if service_id is not None:
            self.fields["local_authority"].queryset = LocalAuthority.objects.filter(service_id=service_id)

    def get_validators(self) -> list[Any]:
        # A reference already received is the service's business (unchanged, a correction, or refused).
        return []
