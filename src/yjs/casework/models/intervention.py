"""An intervention: the YJS's supervision of one outcome, and who it is allocated to."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.casework import deadlines
from yjs.casework.vocabularies import InterventionEnding, InterventionLevel
from yjs.children.models import Child
from yjs.core.models import CaseRecord, Team
from yjs.justice.models import Outcome
from yjs.justice.vocabularies import Stage


class InterventionQuerySet(models.QuerySet["Intervention"]):
    def open(self) -> InterventionQuerySet:
        return self.filter(end_date__isnull=True, archived_at__isnull=True)


class Intervention(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="interventions")
    outcome = models.ForeignKey(
        Outcome, on_delete=models.PROTECT, related_name="interventions", verbose_name=_("outcome supervised")
    )
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="interventions", verbose_name=_("team"))
    case_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="caseload",
        verbose_name=_("case manager"),
    )
    start_date = models.DateField(_("start date"))
    planned_end_date = models.DateField(_("planned end date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    closure_reason = models.CharField(_("reason for closing"), max_length=300, blank=True)
    # Null while open, and for interventions closed before the ending was recorded: not known.
    ending = models.CharField(
        _("how it ended"), max_length=20, choices=InterventionEnding.choices, null=True, blank=True
    )
    level = models.CharField(
        _("intervention level"), max_length=20, choices=InterventionLevel.choices, default=InterventionLevel.STANDARD
    )
    # Kept up to date by casework.services from casework.review_schedule, so that the caseload can
    # sort and filter on it in SQL.
    next_review_due = models.DateField(_("next review due"), null=True, blank=True, db_index=True)
    history = HistoricalRecords()

    objects = InterventionQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date"]
        indexes = [
            models.Index(fields=["case_manager", "end_date"]),
            models.Index(fields=["team", "end_date"]),
            models.Index(fields=["service", "end_date"]),
            # children_visible_to asks, per child, "has this child an intervention in my team?"
            models.Index(fields=["child", "team"]),
            # The national figures read every service's open interventions (the caseload profile) or those
            # ending in a quarter (the KPI return) at once; without this they read every intervention.
            models.Index(fields=["end_date"], name="intervention_ending"),
        ]

    def __str__(self) -> str:
        return f"{self.outcome.outcome_type.name} from {self.start_date:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("casework:intervention", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.end_date is None

    @property
    def completed(self) -> bool | None:
        """True or False once closed with its ending recorded; None while open or where it is not known."""
        if not self.ending:
            return None
        return self.ending == InterventionEnding.COMPLETED

    @property
    def is_out_of_court(self) -> bool:
        return self.outcome.outcome_type.stage == Stage.PRE_COURT

    @property
    def first_contact_due(self) -> date:
        return deadlines.first_contact_due(self.start_date, deadlines.CaseworkRules.from_settings())

    @property
    def assessment_due(self) -> date:
        return deadlines.assessment_due(self.start_date, self.is_out_of_court, deadlines.CaseworkRules.from_settings())

    @property
    def review_overdue(self) -> bool:
        return self.is_open and self.next_review_due is not None and self.next_review_due < timezone.localdate()

    def clean(self) -> None:
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date must be the same as or after the start date.")
        if self.planned_end_date and self.start_date and self.planned_end_date < self.start_date:
            errors["planned_end_date"] = _("The planned end date must be the same as or after the start date.")
        if errors:
            raise ValidationError(errors)


class Allocation(models.Model):
    """Who held a case and when: the trail behind Intervention.case_manager."""

    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="allocations")
    case_manager = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="allocations")
    allocated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True)
    allocated_on = models.DateField(default=timezone.localdate)
    ended_on = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-allocated_on"]

    def __str__(self) -> str:
        return f"{self.case_manager} from {self.allocated_on:%d %b %Y}"
