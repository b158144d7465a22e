"""Who may see and change the child's custody episodes, release planning, accommodation and transition to adult probation.

Case managers and team managers work with their team's children, service managers with the whole service's,
as in casework (children.queries.children_visible_to); auditors read the same records service-wide, for case
audits of resettlement (HMIP standard 4.1), and change nothing. Police officers, health workers, partner
screeners, board members and administrators have no part in a child's custody or transition (403). Every
record is fetched through the children the user may see, so anyone else's answers 404.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.children.queries import children_visible_to
from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, Role
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, Transition

READERS = CASEWORKERS | {Role.AUDITOR}


def may_read(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None and user.role in READERS


def may_change(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None and user.role in CASEWORKERS


def may_read_child_area(user: User) -> bool:
    """Whether the child's record shows this area's tab to `user` (the page itself still checks the child)."""
    return may_read(user)


def nav_items(user: User) -> list[tuple[str, str]]:
    """The service-wide lists this area adds to the menu for `user`, as (text, URL)."""
    if not may_change(user):
        return []
    return [(_("Custody and transitions"), reverse("resettlement:custody"))]


def require_reader(user: User) -> None:
    if not may_read(user):
        raise PermissionDenied


def require_changer(user: User) -> None:
    if not may_change(user):
        raise PermissionDenied


def visible_children(user: User) -> QuerySet[Child]:
    return children_visible_to(user) if may_read(user) else Child.objects.none()


def _of_visible_children(user: User, queryset: QuerySet) -> QuerySet:
    return queryset.filter(Exists(visible_children(user).filter(pk=OuterRef("child_id"))))


def episodes_visible_to(user: User) -> QuerySet[CustodyEpisode]:
    return _of_visible_children(user, CustodyEpisode.objects.live().filter(service_id=user.service_id))


def get_episode_for_user(user: User, pk: int, write: bool = False) -> CustodyEpisode:
    (require_changer if write else require_reader)(user)
    return get_object_or_404(episodes_visible_to(user).select_related("child", "outcome__outcome_type"), pk=pk)


def get_accommodation_for_user(user: User, pk: int, write: bool = False) -> AccommodationRecord:
    (require_changer if write else require_reader)(user)
    records = _of_visible_children(user, AccommodationRecord.objects.live().filter(service_id=user.service_id))
    return get_object_or_404(records.select_related("child"), pk=pk)


def get_transition_for_user(user: User, pk: int, write: bool = False) -> Transition:
    (require_changer if write else require_reader)(user)
    records = _of_visible_children(user, Transition.objects.live().filter(service_id=user.service_id))
    return get_object_or_404(records.select_related("child"), pk=pk)
