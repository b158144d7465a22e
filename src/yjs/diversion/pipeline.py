"""The out-of-court pipeline as a state machine: which step may follow which, as plain data.

Every change of stage goes through next_stage, so a page, the API and an import cannot take a
notification down a path the process does not allow (a decision before screening, an outcome before
a disagreement is resolved). Guards that depend on more than the stage (is screening overdue? does the
proposal need an assessment?) are the services' business; this module says only what the order is.
"""

from __future__ import annotations

from enum import StrEnum

from django.utils.translation import gettext as _

from yjs.diversion.vocabularies import OPEN_STAGES, Stage


class Action(StrEnum):
    MATCH = "match"
    COMPLETE_SCREENING = "complete_screening"
    PROPOSE = "propose"
    PROPOSE_FOR_ASSESSMENT = "propose_for_assessment"
    COMPLETE_ASSESSMENT = "complete_assessment"
    DECIDE_AGREED = "decide_agreed"
    DECIDE_DISAGREED = "decide_disagreed"
    RESOLVE_ESCALATION = "resolve_escalation"
    DELIVER_OUTCOME = "deliver_outcome"
    WITHDRAW = "withdraw"


TRANSITIONS: dict[tuple[Stage, Action], Stage] = {
    (Stage.MATCHING, Action.MATCH): Stage.SCREENING,
    (Stage.SCREENING, Action.COMPLETE_SCREENING): Stage.PROPOSAL,
    # Proposing while screening is still out is allowed once every screening is answered or overdue
    # (the service checks which); a late agency must not hold a child's decision up indefinitely.
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


class TransitionRefused(Exception):
    """The step asked for does not follow from where the notification is."""

    def __init__(self, stage: Stage, action: Action) -> None:
        self.stage, self.action = Stage(stage), action
        super().__init__(
            _("This cannot be done while the notification is at the stage: %(stage)s.") % {"stage": self.stage.label}
        )


def next_stage(stage: str, action: Action) -> Stage:
    """The stage after `action` from `stage`; TransitionRefused if the process does not allow it."""
    try:
        return TRANSITIONS[(Stage(stage), action)]
    except KeyError:
        raise TransitionRefused(Stage(stage), action) from None


def allowed_actions(stage: str) -> list[Action]:
    return [action for (from_stage, action) in TRANSITIONS if from_stage == stage]
