"""Reviews of an intervention, and the significant changes that call for one."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.casework.models.intervention import Intervention
from yjs.casework.vocabularies import ReviewReason
from yjs.core.models import CaseRecord


class SignificantChange(CaseRecord):
    intervention = models.ForeignKey(Intervention, on_delete=models.PROTECT, related_name="significant_changes")
    occurred_on = models.DateField(_("date of the change"))
    description = models.TextField(_("what changed"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["-occurred_on"]


class Review(CaseRecord):
    intervention = models.ForeignKey(Intervention, on_delete=models.PROTECT, related_name="reviews")
    review_date = models.DateField(_("date of the review"))
    reason = models.CharField(_("reason"), max_length=30, choices=ReviewReason.choices, default=ReviewReason.SCHEDULED)
    progress = models.TextField(_("progress against the plan"))
    changes = models.TextField(_("changes identified and how the work responds"), blank=True)
    plan_adjusted = models.BooleanField(_("the plan was adjusted as a result"), default=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-review_date"]
