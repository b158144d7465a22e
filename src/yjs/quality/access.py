"""Who may see and change case audits, ratings and recommendations."""

from __future__ import annotations

from yjs.core.models import User


def nav_items(user: User) -> list[tuple[str, str]]:
    """The pages this area adds to the menu for `user`, as (text, URL)."""
    return []
