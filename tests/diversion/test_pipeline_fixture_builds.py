from __future__ import annotations

from tests.diversion.conftest import Pipeline
from yjs.diversion.vocabularies import Stage


def test_the_pipeline_fixture_holds_a_notification_at_every_stage(pipeline: Pipeline) -> None:
    stages = {
        pipeline.matching.stage,
        pipeline.screening.stage,
        pipeline.proposal.stage,
        pipeline.assessment.stage,
        pipeline.panel.stage,
        pipeline.escalated.stage,
        pipeline.decided.stage,
        pipeline.completed.stage,
    }
    assert stages == set(Stage) - {Stage.WITHDRAWN}
