"""OpenAPI details every operation shares: the record it answers with, and the errors it can give.

Writes take one serializer and answer with the record as read (`read_serializer_class`), and every
refusal the API can make is documented, so clients and the contract check know each status code.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(read_only=True)


FIELD_ERRORS = {
    "type": "object",
    "description": "Errors keyed by field name (`non_field_errors` for the record as a whole), "
    "or `detail` when the request could not be read.",
    "additionalProperties": {},
}


class YjsAutoSchema(AutoSchema):
    def get_response_serializers(self) -> Any:
        return getattr(self.view, "read_serializer_class", None) or super().get_response_serializers()

    def get_operation(self, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        operation = super().get_operation(*args, **kwargs)
        if operation is None:
            return None
        detail = self.resolve_serializer(ErrorSerializer, "response").ref
        errors: dict[str, tuple[str, dict[str, Any]]] = {}
        if self.method in ("POST", "PUT", "PATCH") or any(p["in"] == "query" for p in operation.get("parameters", [])):
            errors["400"] = ("Invalid request: see the field errors", FIELD_ERRORS)
        if self.view.authentication_classes:
            errors["401"] = ("No valid credentials were given", detail)
            errors["403"] = ("The caller's role may not do this", detail)
        if "{" in self.path or self._is_list_view():
            errors["404"] = ("Not found, or not visible to the caller (or no such page)", detail)
        # Changes to a record (PUT, PATCH, and actions such as submit) carry the version read.
        if self.method in ("PUT", "PATCH") or (self.method == "POST" and "{" in self.path):
            errors["409"] = ("Someone else saved the record since the given version", detail)
        for code, (description, schema) in errors.items():
            operation["responses"].setdefault(
                code, {"description": description, "content": {"application/json": {"schema": schema}}}
            )
        return operation
