"""Template helpers for durations shown to users."""

from __future__ import annotations

from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def whole_minutes(duration: timedelta | None) -> int:
    if duration is None:
        return 0
    return max(1, round(duration.total_seconds() / 60))
