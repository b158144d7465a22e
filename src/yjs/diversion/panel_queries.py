"""Read-side queries for the panel, escalation and follow-up pages, each scoped to the user's service."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import BooleanField, Case, Count, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from yjs.core.models import User
from yjs.diversion import access
from yjs.diversion.decision_rules import GRAVITY_MEANING
from yjs.diversion.models import Escalation, Notification, PanelMeeting
from yjs.diversion.outcome_rules import decided_before_is_overdue
from yjs.diversion.rules import DiversionRules
from yjs.diversion.vocabularies import Stage


def panels_for(user: User) -> QuerySet[PanelMeeting]:
    """The service's panels, latest first, each with how many cases it decided."""
    if not access.may_read_pipeline(user):
        return PanelMeeting.objects.none()
    return (
        PanelMeeting.objects.filter(service_id=user.service_id, archived_at__isnull=True)
        .select_related("chair")
        .annotate(decided_count=Count("decisions", filter=Q(decisions__archived_at__isnull=True)))
        .order_by("-meeting_date")
    )


def cases_for_panel(meeting: PanelMeeting) -> QuerySet[Notification]:
    """Every case ready for the panel by its date, and those it has already decided."""
    ready = Q(stage=Stage.PANEL) & (Q(proposed_on__isnull=True) | Q(proposed_on__lte=meeting.meeting_date))
    return (
        Notification.objects.filter(service_id=meeting.service_id, archived_at__isnull=True)
        .filter(ready | Q(panel_decision__meeting=meeting))
        .select_related("child", "proposal", "brief_assessment", "panel_decision")
        .order_by("proposed_on", "pk")
    )


def waiting_for_panel(service_id: int) -> int:
    return Notification.objects.filter(service_id=service_id, stage=Stage.PANEL, archived_at__isnull=True).count()


def open_escalations_for(user: User) -> QuerySet[Escalation]:
    """Unresolved disagreements in the service, the user's own first, then the soonest due."""
    if not access.may_work_pipeline(user):
        return Escalation.objects.none()
    return (
        Escalation.objects.filter(service_id=user.service_id, resolved_on__isnull=True, archived_at__isnull=True)
        .select_related("manager", "decision__notification__child", "decision__meeting")
        .annotate(mine=Case(When(manager_id=user.pk, then=Value(True)), default=Value(False), output_field=BooleanField()))
        .order_by("-mine", "due_on", "pk")
    )


def needing_follow_up(user: User, today: date, rules: DiversionRules | None = None) -> QuerySet[Notification]:
    """Children flagged as not engaging, and decisions not delivered in time: nobody is silently dropped."""
    rules = rules or DiversionRules.from_settings()
    cutoff = decided_before_is_overdue(today, rules)
    undelivered = Q(stage=Stage.DECIDED, decided_on__lt=cutoff)
    return (
        access.notifications_visible_to(user)
        .filter(Q(not_engaging_since__isnull=False) | undelivered)
        .annotate(overdue=Case(When(undelivered, then=Value(True)), default=Value(False), output_field=BooleanField()))
        .select_related("child")
        # Longest waiting first: since the decision, or since they stopped engaging.
        .order_by(Coalesce("decided_on", "not_engaging_since"), "pk")
    )


def decision_facts(notification: Notification) -> dict[str, Any]:
    """What the rationale must weigh, gathered for the decision page."""
    child = notification.child
    return {
        "gravity_meaning": GRAVITY_MEANING.get(notification.gravity_score, ""),
        "previous_outcomes": list(
            child.outcomes.filter(archived_at__isnull=True).select_related("outcome_type") if child else []
        ),
        "screening_requests": list(notification.screening_requests.select_related("agency")),
        "proposal": getattr(notification, "proposal", None),
        "brief_assessment": getattr(notification, "brief_assessment", None),
    }
