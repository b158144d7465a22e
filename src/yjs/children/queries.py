"""Which children a user may see, decided once here for every page, API call, search and export.

Scope is by service first, then by role: service managers, auditors and health workers see the whole
service; case managers and team managers see their team's cases and children not yet allocated to
any team; police officers see children they have notified to the YJS or who have had an out-of-court
outcome. Screeners, board members and administrators see no child records at all.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from yjs.children.models import Carer, Child, Family
from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, SERVICE_WIDE_READERS, Role


def children_visible_to(user: User) -> QuerySet[Child]:
    if not user.is_authenticated or not user.may_open_child_records:
        return Child.objects.none()
    in_service = Child.objects.filter(service_id=user.service_id, archived_at__isnull=True)
    if user.role in SERVICE_WIDE_READERS:
        return in_service
    from yjs.casework.models import Intervention
    from yjs.justice.models import Outcome

    if user.role == Role.POLICE_OFFICER:
        from yjs.diversion.models import Notification

        out_of_court = Outcome.objects.filter(child=OuterRef("pk"), outcome_type__stage="pre_court")
        notified = Notification.objects.filter(child=OuterRef("pk"))
        return in_service.filter(Q(Exists(out_of_court)) | Q(Exists(notified)))
    any_intervention = Intervention.objects.filter(child=OuterRef("pk"))
    team_intervention = any_intervention.filter(team_id=user.team_id)
    return in_service.filter(Q(Exists(team_intervention)) | ~Q(Exists(any_intervention)))


def may_change_casework(user: User) -> bool:
    return user.is_authenticated and user.role in CASEWORKERS and user.service_id is not None


def get_child_for_user(user: User, pk: int, write: bool = False) -> Child:
    """Fetch and authorise in one step: 403 for a role that may not open records, 404 for one out of scope."""
    if not user.may_open_child_records:
        raise PermissionDenied
    if write and not may_change_casework(user):
        raise PermissionDenied
    return get_object_or_404(children_visible_to(user).select_related("local_authority", "family"), pk=pk)


def get_carer_of_child(child: Child, pk: int) -> Carer:
    """A live parent or carer of a child already fetched and authorised; 404 for anyone else's or a removed one."""
    return get_object_or_404(child.carers.filter(archived_at__isnull=True), pk=pk)


def families_to_choose_from(user: User, current: int | None = None) -> QuerySet[Family]:
    """The live families of the user's service, each with the children in it that the user may see.

    A family's other children are named only where the user could open their records anyway, so choosing a
    family shows no one the user's scope leaves out. The child's `current` family stays a choice even once
    archived, so that saving other details does not silently take the child out of it.
    """
    visible = children_visible_to(user).order_by("first_name", "last_name")
    return (
        Family.objects.filter(service_id=user.service_id)
        .filter(Q(archived_at__isnull=True) | Q(pk=current))
        .prefetch_related(Prefetch("children", queryset=visible, to_attr="visible_children"))
        .order_by("name", "pk")
    )


def siblings_visible_to(user: User, child: Child) -> list[Child]:
    """The other children of the child's family whose records the user may open."""
    if child.family_id is None:
        return []
    return list(children_visible_to(user).filter(family_id=child.family_id).exclude(pk=child.pk))
