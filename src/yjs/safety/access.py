"""Who may see and change the child's risk panel referrals, MAPPA, exploitation screening and contingency.

- The child's safety tab, the MAPPA form and recording a contingency review: the caseworkers whose scope
  holds the child (case managers and team managers for their team's cases, service managers for the
  whole service). Police, health workers and auditors read the child's record elsewhere but not this
  tab (403); the MAPPA marker on the identity bar tells every reader of the record that the child is
  managed under MAPPA.
- Exploitation intelligence (screenings with their associates and locations, national referral mechanism
  referrals): only the child's own case workers, i.e. a case manager who holds one of the child's
  interventions, the team manager of a team holding the child's case, and service managers. A case
  manager in the same team who does not hold the case is refused (403); see the decision on exploitation
  intelligence.
- The risk panel (meetings, referrals, the panel's decisions), the service-wide exploitation view and the
  contingency list: team managers (their team's children) and service managers (all); case managers 403.
- Actions: everyone who owns one sees "My safety actions"; an action is marked done by its owner or a
  manager whose scope holds the child.

Everything is looked up within the user's service and scope first: another service's or team's record
answers 404.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.children.queries import children_visible_to
from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, MANAGERS
from yjs.safety.models import PanelMeeting, PanelReferral, SafetyAction


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_read_child_area(user: User) -> bool:
    """Whether the child's record shows this area's tab to `user` (the page itself still checks the child)."""
    return _in_service(user) and user.role in CASEWORKERS


def may_run_panel(user: User) -> bool:
    return _in_service(user) and user.role in MANAGERS


def may_read_exploitation(user: User, child: Child) -> bool:
    """The child's own case workers: the case manager holding a case of theirs, a manager whose scope holds it."""
    if not (_in_service(user) and user.role in CASEWORKERS and child.service_id == user.service_id):
        return False
    if user.role in MANAGERS:
        return children_visible_to(user).filter(pk=child.pk).exists()
    return Intervention.objects.filter(child=child, case_manager=user, archived_at__isnull=True).exists()


def require_exploitation_reader(user: User, child: Child) -> None:
    if not may_read_exploitation(user, child):
        raise PermissionDenied


def require_panel(user: User) -> User:
    if not may_run_panel(user):
        raise PermissionDenied
    return user


def require_caseworker(user: User) -> User:
    if not may_read_child_area(user):
        raise PermissionDenied
    return user


def nav_items(user: User) -> list[tuple[str, str]]:
    """The service-wide lists this area adds to the menu for `user`, as (text, URL)."""
    if may_read_child_area(user):
        return [(_("Risk and safety"), reverse("safety:hub"))]
    return []


def meetings_visible_to(user: User) -> QuerySet[PanelMeeting]:
    if not may_run_panel(user):
        return PanelMeeting.objects.none()
    return PanelMeeting.objects.filter(service_id=user.service_id, archived_at__isnull=True)


def referrals_visible_to(user: User) -> QuerySet[PanelReferral]:
    """Referrals of the children in the user's scope (a team manager does not see other teams' children)."""
    if not may_run_panel(user):
        return PanelReferral.objects.none()
    return PanelReferral.objects.filter(
        Exists(children_visible_to(user).filter(pk=OuterRef("child_id"))),
        service_id=user.service_id,
        archived_at__isnull=True,
    )


def get_meeting_for_user(user: User, pk: int) -> PanelMeeting:
    require_panel(user)
    meeting = meetings_visible_to(user).filter(pk=pk).first()
    if meeting is None:
        raise Http404
    return meeting


def get_referral_for_user(user: User, pk: int) -> PanelReferral:
    require_panel(user)
    referral = referrals_visible_to(user).select_related("child", "meeting").filter(pk=pk).first()
    if referral is None:
        raise Http404
    return referral


def get_action_for_user(user: User, pk: int) -> SafetyAction:
    """An action its owner, or a manager whose scope holds the child, may mark done."""
    if not may_read_child_area(user):
        raise PermissionDenied
    action = (
        SafetyAction.objects.filter(pk=pk, service_id=user.service_id, archived_at__isnull=True)
        .select_related("referral__child", "owner")
        .first()
    )
    if action is None:
        raise Http404
    if action.owner_id == user.pk:
        return action
    if user.role in MANAGERS and children_visible_to(user).filter(pk=action.referral.child_id).exists():
        return action
    # Another owner's action is not confirmed to exist.
    raise Http404
