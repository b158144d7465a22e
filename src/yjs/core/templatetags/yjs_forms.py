"""Template helpers for GOV.UK form markup."""

from __future__ import annotations

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString

from yjs.core.forms import DATE_PARTS, GovukDateInput
from yjs.core.forms import widget_kind as _widget_kind

register = template.Library()


@register.filter
def widget_kind(field: BoundField) -> str:
    return _widget_kind(field.field.widget)


@register.filter
def described_by(field: BoundField) -> str:
    """The ids of the field's hint and error message, for aria-describedby."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.filter
def describe_field(field: BoundField) -> SafeString:
    """Render the widget with aria-describedby pointing at its hint and error message."""
    ids = described_by(field)
    return field.as_widget(attrs={"aria-describedby": ids} if ids else {})


@register.filter
def error_anchor(field: BoundField) -> str:
    """The id the error summary links to: the first input of the field (the first wrong box of a date)."""
    widget = field.field.widget
    kind = _widget_kind(widget)
    if kind in {"radios", "checkboxes"}:
        return f"{field.auto_id}_0"
    if isinstance(widget, GovukDateInput):
        first = next((part for part in DATE_PARTS if part in widget.error_parts), "day")
        return f"{field.auto_id}_{first}"
    return field.auto_id
