"""How the API answers when a domain service refuses: 400 keyed by field, 409 for a stale version.

Services raise Django's ValidationError (from `full_clean` or their own checks) or PermissionDenied,
and the concurrency module raises StaleRecordError; both are mapped here so that no refusal reaches the client as a 500.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework import status
from rest_framework.exceptions import APIException, PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler

from yjs.core.concurrency import StaleRecordError


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = _("Someone else changed this record after you read it.")
    default_code = "conflict"


def field_errors(exc: DjangoValidationError) -> dict[str, Any]:
    """Django's errors in DRF's shape; a model's `__all__` errors become DRF's non-field key."""
    errors = as_serializer_error(exc)
    if "__all__" in errors:
        errors[api_settings.NON_FIELD_ERRORS_KEY] = errors.pop("__all__")
    return errors


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        exc = ValidationError(detail=field_errors(exc))
    elif isinstance(exc, DjangoPermissionDenied):
        # A service's refusal carries no words; say what kind of refusal it is.
        exc = PermissionDenied(
            str(exc) or _("You may not make this change: the case is not one your role and team may change.")
        )
    elif isinstance(exc, StaleRecordError):
        exc = Conflict(str(exc))
    return exception_handler(exc, context)
