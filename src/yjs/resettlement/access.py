"""Who may see and change the child's custody episodes, release planning, accommodation and transition to adult probation."""

from __future__ import annotations

from yjs.core.models import User
from yjs.core.roles import CASEWORKERS


def may_read_child_area(user: User) -> bool:
    """Whether the child's record shows this area's tab to `user` (the page itself still checks the child)."""
    return user.is_authenticated and user.role in CASEWORKERS


def nav_items(user: User) -> list[tuple[str, str]]:
    """The service-wide lists this area adds to the menu for `user`, as (text, URL)."""
    return []
