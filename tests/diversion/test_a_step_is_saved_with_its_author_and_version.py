from __future__ import annotations

import pytest

from tests.diversion.conftest import Pipeline
from yjs.core.concurrency import StaleRecordError
from yjs.diversion.pipeline import Action, TransitionRefused
from yjs.diversion.services.steps import advance
from yjs.diversion.vocabularies import Stage


def test_advancing_records_the_new_stage_the_author_and_a_new_version(pipeline: Pipeline) -> None:
    notification = pipeline.panel
    user = pipeline.cast.police_officer
    version = notification.version
    advance(notification, Action.DECIDE_AGREED, user, decision="YC")
    notification.refresh_from_db()
    assert (notification.stage, notification.decision, notification.version) == (Stage.DECIDED, "YC", version + 1)
    latest = notification.history.latest()
    assert (latest.stage, latest.history_user, latest.modified_by) == (Stage.DECIDED, user, user)


def test_advancing_from_a_stale_page_is_refused_and_changes_nothing(pipeline: Pipeline) -> None:
    notification = pipeline.panel
    stale_version = notification.version
    advance(notification, Action.DECIDE_AGREED, pipeline.cast.team_manager)
    with pytest.raises(StaleRecordError):
        advance(notification, Action.WITHDRAW, pipeline.cast.police_officer, expected_version=stale_version)
    notification.refresh_from_db()
    assert notification.stage == Stage.DECIDED


def test_a_step_out_of_order_is_refused_before_anything_is_saved(pipeline: Pipeline) -> None:
    notification = pipeline.screening
    with pytest.raises(TransitionRefused):
        advance(notification, Action.DELIVER_OUTCOME, pipeline.cast.team_manager)
    notification.refresh_from_db()
    assert notification.stage == Stage.SCREENING
    assert notification.history.count() == 1
