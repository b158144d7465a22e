"""Notifications built straight into the timeliness report's shape: milestone dates set by hand."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.conftest import Cast
from tests.diversion.factories import NotificationFactory
from tests.factories import ChildFactory
from yjs.diversion.models import Notification
from yjs.diversion.vocabularies import Stage

MILESTONES = ("screening_completed_on", "proposed_on", "decided_on", "outcome_delivered_on")


def notified(cast: Cast, day: date, *gaps: int, child_la: Any = None, **fields: Any) -> Notification:
    """A notification in the cast's service notified on `day`, reaching its milestones `gaps` days later."""
    dates = {name: day + timedelta(days=gap) for name, gap in zip(MILESTONES, gaps, strict=False)}
    fields.setdefault("stage", Stage.COMPLETED if len(gaps) == 4 else Stage.PANEL)
    child = ChildFactory(service=cast.service, local_authority=child_la or cast.child.local_authority)
    return NotificationFactory(child=child, notified_on=day, **dates, **fields)
