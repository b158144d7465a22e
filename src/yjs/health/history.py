"""The changes to the child's health interventions, for the History tab of the child's record."""

from __future__ import annotations

from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.health import access
from yjs.health.models import HealthIntervention


def child_history(user: User, child: Child) -> list[Change]:
    if not access.may_read_child_area(user):
        return []
    return changes_of(
        HealthIntervention,
        versions_of(HealthIntervention.objects.filter(child_id=child.pk)),
        lambda row: _("%(type)s (%(provider)s)") % {"type": row.get_intervention_type_display(), "provider": row.provider},
    )
