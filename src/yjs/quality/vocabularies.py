"""The words of the inspection framework and its ratings."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class FrameworkVersion(models.TextChoices):
    V2018 = "2018", _("2018")
    V2021 = "2021", _("2021")


class AssessedBy(models.TextChoices):
    CASE = "case", _("Case assessment")
    JUDGEMENT = "judgement", _("Inspector judgement")


class Disposal(models.TextChoices):
    COURT = "court", _("Court disposals")
    OUT_OF_COURT = "out_of_court", _("Out-of-court disposals")
    NONE = "", _("Not case-assessed")


class Area(models.TextChoices):
    DESISTANCE = "desistance", _("Desistance")
    SAFETY_OF_CHILD = "safety_of_child", _("Keeping the child safe")
    SAFETY_OF_OTHERS = "safety_of_others", _("Keeping other people safe")
