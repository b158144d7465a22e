"""A plan: objectives for desistance, the child's safety and other people's safety, and contingency."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.casework.models.assessment import Assessment
from yjs.casework.models.countersigning import Countersigned
from yjs.casework.models.intervention import Intervention
from yjs.core.models import CaseRecord


class Plan(CaseRecord, Countersigned):
    intervention = models.ForeignKey(Intervention, on_delete=models.PROTECT, related_name="plans")
    assessment = models.ForeignKey(
        Assessment, on_delete=models.PROTECT, null=True, blank=True, related_name="plans",
        verbose_name=_("assessment the plan answers"),
    )
    desistance_objectives = models.TextField(_("objectives for desistance"), blank=True)
    child_safety_objectives = models.TextField(_("objectives for the child's safety"), blank=True)
    others_safety_objectives = models.TextField(_("objectives for other people's safety"), blank=True)
    contingency = models.TextField(
        _("contingency arrangements"),
        blank=True,
        help_text=_("What will be done, and by whom, if risks increase or the plan breaks down"),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Plan of {self.created_at:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("casework:plan", args=[self.pk])
