"""The words the safety pages use: why a child is referred to the risk panel, the agencies at a panel, MAPPA,
exploitation indicators and national referral mechanism decisions."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferralReason(models.TextChoices):
    ROSH = "rosh", _("Risk of serious harm is high or very high")
    SAFETY = "safety", _("Safety and wellbeing is high or very high")
    MANAGER = "manager", _("A manager's referral")


class Agency(models.TextChoices):
    YOUTH_JUSTICE = "youth_justice", _("Youth justice service")
    POLICE = "police", _("Police")
    CHILDRENS_SOCIAL_CARE = "childrens_social_care", _("Children's social care")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    PROBATION = "probation", _("Probation")
    OTHER = "other", _("Other agencies")


class MappaCategory(models.TextChoices):
    ONE = "1", _("Category 1: registered sexual offender")
    TWO = "2", _("Category 2: violent offender")
    THREE = "3", _("Category 3: other dangerous offender")


class MappaLevel(models.TextChoices):
    ONE = "1", _("Level 1: ordinary agency management")
    TWO = "2", _("Level 2: multi-agency public protection meetings")
    THREE = "3", _("Level 3: senior agency attendance")


class Indicator(models.TextChoices):
    """Indicators on the shared screening tool; the first group is criminal exploitation, the second sexual."""

    CASH_OR_DRUGS = "cash_or_drugs", _("Found with drugs or large sums of cash")
    UNEXPLAINED_MONEY = "unexplained_money", _("Unexplained money, clothes or phones")
    TRAVEL_OUT_OF_AREA = "travel_out_of_area", _("Found or travelling out of the area")
    OLDER_ASSOCIATES = "older_associates", _("Associating with older young people or adults")
    WEAPONS = "weapons", _("Carrying a weapon")
    DEBT_BONDAGE = "debt_bondage", _("Owes a debt to someone, or fears for their safety")
    OLDER_PARTNER = "older_partner", _("An older boyfriend or girlfriend")
    GIFTS = "gifts", _("Gifts, alcohol or drugs from people they barely know")
    SEXUAL_HEALTH = "sexual_health", _("Sexual health concerns or pregnancy")
    ONLINE_CONTACT = "online_contact", _("Sexual contact or images online")


CRIMINAL_INDICATORS = (
    Indicator.CASH_OR_DRUGS,
    Indicator.UNEXPLAINED_MONEY,
    Indicator.TRAVEL_OUT_OF_AREA,
    Indicator.OLDER_ASSOCIATES,
    Indicator.WEAPONS,
    Indicator.DEBT_BONDAGE,
)
SEXUAL_INDICATORS = (Indicator.OLDER_PARTNER, Indicator.GIFTS, Indicator.SEXUAL_HEALTH, Indicator.ONLINE_CONTACT)


class ExploitationType(models.TextChoices):
    CRIMINAL = "criminal", _("Criminal exploitation (including county lines)")
    SEXUAL = "sexual", _("Sexual exploitation")
    LABOUR = "labour", _("Labour exploitation")
    OTHER = "other", _("Other")


class GroundsDecision(models.TextChoices):
    POSITIVE = "positive", _("Positive")
    NEGATIVE = "negative", _("Negative")
