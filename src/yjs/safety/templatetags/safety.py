"""A notice of the user's overdue safety actions, for pages outside this app (the caseload)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from yjs.safety.selectors import overdue_action_count

register = template.Library()


@register.inclusion_tag("safety/_overdue_notice.html", takes_context=True)
def overdue_safety_actions(context: dict[str, Any]) -> dict[str, Any]:
    user = context.get("user")
    return {"overdue": overdue_action_count(user, timezone.localdate()) if user is not None else 0}
