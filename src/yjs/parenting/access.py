"""Who may see and change parenting work with the child's family, and the child's and parents' feedback.

A child's page ("Parents and feedback") is part of the child's record: case managers, team and service
managers open it within the scope casework gives them (children.queries) and record on it; auditors read
it, changing nothing. Police officers and health workers do not: parenting work and what a family says
about the service are not part of their work with the child. Screeners, board members and administrators
open no child's record.

The service's list of parenting referrals follows the same scope. The feedback analysis is aggregate: the
service's staff who read its performance read it, and the partnership board reads it with small counts
withheld; the free-text comments are for staff only, and only those about children they may see.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, MANAGERS, Role
from yjs.performance.access import AGGREGATE_READERS, may_read_performance

AREA_READERS = CASEWORKERS | {Role.AUDITOR}


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_read_child_area(user: User) -> bool:
    """Whether the child's record shows this area's tab to `user` (the page itself still checks the child)."""
    return _in_service(user) and user.role in AREA_READERS


def may_record(user: User) -> bool:
    return _in_service(user) and user.role in CASEWORKERS


def may_read_referrals(user: User) -> bool:
    return may_read_child_area(user)


def may_keep_programmes(user: User) -> bool:
    return _in_service(user) and user.role in MANAGERS


def may_read_feedback_analysis(user: User) -> bool:
    return may_read_performance(user)


def sees_comments(user: User) -> bool:
    """The free texts are for the service's staff; the board reads the figures only."""
    return may_read_feedback_analysis(user) and user.role not in AGGREGATE_READERS


def nav_items(user: User) -> list[tuple[str, str]]:
    """The service-wide lists this area adds to the menu for `user`, as (text, URL)."""
    if may_record(user):
        return [(_("Parenting and feedback"), reverse("parenting:referrals"))]
    return []
