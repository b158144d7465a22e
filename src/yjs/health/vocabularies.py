"""The needs a health intervention answers and the YJB's intervention types for each (KPIs 4 and 5)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Need(models.TextChoices):
    MENTAL_HEALTH = "mental_health", _("Mental health and wellbeing")
    SUBSTANCE_MISUSE = "substance_misuse", _("Substance misuse")


class InterventionType(models.TextChoices):
    # KPI 4 (the THRIVE framework's groupings, as the YJB uses them).
    GETTING_ADVICE = "getting_advice", _("Getting advice")
    GETTING_HELP = "getting_help", _("Getting help")
    GETTING_MORE_HELP = "getting_more_help", _("Getting more help")
    GETTING_RISK_SUPPORT = "getting_risk_support", _("Getting risk support")
    # KPI 5.
    TARGETED = "targeted", _("Targeted intervention")
    SPECIALIST_TREATMENT = "specialist_treatment", _("Specialist treatment")
    COMPLEX_CARE = "complex_care", _("Complex care")


TYPES_FOR_NEED = {
    Need.MENTAL_HEALTH: (
        InterventionType.GETTING_ADVICE,
        InterventionType.GETTING_HELP,
        InterventionType.GETTING_MORE_HELP,
        InterventionType.GETTING_RISK_SUPPORT,
    ),
    Need.SUBSTANCE_MISUSE: (
        InterventionType.TARGETED,
        InterventionType.SPECIALIST_TREATMENT,
        InterventionType.COMPLEX_CARE,
    ),
}


class Response(models.TextChoices):
    """What became of the offer."""

    AWAITING = "awaiting", _("Offered, not started yet")
    ATTENDED = "attended", _("Attended (started)")
    DECLINED = "declined", _("Declined or did not attend")
