"""Shared serializer pieces: vocabulary fields whose refusals name the field, and read-only records."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers


class VocabularyField(serializers.ChoiceField):
    """A code from a national vocabulary. An unknown code is refused naming the field and the codes allowed."""

    def to_internal_value(self, data: Any) -> Any:
        if data == "" and self.allow_blank:
            return ""
        if str(data) not in self.choice_strings_to_values:
            field = (self.label or self.field_name or "").lower()
            raise serializers.ValidationError(
                _("“%(value)s” is not one of the codes for %(field)s. Use one of: %(codes)s.")
                % {"value": data, "field": field, "codes": ", ".join(self.choice_strings_to_values)},
                code="invalid_choice",
            )
        return self.choice_strings_to_values[str(data)]


class CodeRelatedField(serializers.SlugRelatedField):
    """A related record named by its code (an outcome type, a local authority), refused naming the field."""

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, str) or not self.get_queryset().filter(**{self.slug_field: data}).exists():
            field = (self.label or self.field_name or "").lower()
            raise serializers.ValidationError(
                _("“%(value)s” is not a known code for %(field)s.") % {"value": data, "field": field},
                code="does_not_exist",
            )
        return super().to_internal_value(data)


class WriteSerializer(serializers.ModelSerializer):
    """Validates the shape of a write; the domain service then validates the meaning and saves."""

    serializer_choice_field = VocabularyField

