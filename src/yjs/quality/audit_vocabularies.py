"""The words of a case audit: a round's stage, and the answers an auditor gives."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RoundStatus(models.TextChoices):
    SAMPLED = "sampled", _("Sample drawn, not confirmed")
    AUDITING = "auditing", _("Auditing")
    CLOSED = "closed", _("Closed")


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class OversightAnswer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")


class CaseDisposal(models.TextChoices):
    COURT = "court", _("Court")
    OUT_OF_COURT = "out_of_court", _("Out of court")
