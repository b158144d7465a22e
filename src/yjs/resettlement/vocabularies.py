"""The words resettlement records are kept in: custody, establishments, accommodation and transitions."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class CustodyKind(models.TextChoices):
    # Remand is a status, not an outcome (DOMAIN.md section 1): a remand episode stands alone.
    REMAND = "remand", _("Remand to youth detention accommodation")
    SENTENCE = "sentence", _("Custodial sentence")


class Establishment(models.TextChoices):
    SECURE_CHILDRENS_HOME = "sch", _("Secure children's home")
    SECURE_TRAINING_CENTRE = "stc", _("Secure training centre")
    YOUNG_OFFENDER_INSTITUTION = "yoi", _("Young offender institution")
    SECURE_SCHOOL = "secure_school", _("Secure school")


class AccommodationType(models.TextChoices):
    FAMILY = "family", _("With parents or family")
    FOSTER_CARE = "foster", _("Foster care")
    CHILDRENS_HOME = "childrens_home", _("Children's home")
    SUPPORTED = "supported", _("Supported accommodation")
    CUSTODY = "custody", _("Custody")
    NO_FIXED_ABODE = "nfa", _("No fixed abode")
    OTHER = "other", _("Other")


class Suitability(models.TextChoices):
    SUITABLE = "yes", _("Suitable")
    UNSUITABLE = "no", _("Unsuitable")
    UNKNOWN = "unknown", _("Not known")


class TransitionStatus(models.TextChoices):
    PLANNED = "planned", _("Being planned")
    MEETING_HELD = "meeting_held", _("Transition meeting held")
    HANDED_OVER = "handed_over", _("Handed over to probation")
    NOT_TRANSFERRING = "not_transferring", _("Not transferring")
