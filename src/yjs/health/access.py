"""Who may see and change the health interventions offered to the child and whether they attended.

Health workers (who read the whole service) and case workers (case managers, team and service managers)
read and record them for the children they may open; auditors read them. Police officers have no part in
a child's health (403), nor have partner screeners, board members or administrators.
"""

from __future__ import annotations

from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, Role

RECORDERS = CASEWORKERS | {Role.HEALTH_WORKER}
READERS = RECORDERS | {Role.AUDITOR}


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_read_child_area(user: User) -> bool:
    """Whether the child's record shows this area's tab to `user` (the page itself still checks the child)."""
    return _in_service(user) and user.role in READERS


def may_record(user: User) -> bool:
    return _in_service(user) and user.role in RECORDERS


def nav_items(user: User) -> list[tuple[str, str]]:
    """The service-wide lists this area adds to the menu for `user`, as (text, URL): none."""
    return []
