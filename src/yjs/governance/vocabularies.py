"""The partnership board's words: the sectors partners come from, how senior they are, and kinds of meeting."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sector(models.TextChoices):
    CHILDRENS_SOCIAL_CARE = "childrens_social_care", _("Children's social care")
    EDUCATION = "education", _("Education")
    POLICE = "police", _("Police")
    PROBATION = "probation", _("Probation")
    HEALTH = "health", _("Health")
    LOCAL_AUTHORITY = "local_authority", _("Local authority chief executive's office")
    YOUTH_JUSTICE = "youth_justice", _("Youth justice service")
    COMMUNITY_SAFETY = "community_safety", _("Community safety")
    VOLUNTARY_SECTOR = "voluntary_sector", _("Voluntary sector")
    HOUSING = "housing", _("Housing")
    OTHER = "other", _("Other")


# The statutory partners of a youth justice service (Crime and Disorder Act 1998, s.39), whose senior
# attendance at the board is the YJB's KPI 8, in the order the return lists them.
STATUTORY_SECTORS: tuple[str, ...] = (
    Sector.CHILDRENS_SOCIAL_CARE,
    Sector.EDUCATION,
    Sector.POLICE,
    Sector.PROBATION,
    Sector.HEALTH,
)


class Seniority(models.TextChoices):
    CHAIR = "chair", _("Chair")
    SENIOR_PARTNER = "senior_partner", _("Senior partner (decision-maker)")
    DEPUTY = "deputy", _("Deputy or delegate")
    ADVISER = "adviser", _("Adviser")


# Who can commit their agency at the board: the chair and the senior partners. A deputy of either kind
# counts for KPI 8 only when they hold this seniority themselves.
SENIOR: frozenset[str] = frozenset({Seniority.CHAIR, Seniority.SENIOR_PARTNER})


class MeetingKind(models.TextChoices):
    ORDINARY = "ordinary", _("Ordinary")
    EXTRAORDINARY = "extraordinary", _("Extraordinary")


class Presence(models.TextChoices):
    """What happened to one member's seat at one meeting."""

    ATTENDED = "attended", _("Attended")
    DEPUTY = "deputy", _("Sent a deputy")
    ABSENT = "absent", _("Did not attend")


class SourceKind(models.TextChoices):
    """Where a recommendation in the improvement plan came from."""

    INSPECTION_REPORT = "inspection_report", _("Inspection report")
    AUDIT_ROUND = "audit_round", _("Audit round")
    OTHER = "other", _("Other")


class PlanOwner(models.TextChoices):
    """Who answers for a recommendation: inspectors address each one to the board or to the service's manager."""

    BOARD = "board", _("Partnership board")
    SERVICE_MANAGER = "service_manager", _("Service manager")


class PlanStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")
