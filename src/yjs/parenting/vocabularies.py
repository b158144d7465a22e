"""The words of parenting work and of feedback: why a parent is referred, where a referral stands, who answered."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferralBasis(models.TextChoices):
    VOLUNTARY = "voluntary", _("Voluntary")
    PARENTING_ORDER = "parenting_order", _("Parenting order")


class ReferralStatus(models.TextChoices):
    OFFERED = "offered", _("Offered")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# A referral in one of these is over: it has an end date (completed, withdrawn) or never began (declined).
CLOSED_STATUSES = frozenset({ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN})
# Only a parent who took up the offer can have started and attended sessions.
STARTED_STATUSES = frozenset({ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN})


class Respondent(models.TextChoices):
    CHILD = "child", _("The child")
    CARER = "carer", _("A parent or carer")


# The score out of 10 from which an answer counts as a good one in the analysis ("the share scoring 7 or more").
GOOD_SCORE = 7
LOWEST_SCORE, HIGHEST_SCORE = 0, 10
