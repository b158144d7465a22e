"""The pipeline's order of steps: every (stage, action) pair is either a listed transition or refused."""

from __future__ import annotations

import pytest

from yjs.diversion.pipeline import TRANSITIONS, Action, TransitionRefused, allowed_actions, next_stage
from yjs.diversion.vocabularies import OPEN_STAGES, Stage

PAIRS = [pytest.param(stage, action, id=f"{action} from {stage}") for stage in Stage for action in Action]

# The path a notification takes when all goes to plan, and where each step leads.
EXPECTED = {
    (Stage.MATCHING, Action.MATCH): Stage.SCREENING,
    (Stage.SCREENING, Action.COMPLETE_SCREENING): Stage.PROPOSAL,
    (Stage.SCREENING, Action.PROPOSE): Stage.PANEL,
    (Stage.SCREENING, Action.PROPOSE_FOR_ASSESSMENT): Stage.ASSESSMENT,
    (Stage.PROPOSAL, Action.PROPOSE): Stage.PANEL,
    (Stage.PROPOSAL, Action.PROPOSE_FOR_ASSESSMENT): Stage.ASSESSMENT,
    (Stage.ASSESSMENT, Action.COMPLETE_ASSESSMENT): Stage.PANEL,
    (Stage.PANEL, Action.DECIDE_AGREED): Stage.DECIDED,
    (Stage.PANEL, Action.DECIDE_DISAGREED): Stage.ESCALATED,
    (Stage.ESCALATED, Action.RESOLVE_ESCALATION): Stage.DECIDED,
    (Stage.DECIDED, Action.DELIVER_OUTCOME): Stage.COMPLETED,
    **{(stage, Action.WITHDRAW): Stage.WITHDRAWN for stage in OPEN_STAGES},
}


@pytest.mark.parametrize(("stage", "action"), PAIRS)
def test_each_step_is_allowed_only_from_the_stages_the_process_names(stage: Stage, action: Action) -> None:
    if (stage, action) in EXPECTED:
        assert next_stage(stage, action) == EXPECTED[(stage, action)]
    else:
        with pytest.raises(TransitionRefused):
            next_stage(stage, action)


def test_the_table_holds_exactly_the_expected_transitions() -> None:
    assert TRANSITIONS == EXPECTED


@pytest.mark.parametrize("stage", [Stage.COMPLETED, Stage.WITHDRAWN])
def test_a_finished_notification_can_take_no_further_step(stage: Stage) -> None:
    assert allowed_actions(stage) == []


def test_a_decision_cannot_be_reached_without_passing_the_panel() -> None:
    reach_decided = {from_stage for (from_stage, _action), to in TRANSITIONS.items() if to == Stage.DECIDED}
    assert reach_decided == {Stage.PANEL, Stage.ESCALATED}


def test_the_refusal_names_the_stage_in_words() -> None:
    with pytest.raises(TransitionRefused, match="Ready for the joint decision panel"):
        next_stage(Stage.PANEL, Action.DELIVER_OUTCOME)
