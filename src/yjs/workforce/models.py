"""Staff supervision, training and the staff survey: what inspectors rate standard 1.2 (Staff) on.

Staff are yjs accounts (core.User). Survey results are the survey's aggregates, one row per question or
theme, and never an answer of one person.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.core.models import Service
from yjs.workforce.training import expires_on

# Youth offending teams began in April 2000: an earlier date is a typing slip.
EARLIEST = date(2000, 4, 1)


def _check_past(day: date | None, field: str, label: str, errors: dict[str, str]) -> None:
    if day is None:
        return
    if day < EARLIEST:
        errors[field] = _("%(label)s must be on or after 1 April 2000") % {"label": label}
    elif day > timezone.localdate():
        errors[field] = _("%(label)s must be today or in the past") % {"label": label}


class SupervisionSession(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="supervisions", verbose_name=_("member of staff")
    )
    held_on = models.DateField(_("date of supervision"))
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="supervisions_given", verbose_name=_("supervisor")
    )
    note = models.TextField(_("note"), blank=True, help_text=_("Optional. Case discussions belong on the child's record."))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # A record made in error is archived with a reason, never deleted; every reader leaves it out.
    archived_at = models.DateTimeField(null=True, blank=True, editable=False)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True, editable=False
    )
    archive_reason = models.CharField(max_length=500, blank=True, editable=False)
    # The version a change form was opened at: a save from a stale page is refused.
    version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["staff", "held_on"])]

    def __str__(self) -> str:
        return f"{self.staff} supervised on {self.held_on}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _check_past(self.held_on, "held_on", str(_("The date of supervision")), errors)
        if self.staff_id and self.supervisor_id and self.staff_id == self.supervisor_id:
            errors["supervisor"] = _("Choose someone other than the member of staff")
        if self.staff_id and self.staff.service_id != self.service_id:
            errors["staff"] = _("Choose a member of staff in your own service")
        if self.supervisor_id and self.supervisor.service_id != self.service_id:
            errors["supervisor"] = _("Choose a supervisor in your own service")
        if errors:
            raise ValidationError(errors)


class Course(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("course"), max_length=200)
    renewal_months = models.PositiveSmallIntegerField(
        _("renew every (months)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("Leave empty for a course that does not expire"),
    )
    mandatory = models.BooleanField(_("mandatory for practitioners"), default=False)
    version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-mandatory", "name"]
        constraints = [models.UniqueConstraint(fields=["service", "name"], name="one_course_per_name_in_service")]

    def __str__(self) -> str:
        return self.name


class TrainingRecord(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="training", verbose_name=_("member of staff")
    )
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="records", verbose_name=_("course"))
    completed_on = models.DateField(_("date completed"))
    expires_on = models.DateField(
        _("expiry date"),
        null=True,
        blank=True,
        help_text=_("Leave empty to work it out from the course's renewal period"),
    )
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # A record made in error is archived with a reason, never deleted; every reader leaves it out.
    archived_at = models.DateTimeField(null=True, blank=True, editable=False)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True, editable=False
    )
    archive_reason = models.CharField(max_length=500, blank=True, editable=False)
    # The version a change form was opened at: a save from a stale page is refused.
    version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-completed_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True) | Q(expires_on__gt=F("completed_on")),
                name="training_expires_after_completion",
            )
        ]

    def __str__(self) -> str:
        return f"{self.course} completed on {self.completed_on}"

    def fill_expiry(self) -> None:
        """An expiry date left empty is worked out from the course."""
        if self.expires_on is None and self.completed_on is not None and self.course_id:
            self.expires_on = expires_on(self.completed_on, self.course.renewal_months)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _check_past(self.completed_on, "completed_on", str(_("The date completed")), errors)
        if self.expires_on and self.completed_on and self.expires_on <= self.completed_on:
            errors["expires_on"] = _("The expiry date must be after the date completed")
        if self.course_id and self.course.service_id != self.service_id:
            errors["course"] = _("Choose one of your service's courses")
        if self.staff_id and self.staff.service_id != self.service_id:
            errors["staff"] = _("Choose a member of staff in your own service")
        if errors:
            raise ValidationError(errors)


class StaffSurvey(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    conducted_on = models.DateField(_("date of the survey"))
    invited = models.PositiveIntegerField(_("staff invited"))
    respondents = models.PositiveIntegerField(_("staff who answered"))
    version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-conducted_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(respondents__lte=F("invited")), name="survey_respondents_within_invited")
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def response_rate(self) -> int | None:
        return round(100 * self.respondents / self.invited) if self.invited else None

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _check_past(self.conducted_on, "conducted_on", str(_("The date of the survey")), errors)
        if self.respondents is not None and self.invited is not None and self.respondents > self.invited:
            errors["respondents"] = _("Staff who answered cannot be more than staff invited")
        if errors:
            raise ValidationError(errors)


class SurveyResult(models.Model):
    """One question or theme of a survey and the share of answers that were positive: an aggregate only."""

    survey = models.ForeignKey(StaffSurvey, on_delete=models.CASCADE, related_name="results")
    theme = models.CharField(_("question or theme"), max_length=300)
    percent_positive = models.PositiveSmallIntegerField(_("% positive"), validators=[MaxValueValidator(100)])
    position = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(percent_positive__lte=100), name="survey_percent_at_most_100"),
            models.UniqueConstraint(fields=["survey", "theme"], name="one_result_per_theme_per_survey"),
        ]

    def __str__(self) -> str:
        return f"{self.theme}: {self.percent_positive}%"
