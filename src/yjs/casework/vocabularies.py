"""Ratings and statuses used in assessment, planning and delivery (AssetPlus style)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RiskLevel(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")
    VERY_HIGH = "very_high", _("Very high")


RISK_ORDER = {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 1, RiskLevel.HIGH: 2, RiskLevel.VERY_HIGH: 3}


def at_least(level: str | None, threshold: str) -> bool:
    return level is not None and level != "" and RISK_ORDER[RiskLevel(level)] >= RISK_ORDER[RiskLevel(threshold)]


class Likelihood(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class InterventionLevel(models.TextChoices):
    STANDARD = "standard", _("Standard")
    ENHANCED = "enhanced", _("Enhanced")
    INTENSIVE = "intensive", _("Intensive")


class RecordStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for countersigning")
    COUNTERSIGNED = "countersigned", _("Countersigned")


class ContactType(models.TextChoices):
    OFFICE = "office", _("Office appointment")
    HOME_VISIT = "home_visit", _("Home visit")
    SCHOOL = "school", _("School or college visit")
    PHONE = "phone", _("Phone call")
    VIDEO = "video", _("Video call")
    CUSTODY_VISIT = "custody_visit", _("Custody visit")
    PANEL = "panel", _("Referral order panel")
    GROUP = "group", _("Group session")


class ContactStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ATTENDED = "attended", _("Attended")
    DID_NOT_ATTEND = "did_not_attend", _("Did not attend")
    CANCELLED = "cancelled", _("Cancelled")


class ReviewReason(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled review")
    SIGNIFICANT_CHANGE = "significant_change", _("Significant change")


class InterventionEnding(models.TextChoices):
    """How an intervention ended: the YJB's KPI 6 counts out-of-court programmes completed."""

    COMPLETED = "completed", _("Completed")
    BREACHED = "breached", _("Not completed: breached or revoked")
    RESENTENCED = "resentenced", _("Not completed: re-sentenced or replaced by a new outcome")
    TRANSFERRED = "transferred", _("Not completed: transferred to another youth justice service")
    OTHER = "other", _("Not completed: another reason")
