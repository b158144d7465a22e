"""Object permissions on children's records (`rules` predicates), for templates and the API."""

from __future__ import annotations

import rules

from yjs.children.models import Child
from yjs.children.queries import children_visible_to, may_change_casework
from yjs.core.models import User


@rules.predicate
def can_view_child(user: User, child: Child | None) -> bool:
    if child is None:
        return user.may_open_child_records
    return children_visible_to(user).filter(pk=child.pk).exists()


@rules.predicate
def can_change_child(user: User, child: Child | None) -> bool:
    return may_change_casework(user) and can_view_child(user, child)


rules.add_perm("children.view_child", can_view_child)
rules.add_perm("children.change_child", can_change_child)
