"""How a screening request is read and answered over the API.

A request carries only what an agency needs to search its own records (the name, date of birth and
address the police gave) and the agency's own answer: never the offence, the victim or the child's record.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from yjs.api.serializers.base import ReadSerializer, StrictCharField, StrictIntegerField, VocabularyField
from yjs.diversion.models import ScreeningRequest
from yjs.diversion.vocabularies import Known

# "yes" or "no", given as a pattern rather than an enum: the child's and the family's answers share the
# vocabulary, and the schema's enum naming would otherwise need a schema-wide override for the pair.
KNOWN_SCHEMA = {"type": "string", "pattern": "^(yes|no)$", "description": "yes: known; no: not known"}


@extend_schema_field(KNOWN_SCHEMA)
class KnownField(VocabularyField):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(choices=Known.choices, **kwargs)


@extend_schema_field({**KNOWN_SCHEMA, "pattern": "^(yes|no)?$", "description": "yes, no, or empty until answered"})
class KnownAnswerField(serializers.CharField):
    pass


class ScreeningRequestSerializer(ReadSerializer):
    child_known = KnownAnswerField(read_only=True)
    family_known = KnownAnswerField(read_only=True)
    agency = serializers.CharField(source="agency.name", read_only=True)
    first_name = serializers.CharField(source="notification.first_name", read_only=True)
    last_name = serializers.CharField(source="notification.last_name", read_only=True)
    date_of_birth = serializers.DateField(source="notification.date_of_birth", read_only=True)
    address = serializers.CharField(source="notification.address", read_only=True)

    class Meta:
        model = ScreeningRequest
        fields = [
            "id",
            "agency",
            "first_name",
            "last_name",
            "date_of_birth",
            "address",
            "requested_on",
            "due_on",
            "child_known",
            "family_known",
            "information",
            "responded_on",
            "version",
        ]
        read_only_fields = fields


class ScreeningAnswerSerializer(serializers.Serializer):
    child_known = KnownField(help_text="Is the child known to the agency?")
    family_known = KnownField(help_text="Is the family known to the agency?")
    information = StrictCharField(
        required=False, allow_blank=True, max_length=20000, help_text="What the agency knows; needed if either is known"
    )
    version = StrictIntegerField(
        required=False,
        min_value=1,
        max_value=2**31 - 1,
        help_text="To change an answer already given: the version you read (409 if someone saved since)",
    )
