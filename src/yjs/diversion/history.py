"""The change history of one notification and every step taken on it: who did what, and when.

Each step's record (screening answers, the proposal, the brief assessment, the panel's decision, any
escalation) has its own history in django-simple-history; they are read in one query each and shown
as one story, newest first, the same way a child's record history reads (children.history).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of
from yjs.diversion.models import (
    BriefAssessment,
    Escalation,
    Notification,
    PanelDecision,
    Proposal,
    ScreeningRequest,
)


def _versions(model: Any, **lookup: object) -> list[Any]:
    return list(model.history.filter(**lookup).select_related("history_user").order_by("history_date", "history_id"))


def notification_history(notification: Notification) -> list[Change]:
    pk = notification.pk
    decisions = _versions(PanelDecision, notification_id=pk)
    agency_names = dict(notification.screening_requests.values_list("pk", "agency__name"))
    changes = changes_of(Notification, _versions(Notification, id=pk), lambda row: _("Notification"))
    changes += changes_of(
        ScreeningRequest,
        _versions(ScreeningRequest, notification_id=pk),
        lambda row: _("Screening by %(agency)s") % {"agency": agency_names.get(row.id, _("an agency"))},
    )
    changes += changes_of(Proposal, _versions(Proposal, notification_id=pk), lambda row: _("Police proposal"))
    changes += changes_of(
        BriefAssessment, _versions(BriefAssessment, notification_id=pk), lambda row: _("YJS brief assessment")
    )
    changes += changes_of(PanelDecision, decisions, lambda row: _("Panel decision"))
    decision_ids = {row.id for row in decisions}
    if decision_ids:
        changes += changes_of(Escalation, _versions(Escalation, decision_id__in=decision_ids), lambda row: _("Escalation"))
    return sorted(changes, key=lambda change: change.when, reverse=True)
