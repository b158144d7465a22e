"""Continuity of case manager: who has worked with this child, or with their family, before.

A child does better with a worker they already know; when a case is allocated, the people who held
an earlier allocation for the child, or for a brother or sister in the same family, are offered first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Max, Q, QuerySet

from yjs.casework.models import Intervention
from yjs.core.models import User
from yjs.core.roles import Role

ALLOCATABLE_ROLES = (Role.CASE_MANAGER, Role.TEAM_MANAGER)


@dataclass(frozen=True)
class Suggestion:
    user: User
    knows_the_child: bool
    last_allocated_on: date


def allocatable_staff(service_id: int) -> QuerySet[User]:
    """Who a case may be allocated to: active case managers and team managers of the service."""
    return User.objects.filter(service_id=service_id, role__in=ALLOCATABLE_ROLES, is_active=True).select_related("team")


def suggested_case_managers(intervention: Intervention) -> list[Suggestion]:
    """Staff who held an allocation for this child, or another child of the family, most recent first."""
    child = intervention.child
    with_child = Q(allocations__intervention__child_id=child.pk)
    with_family = (
        Q(allocations__intervention__child__family_id=child.family_id) & ~with_child if child.family_id else Q(pk__in=[])
    )
    staff = (
        allocatable_staff(intervention.service_id)
        .annotate(
            last_with_child=Max("allocations__allocated_on", filter=with_child),
            last_with_family=Max("allocations__allocated_on", filter=with_family),
        )
        .filter(Q(last_with_child__isnull=False) | Q(last_with_family__isnull=False))
    )
    if intervention.case_manager_id:
        staff = staff.exclude(pk=intervention.case_manager_id)
    suggestions = [
        Suggestion(
            user=user,
            knows_the_child=user.last_with_child is not None,
            last_allocated_on=max(d for d in (user.last_with_child, user.last_with_family) if d is not None),
        )
        for user in staff
    ]
    # Most recent first; on the same day, someone who knows the child before someone who knows the family.
    suggestions.sort(key=lambda s: (-s.last_allocated_on.toordinal(), not s.knows_the_child))
    return suggestions
