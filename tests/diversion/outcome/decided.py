"""A notification decided at panel, with any decision, ready to deliver."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from tests.conftest import Cast
from tests.diversion.factories import BriefAssessmentFactory, NotificationFactory, PanelDecisionFactory, ProposalFactory
from tests.factories import ChildFactory
from yjs.core.models import User
from yjs.diversion.models import Notification
from yjs.diversion.vocabularies import Stage


def decided(cast: Cast, decision: str, assessed_by: User | None = None, days_ago: int = 2) -> Notification:
    child = ChildFactory(service=cast.service, local_authority=cast.child.local_authority, first_name="Quinn")
    notification = NotificationFactory(
        child=child,
        stage=Stage.DECIDED,
        decision=decision,
        decided_on=timezone.localdate() - timedelta(days=days_ago),
        proposed_on=timezone.localdate() - timedelta(days=days_ago + 3),
    )
    ProposalFactory(notification=notification, proposed_outcome=decision, offence_category="CRIMINAL_DAMAGE", seriousness=3)
    PanelDecisionFactory(notification=notification, decision=decision, police_position=decision, yjs_position=decision)
    if assessed_by is not None:
        BriefAssessmentFactory(notification=notification, case_manager=assessed_by, recommended_outcome=decision)
    return notification
