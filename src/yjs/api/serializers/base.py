"""Shared serializer pieces: strict JSON types, vocabulary fields whose refusals name the field.

DRF accepts "5" for an integer, 0 for a boolean and 12 for a string. The schema promises JSON types,
so writes hold clients to them: a type mistake in an integration is refused, not silently converted.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers


def _field_name(field: serializers.Field) -> str:
    return str(field.label or field.field_name or "").lower()


class StrictCharField(serializers.CharField):
    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBooleanField(serializers.BooleanField):
    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class VocabularyField(serializers.ChoiceField):
    """A code from a national vocabulary. An unknown code is refused naming the field and the codes allowed."""

    def to_internal_value(self, data: Any) -> Any:
        if data == "" and self.allow_blank:
            return ""
        if not isinstance(data, str) or data not in self.choice_strings_to_values:
            raise serializers.ValidationError(
                _("“%(value)s” is not one of the codes for %(field)s. Use one of: %(codes)s.")
                % {"value": data, "field": _field_name(self), "codes": ", ".join(self.choice_strings_to_values)},
                code="invalid_choice",
            )
        return self.choice_strings_to_values[data]


class CodeRelatedField(serializers.SlugRelatedField):
    """A related record named by its code (an outcome type, a local authority), refused naming the field."""

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, str) or not self.get_queryset().filter(**{self.slug_field: data}).exists():
            raise serializers.ValidationError(
                _("“%(value)s” is not a known code for %(field)s.") % {"value": data, "field": _field_name(self)},
                code="does_not_exist",
            )
        return super().to_internal_value(data)


_STRICT = {
    serializers.CharField: StrictCharField,
    serializers.IntegerField: StrictIntegerField,
    serializers.BooleanField: StrictBooleanField,
}


class WriteSerializer(serializers.ModelSerializer):
    """Validates the shape of a write; the domain service then validates the meaning and saves."""

    serializer_field_mapping = {
        model_field: _STRICT.get(field, field)
        for model_field, field in serializers.ModelSerializer.serializer_field_mapping.items()
    }
    serializer_related_field = StrictPrimaryKeyRelatedField
    serializer_choice_field = VocabularyField


class ReadSerializer(serializers.ModelSerializer):
    """Output only, every field read-only.

    DRF drops `allow_blank` from read-only fields, so the schema's enums would leave out the "" that a
    vocabulary field left blank holds (an assessment's ratings before they are made); keep it.
    """

    def build_standard_field(self, field_name: str, model_field: Any) -> tuple[type, dict[str, Any]]:
        field_class, kwargs = super().build_standard_field(field_name, model_field)
        if model_field.choices and model_field.blank:
            kwargs["allow_blank"] = True
        return field_class, kwargs

    def include_extra_kwargs(self, kwargs: dict[str, Any], extra_kwargs: dict[str, Any]) -> dict[str, Any]:
        allow_blank = kwargs.get("allow_blank", False)
        kwargs = super().include_extra_kwargs(kwargs, extra_kwargs)
        if allow_blank and "choices" in kwargs:
            kwargs["allow_blank"] = True
        return kwargs
