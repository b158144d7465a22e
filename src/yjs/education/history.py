"""The changes to the child's education placements and exclusions, for the History tab of the child's record."""

from __future__ import annotations

from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.education import access
from yjs.education.models import EducationPlacement, Exclusion


def child_history(user: User, child: Child) -> list[Change]:
    if not access.may_read_child_area(user):
        return []
    changes = changes_of(
        EducationPlacement,
        versions_of(EducationPlacement.objects.filter(child_id=child.pk)),
        lambda row: _("Placement: %(name)s") % {"name": row.provider or row.get_kind_display()},
    )
    changes += changes_of(
        Exclusion,
        versions_of(Exclusion.objects.filter(child_id=child.pk)),
        lambda row: _("%(kind)s: %(school)s") % {"kind": row.get_kind_display(), "school": row.school},
    )
    return changes
