"""Finished decisions in the cast's service, for drawing samples from."""

from __future__ import annotations

from datetime import date, timedelta

from tests.conftest import Cast
from tests.diversion.factories import NotificationFactory, PanelDecisionFactory
from tests.factories import ChildFactory
from yjs.diversion.models import Notification
from yjs.diversion.vocabularies import Stage

START = date(2026, 1, 1)


def decisions(cast: Cast, count: int, start: date = START, **fields: object) -> list[Notification]:
    """`count` decided notifications, one a day from `start`, each with the panel's decision."""
    made = []
    for n in range(count):
        child = ChildFactory(service=cast.service, local_authority=cast.child.local_authority)
        values = {"stage": Stage.DECIDED, "decided_on": start + timedelta(days=n), "decision": "YC", **fields}
        notification = NotificationFactory(child=child, **values)
        PanelDecisionFactory(notification=notification)
        made.append(notification)
    return made
