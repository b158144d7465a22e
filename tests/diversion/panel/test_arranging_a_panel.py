"""Arranging a sitting of the panel: one a day for a service, chaired by a manager or police officer."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from yjs.diversion.models import PanelMeeting
from yjs.diversion.services.panel import arrange_panel


def _arrange(pipeline: Pipeline, role: str = "team_manager", **overrides: Any) -> PanelMeeting:
    values: dict[str, Any] = {
        "meeting_date": timezone.localdate() + timedelta(days=1),
        "chair": pipeline.cast.police_officer,
        "police_attendees": "Sgt Example",
        "yjs_attendees": "Team manager",
        **overrides,
    }
    return arrange_panel(pipeline.cast.user(role), **values)


def test_a_panel_is_arranged_in_the_users_service(pipeline: Pipeline) -> None:
    meeting = _arrange(pipeline)
    assert meeting.service == pipeline.cast.service
    assert meeting.chair == pipeline.cast.police_officer


def test_a_second_panel_on_the_same_day_is_refused_with_a_clear_message(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        _arrange(pipeline, meeting_date=pipeline.meeting.meeting_date)
    assert "already a panel" in refused.value.message_dict["meeting_date"][0]


def test_a_case_manager_cannot_chair(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        _arrange(pipeline, chair=pipeline.cast.case_manager)
    assert "chair" in refused.value.message_dict


def test_police_and_yjs_attendees_are_required(pipeline: Pipeline) -> None:
    with pytest.raises(ValidationError) as refused:
        _arrange(pipeline, police_attendees="", yjs_attendees=" ")
    assert {"police_attendees", "yjs_attendees"} <= set(refused.value.message_dict)


@pytest.mark.parametrize("role", ["case_manager", "auditor", "partner_screener"])
def test_those_who_do_not_work_the_pipeline_cannot_arrange_one(pipeline: Pipeline, role: str) -> None:
    with pytest.raises(PermissionDenied):
        _arrange(pipeline, role)
