"""The changes to the child's custody episodes, release planning, accommodation and transition to adult
probation, for the History tab of the child's record."""

from __future__ import annotations

from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.lib.formats import long_date
from yjs.resettlement import access
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, ReleaseMilestone, Transition
from yjs.resettlement.release_planning import DEFAULT_MILESTONES


def _milestone(code: str) -> str:
    return next((str(rule.label) for rule in DEFAULT_MILESTONES if rule.code == code), code)


def child_history(user: User, child: Child) -> list[Change]:
    if not access.may_read_child_area(user):
        return []
    pk = child.pk
    changes = changes_of(
        CustodyEpisode,
        versions_of(CustodyEpisode.objects.filter(child_id=pk)),
        lambda row: (
            _("Custody at %(establishment)s from %(day)s")
            % {"establishment": row.establishment, "day": long_date(row.start_date)}
        ),
    )
    changes += changes_of(
        ReleaseMilestone,
        versions_of(ReleaseMilestone.objects.filter(episode__child_id=pk)),
        lambda row: _("Release planning: %(milestone)s") % {"milestone": _milestone(row.milestone)},
        display={"milestone": _milestone},
    )
    changes += changes_of(
        AccommodationRecord,
        versions_of(AccommodationRecord.objects.filter(child_id=pk)),
        lambda row: _("Accommodation from %(day)s") % {"day": long_date(row.start_date)},
    )
    changes += changes_of(
        Transition, versions_of(Transition.objects.filter(child_id=pk)), lambda row: _("Transition to adult probation")
    )
    return changes
