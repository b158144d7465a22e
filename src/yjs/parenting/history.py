"""The changes to parenting referrals of the child's parents and to feedback about the child's interventions,
for the History tab of the child's record."""

from __future__ import annotations

from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.lib.formats import long_date
from yjs.parenting import access
from yjs.parenting.models import FeedbackResponse, ParentingReferral


def child_history(user: User, child: Child) -> list[Change]:
    if not access.may_read_child_area(user):
        return []
    changes = changes_of(
        ParentingReferral,
        versions_of(ParentingReferral.objects.filter(child_id=child.pk)),
        lambda row: _("Parenting referral of %(day)s") % {"day": long_date(row.referred_on)},
    )
    changes += changes_of(
        FeedbackResponse,
        versions_of(FeedbackResponse.objects.filter(child_id=child.pk)),
        lambda row: _("Feedback given on %(day)s") % {"day": long_date(row.given_on)},
    )
    return changes
