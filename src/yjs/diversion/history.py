"""The change history of police notifications and every step taken on them: who did what, and when.

Each step's record (screening answers, the proposal, the brief assessment, the panel's decision, any
escalation) has its own history in django-simple-history; they are read in one query each, however many
notifications, and shown as one story, the same way a child's record history reads (children.history). A
notification's page tells its own story; the History tab of a child's record tells that of every
notification matched to the child, for those who may read the pipeline (access.may_read_pipeline), as the
notification's page does.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.diversion import access
from yjs.diversion.models import (
    BriefAssessment,
    Escalation,
    Notification,
    PanelDecision,
    Proposal,
    ScreeningRequest,
)


def steps_history(
    notifications: QuerySet[Notification], named: Callable[[int | None, str | None], str]
) -> list[Change]:
    """Every change to `notifications` and to each step on them, each record called named(notification id,
    the step's name, or None for the notification itself). A step's notification is not shown among its
    changes: its name says which it is."""
    requests = ScreeningRequest.objects.filter(notification__in=notifications)
    agency_names = dict(requests.values_list("pk", "agency__name"))
    decisions = versions_of(PanelDecision.objects.filter(notification__in=notifications))
    decided = {row.id: row.notification_id for row in decisions}
    step = ("notification",)

    changes = changes_of(Notification, versions_of(notifications), lambda row: named(row.id, None))
    changes += changes_of(
        ScreeningRequest,
        versions_of(requests),
        lambda row: named(
            row.notification_id, _("Screening by %(agency)s") % {"agency": agency_names.get(row.id, _("an agency"))}
        ),
        hidden=step,
    )
    changes += changes_of(
        Proposal,
        versions_of(Proposal.objects.filter(notification__in=notifications)),
        lambda row: named(row.notification_id, _("Police proposal")),
        hidden=step,
    )
    changes += changes_of(
        BriefAssessment,
        versions_of(BriefAssessment.objects.filter(notification__in=notifications)),
        lambda row: named(row.notification_id, _("YJS brief assessment")),
        hidden=step,
    )
    changes += changes_of(
        PanelDecision, decisions, lambda row: named(row.notification_id, _("Panel decision")), hidden=step
    )
    changes += changes_of(
        Escalation,
        versions_of(Escalation.objects.filter(decision__notification__in=notifications)),
        lambda row: named(decided.get(row.decision_id), _("Escalation")),
        hidden=("decision",),
    )
    return changes


def notification_history(notification: Notification) -> list[Change]:
    """One notification's story, newest first, for its own History page."""
    changes = steps_history(Notification.objects.filter(pk=notification.pk), lambda pk, step: step or _("Notification"))
    return sorted(changes, key=lambda change: change.when, reverse=True)


def child_history(user: User, child: Child) -> list[Change]:
    """The story of every notification matched to the child, removed ones too, each step named after its
    notification's police reference."""
    if not access.may_read_pipeline(user):
        return []
    notifications = Notification.objects.filter(child_id=child.pk, service_id=user.service_id)
    references = dict(notifications.values_list("pk", "police_reference"))

    def named(pk: int | None, step: str | None) -> str:
        notification = _("Police notification %(reference)s") % {"reference": references.get(pk, "")}
        return _("%(notification)s: %(step)s") % {"notification": notification, "step": step} if step else notification

    return steps_history(notifications, named)
