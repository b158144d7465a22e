"""The words of the out-of-court pipeline: its stages, the outcomes a panel can reach, and the answers it records."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    """Where a notification is on its way from the police to a delivered outcome (see diversion.pipeline)."""

    MATCHING = "matching", _("Awaiting a match to a child")
    SCREENING = "screening", _("With partners for screening")
    PROPOSAL = "proposal", _("Awaiting the police proposal")
    ASSESSMENT = "assessment", _("Awaiting a YJS brief assessment")
    PANEL = "panel", _("Ready for the joint decision panel")
    ESCALATED = "escalated", _("Escalated: the panel disagreed")
    DECIDED = "decided", _("Decided: outcome to deliver")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STAGES = frozenset(Stage) - {Stage.COMPLETED, Stage.WITHDRAWN}


class Decision(models.TextChoices):
    """What the police propose and the panel decides. All but a charge are out-of-court outcomes in justice."""

    NFA = "NFA", _("No further action")
    CR = "CR", _("Community resolution")
    O22 = "O22", _("Outcome 22 or deferred prosecution")
    YC = "YC", _("Youth caution")
    YCC = "YCC", _("Youth conditional caution")
    CHARGE = "CHARGE", _("Charge")


# The outcome registry code (justice.OutcomeType) each decision is recorded as; a charge goes to court instead.
OUTCOME_TYPE_FOR_DECISION: dict[str, str | None] = {
    Decision.NFA: "NFA",
    Decision.CR: "CR",
    Decision.O22: "O22",
    Decision.YC: "YC",
    Decision.YCC: "YCC",
    Decision.CHARGE: None,
}


class Known(models.TextChoices):
    YES = "yes", _("Yes, known")
    NO = "no", _("No, not known")


class Source(models.TextChoices):
    FORM = "form", _("Entered by the YJS police officer")
    API = "api", _("Sent by the police system")
    IMPORT = "import", _("Imported from a file")


class ScrutinyFinding(models.TextChoices):
    CONSISTENT = "consistent", _("Consistent: the decision and its rationale stand")
    PARTLY = "partly", _("Partly consistent: learning identified")
    INCONSISTENT = "inconsistent", _("Inconsistent: the decision was not appropriate")
