"""The changes to the child's safety records, for the History tab of the child's record.

Panel referrals and the actions agreed on them, MAPPA and contingency reviews, for everyone who reads the
safety tab; exploitation screenings and NRM referrals only for the child's own case workers, as on the tab
(access.may_read_exploitation). One query per kind of record, whatever the number of changes.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.lib.formats import long_date
from yjs.safety import access
from yjs.safety.models import (
    ContingencyReview,
    ExploitationScreening,
    MappaRecord,
    NrmReferral,
    PanelReferral,
    SafetyAction,
)
from yjs.safety.vocabularies import Indicator


def _indicators(codes: list[str]) -> str:
    labels = dict(Indicator.choices)
    return "\n".join(str(labels.get(code, code)) for code in codes)


def child_history(user: User, child: Child) -> list[Change]:
    if not access.may_read_child_area(user):
        return []
    pk = child.pk
    changes = changes_of(
        PanelReferral,
        versions_of(PanelReferral.objects.filter(child_id=pk)),
        lambda row: _("Risk panel referral of %(day)s") % {"day": long_date(row.referred_on)},
    )
    changes += changes_of(
        SafetyAction,
        versions_of(SafetyAction.objects.filter(referral__child_id=pk)),
        lambda row: _("Safety action: %(action)s") % {"action": row.description},
        hidden=("referral",),
    )
    changes += changes_of(
        MappaRecord,
        versions_of(MappaRecord.objects.filter(child_id=pk)),
        lambda row: _("MAPPA from %(day)s") % {"day": long_date(row.started_on)},
    )
    changes += changes_of(
        ContingencyReview,
        versions_of(ContingencyReview.objects.filter(plan__intervention__child_id=pk)),
        lambda row: _("Contingency review of %(day)s") % {"day": long_date(row.reviewed_on)},
    )
    if access.may_read_exploitation(user, child):
        changes += changes_of(
            ExploitationScreening,
            versions_of(ExploitationScreening.objects.filter(child_id=pk)),
            lambda row: _("Exploitation screening of %(day)s") % {"day": long_date(row.screened_on)},
            display={"indicators": _indicators},
        )
        changes += changes_of(
            NrmReferral,
            versions_of(NrmReferral.objects.filter(child_id=pk)),
            lambda row: _("NRM referral of %(day)s") % {"day": long_date(row.referred_on)},
        )
    return changes
