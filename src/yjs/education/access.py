"""Who may see and change the child's education, training or employment.

Case managers, team managers and service managers read and record it for the children they may open;
auditors read it. Police officers, health workers, partner screeners, board members and administrators
have no part in it (403). The service view of children not in full-time education and 16-17 NEET is for
the managers and case managers who act on it; it counts every child in the service and names only those
whose records the user may open.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, Role

READERS = CASEWORKERS | {Role.AUDITOR}


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_read_child_area(user: User) -> bool:
    """Whether the child's record shows this area's tab to `user` (the page itself still checks the child)."""
    return _in_service(user) and user.role in READERS


def may_record(user: User) -> bool:
    return _in_service(user) and user.role in CASEWORKERS


def may_read_service_view(user: User) -> bool:
    return _in_service(user) and user.role in CASEWORKERS


def nav_items(user: User) -> list[tuple[str, str]]:
    """The service-wide lists this area adds to the menu for `user`, as (text, URL)."""
    if not may_read_service_view(user):
        return []
    return [(_("Education"), reverse("education:overview"))]
