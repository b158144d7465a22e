"""Offence categories, outcome stages and legal groups, as Youth Justice Statistics use them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class OffenceCategory(models.TextChoices):
    VIOLENCE_AGAINST_THE_PERSON = "VIOLENCE_AGAINST_THE_PERSON", _("Violence against the person")
    THEFT_AND_HANDLING = "THEFT_AND_HANDLING", _("Theft and handling stolen goods")
    CRIMINAL_DAMAGE = "CRIMINAL_DAMAGE", _("Criminal damage")
    DRUGS = "DRUGS", _("Drugs offences")
    PUBLIC_ORDER = "PUBLIC_ORDER", _("Public order")
    MOTORING = "MOTORING", _("Motoring offences")
    ROBBERY = "ROBBERY", _("Robbery")
    BREACH = "BREACH", _("Breach of a statutory order")
    SEXUAL = "SEXUAL", _("Sexual offences")
    DOMESTIC_BURGLARY = "DOMESTIC_BURGLARY", _("Domestic burglary")
    NON_DOMESTIC_BURGLARY = "NON_DOMESTIC_BURGLARY", _("Non-domestic burglary")
    FRAUD_AND_FORGERY = "FRAUD_AND_FORGERY", _("Fraud and forgery")
    RACIALLY_AGGRAVATED = "RACIALLY_AGGRAVATED", _("Racially aggravated offences")
    VEHICLE_THEFT = "VEHICLE_THEFT", _("Vehicle theft or unauthorised taking")
    ARSON = "ARSON", _("Arson")
    DEATH_OR_INJURY_BY_DANGEROUS_DRIVING = (
        "DEATH_OR_INJURY_BY_DANGEROUS_DRIVING",
        _("Death or injury by dangerous driving"),
    )
    OTHER = "OTHER", _("Other")


class Stage(models.TextChoices):
    PRE_COURT = "pre_court", _("Out of court")
    COURT = "court", _("Court")


class LegalGroup(models.TextChoices):
    NONE = "", _("None (non-statutory)")
    PRE_COURT = "pre_court", _("Pre-court")
    FIRST_TIER = "first_tier", _("First-tier")
    COMMUNITY = "community", _("Community")
    CUSTODY = "custody", _("Custody")


class Supervision(models.TextChoices):
    NO = "no", _("Not supervised by the YJS")
    OPTIONAL = "optional", _("YJS supervision optional")
    YES = "yes", _("Supervised by the YJS")
