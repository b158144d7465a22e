"""An assessment of desistance, of the child's safety and wellbeing, and of risk of harm to others."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.casework.models.countersigning import Countersigned
from yjs.casework.models.intervention import Intervention
from yjs.casework.vocabularies import InterventionLevel, Likelihood, RiskLevel
from yjs.core.models import CaseRecord


class Assessment(CaseRecord, Countersigned):
    intervention = models.ForeignKey(Intervention, on_delete=models.PROTECT, related_name="assessments")
    # Desistance
    factors_for_desistance = models.TextField(_("factors for desistance"), blank=True)
    factors_against_desistance = models.TextField(_("factors against desistance"), blank=True)
    motivation = models.TextField(_("motivation to change"), blank=True)
    strengths = models.TextField(_("strengths and protective factors"), blank=True)
    # The child's safety and wellbeing
    safety_analysis = models.TextField(_("analysis of the child's safety and wellbeing"), blank=True)
    safety_rating = models.CharField(
        _("safety and wellbeing rating"), max_length=20, choices=RiskLevel.choices, blank=True
    )
    # Risk of serious harm to others
    harm_analysis = models.TextField(_("analysis of risk of harm to others"), blank=True)
    rosh_rating = models.CharField(
        _("risk of serious harm to others"), max_length=20, choices=RiskLevel.choices, blank=True
    )
    who_is_at_risk = models.TextField(_("who is at risk"), blank=True)
    nature_of_risk = models.TextField(_("the nature of the risk"), blank=True)
    # Likelihood of reoffending
    reoffending_likelihood = models.CharField(
        _("likelihood of reoffending"), max_length=20, choices=Likelihood.choices, blank=True
    )
    # A value the system suggests is kept beside the practitioner's, never instead of it.
    suggested_reoffending_likelihood = models.CharField(
        max_length=20, choices=Likelihood.choices, blank=True, editable=False
    )
    intervention_level = models.CharField(
        _("intervention level"), max_length=20, choices=InterventionLevel.choices, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Assessment of {self.created_at:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("casework:assessment", args=[self.pk])
