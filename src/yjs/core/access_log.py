"""Writing and reading the log of who opened which child's record."""

from __future__ import annotations

from django.db.models import QuerySet

from yjs.core.models import AccessLog, User


def record_view(user: User, child_id: int, what: str, reason: str = "") -> None:
    assert user.service_id is not None
    AccessLog.objects.create(user=user, service_id=user.service_id, child_id=child_id, what=what, reason=reason)


def views_of_child(child_id: int) -> QuerySet[AccessLog]:
    return AccessLog.objects.filter(child_id=child_id).select_related("user")
