from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from yjs.core.models import AccessLog
from yjs.diversion.history import notification_history
from yjs.diversion.pipeline import Action
from yjs.diversion.services.steps import advance


def test_the_history_names_each_steps_record_and_who_changed_the_stage(pipeline: Pipeline) -> None:
    notification = pipeline.escalated
    advance(notification, Action.RESOLVE_ESCALATION, pipeline.cast.team_manager, decision="CR")
    history = notification_history(notification)
    records = {change.record for change in history}
    assert {"Notification", "Police proposal", "Panel decision", "Escalation"} <= records
    newest = history[0]
    assert (newest.record, newest.action, newest.who) == ("Notification", "Changed", pipeline.cast.team_manager)
    assert ("Stage", "Escalated: the panel disagreed", "Decided: outcome to deliver") in {
        (c.label, c.old, c.new) for c in newest.changes
    }


def test_the_history_page_shows_the_changes_and_logs_the_view(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    response = client.get(reverse("diversion:history", args=[pipeline.screening.pk]))
    html = response.content.decode()
    assert "Screening by Children&#x27;s social care" in html
    assert AccessLog.objects.filter(
        user=pipeline.cast.police_officer, child_id=pipeline.screening.child_id, what__startswith="History"
    ).exists()
