"""Showing a service's refusal on the form the user filled in, so what they typed is kept."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import HttpRequest

from yjs.core.concurrency import StaleRecordError


def add_service_errors(form: BaseForm, error: ValidationError) -> None:
    """Show a service's refusal on the form, beside the field it names where the form has that field."""
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


def form_after_stale(
    form_class: type[BaseForm], request: HttpRequest, error: StaleRecordError, current_version: int, **kwargs: Any
) -> BaseForm:
    """The form again with what the user typed and the refusal, now carrying the latest version.

    Saving again is then a deliberate choice made after seeing the other person's change.
    """
    data = request.POST.copy()
    data["version"] = str(current_version)
    form = form_class(data, **kwargs)
    form.is_valid()
    form.add_error(None, str(error))
    return form
