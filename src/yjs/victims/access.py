"""Who may see and change the victims of children's offences, decided once here for pages, menu and lists.

- The service's designated victim workers (VictimWorker, any casework role) and its team and service
  managers see victims in full, personal details included, and record the work with them. Victim workers
  see every victim of the service; team managers those of the children they can open.
- Case managers and auditors who may open the child's record see that the child's offences have victims
  and what the plan must reflect (whether contact was made, restorative justice, the victim's wishes where
  the victim agreed to share them) but never who the victim is or how to reach them.
- Police officers, health workers, partner screeners, board members and administrators are refused (403).
Every lookup is within the user's own service, so another service's victim answers 404.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.children.queries import children_visible_to, get_child_for_user
from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, MANAGERS, Role
from yjs.victims.models import Victim, VictimWorker

# Roles that may open the victims tab of a child they can see; only some of them see personal details.
TAB_READERS = CASEWORKERS | {Role.AUDITOR}


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def is_victim_worker(user: User, day: date | None = None) -> bool:
    """Whether `user` holds a current victim worker designation in their own service."""
    if not _in_service(user) or user.role not in CASEWORKERS:
        return False
    day = day or timezone.localdate()
    designations = VictimWorker.objects.filter(service_id=user.service_id, user=user, active_from__lte=day)
    return designations.exclude(active_to__lt=day).exists()


def may_see_details(user: User) -> bool:
    """Victims' names and contact details, their pages, and recording the work with them."""
    return _in_service(user) and (user.role in MANAGERS or is_victim_worker(user))


def may_keep_workers(user: User) -> bool:
    return _in_service(user) and user.role == Role.SERVICE_MANAGER


def may_read_child_area(user: User) -> bool:
    """Whether the child's record shows this area's tab to `user` (the page itself still checks the child)."""
    return _in_service(user) and user.role in TAB_READERS


def nav_items(user: User) -> list[tuple[str, str]]:
    """The service-wide lists this area adds to the menu for `user`, as (text, URL)."""
    if may_see_details(user):
        return [(_("Victims"), reverse("victims:worklist"))]
    return []


def children_for_victims(user: User) -> QuerySet[Child]:
    """Children whose victims `user` may list: the whole service for a victim worker, else their usual scope."""
    if _in_service(user) and is_victim_worker(user):
        return Child.objects.filter(service_id=user.service_id, archived_at__isnull=True)
    return children_visible_to(user)


def get_child_for_victims(user: User, pk: int) -> Child:
    """The child whose victims tab is asked for: 403 for a role with no part, 404 outside the user's scope."""
    if not may_read_child_area(user):
        raise PermissionDenied
    if is_victim_worker(user):
        return get_object_or_404(children_for_victims(user).select_related("local_authority", "family"), pk=pk)
    return get_child_for_user(user, pk)


def victims_visible_to(user: User) -> QuerySet[Victim]:
    """Victims whose details `user` may see (none for a user who may not see details)."""
    if not may_see_details(user):
        return Victim.objects.none()
    return Victim.objects.live().filter(service_id=user.service_id, child__in=children_for_victims(user))


def get_victim_for_user(user: User, pk: int) -> Victim:
    if not may_see_details(user):
        raise PermissionDenied
    return get_object_or_404(victims_visible_to(user).select_related("child"), pk=pk)


def workers_of(user: User) -> QuerySet[VictimWorker]:
    return VictimWorker.objects.filter(service_id=user.service_id).select_related("user")
