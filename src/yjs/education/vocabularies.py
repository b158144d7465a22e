"""The kinds of education, training or employment a child can be in, and the other lists this area records."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlacementKind(models.TextChoices):
    SCHOOL = "school", _("School")
    ALTERNATIVE_PROVISION = "alternative_provision", _("Alternative provision (including a pupil referral unit)")
    COLLEGE = "college", _("College or sixth form")
    TRAINING = "training", _("Training provider")
    EMPLOYMENT = "employment", _("Employment")
    APPRENTICESHIP = "apprenticeship", _("Apprenticeship")
    HOME_EDUCATION = "home_education", _("Elective home education")
    NONE = "none", _("None: not in education, training or employment")


class Suitability(models.TextChoices):
    """The case manager's judgement of whether the placement suits the child (the YJB's 'suitable ETE')."""

    YES = "yes", _("Suitable")
    NO = "no", _("Not suitable")
    UNKNOWN = "unknown", _("Not known")


class ExclusionKind(models.TextChoices):
    # The Department for Education calls a fixed-term exclusion a suspension since 2021.
    FIXED_TERM = "fixed_term", _("Suspension (fixed-term exclusion)")
    PERMANENT = "permanent", _("Permanent exclusion")
