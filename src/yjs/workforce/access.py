"""Who may see and change staff supervision, training and the staff survey.

The quality lead (a service manager) and administrators keep the whole service's records; a team manager
sees and records supervision and training for their own team, since they supervise it; auditors read
everything (inspectors ask for it for standard 1.2). Everyone else has no part in it (403). A member of
staff outside what a user may see answers 404.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.core.roles import Role

# The service's practitioners and managers, seconded police officers and health workers among them. Partner
# screeners and board members work for other bodies; administrators and auditors are not supervised here.
STAFF_ROLES = frozenset(
    {Role.CASE_MANAGER, Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.POLICE_OFFICER, Role.HEALTH_WORKER}
)
WORKFORCE_KEEPERS = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR})
WORKFORCE_READERS = WORKFORCE_KEEPERS | {Role.TEAM_MANAGER, Role.AUDITOR}


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_read_workforce(user: User) -> bool:
    return _in_service(user) and user.role in WORKFORCE_READERS


def may_keep_workforce(user: User) -> bool:
    return _in_service(user) and user.role in WORKFORCE_KEEPERS


def may_record(user: User) -> bool:
    """May record supervision and training at all: for whom is staff_visible_to."""
    return _in_service(user) and (
        user.role in WORKFORCE_KEEPERS or (user.role == Role.TEAM_MANAGER and user.team_id is not None)
    )


def staff_visible_to(user: User) -> QuerySet[User]:
    if not may_read_workforce(user):
        return User.objects.none()
    staff = User.objects.filter(service_id=user.service_id, role__in=STAFF_ROLES, is_active=True)
    if user.role == Role.TEAM_MANAGER:
        return staff.filter(team_id=user.team_id) if user.team_id else User.objects.none()
    return staff


def get_staff_for_user(user: User, pk: int) -> User:
    found = staff_visible_to(user).select_related("team").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def may_record_for(user: User, staff: User) -> bool:
    return may_record(user) and staff_visible_to(user).filter(pk=staff.pk).exists()


def nav_items(user: User) -> list[tuple[str, str]]:
    """The pages this area adds to the menu for `user`, as (text, URL)."""
    if may_read_workforce(user):
        return [(_("Workforce"), reverse("workforce:staff"))]
    return []
