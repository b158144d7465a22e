"""Template helpers for GOV.UK form markup."""

from __future__ import annotations

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString

from yjs.core.forms import widget_kind as _widget_kind

register = template.Library()


@register.filter
def widget_kind(field: BoundField) -> str:
    return _widget_kind(field.field.widget)


@register.filter
def describe_field(field: BoundField) -> SafeString:
    """Render the widget with aria-describedby pointing at its hint and error message."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    return field.as_widget(attrs=attrs)
