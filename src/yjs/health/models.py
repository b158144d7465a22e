"""Health interventions offered to and attended by children: mental health and wellbeing, substance misuse.

One record per intervention offered: the need it answers, its type in the YJB's vocabulary for that need,
the provider, the day it was offered, and then either the day the child started attending, or that they
declined; and the day it ended. The child's need itself is the flag on the child's record
(children.Child.mental_health_concern and substance_misuse): the KPIs count children whose record shows it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from yjs.children.models import Child
from yjs.core.history import case_history
from yjs.core.models import CaseRecord
from yjs.health.vocabularies import TYPES_FOR_NEED, InterventionType, Need, Response


class HealthIntervention(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="health_interventions")
    need = models.CharField(_("need"), max_length=20, choices=Need.choices)
    intervention_type = models.CharField(_("type of intervention"), max_length=30, choices=InterventionType.choices)
    provider = models.CharField(_("provider"), max_length=200, help_text=_("For example, CAMHS, or the YJS's nurse"))
    offered_on = models.DateField(_("date offered"))
    response = models.CharField(
        _("did the child take it up?"), max_length=20, choices=Response.choices, default=Response.AWAITING
    )
    started_on = models.DateField(_("date they started"), null=True, blank=True, help_text=_("If they attended"))
    ended_on = models.DateField(_("date it ended"), null=True, blank=True, help_text=_("Leave empty if it continues"))
    note = models.TextField(_("note"), blank=True)
    history = case_history("child")

    class Meta:
        ordering = ["-offered_on", "-pk"]
        indexes = [models.Index(fields=["child", "need", "offered_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(started_on__isnull=True) | Q(started_on__gte=F("offered_on")),
                name="health_intervention_starts_after_the_offer",
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("offered_on")),
                name="health_intervention_ends_after_the_offer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_intervention_type_display()} ({self.provider})"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.need and self.intervention_type and self.intervention_type not in TYPES_FOR_NEED.get(self.need, ()):
            errors["intervention_type"] = _("Choose a type of intervention for the need selected")
        if self.response == Response.ATTENDED and not self.started_on:
            errors["started_on"] = _("Enter the date they started")
        if self.response != Response.ATTENDED and self.started_on:
            errors["started_on"] = _("Leave the start date empty unless they attended")
        if self.started_on and self.offered_on and self.started_on < self.offered_on:
            errors["started_on"] = _("The date they started must be the same as or after the date it was offered")
        if self.ended_on:
            if self.offered_on and self.ended_on < self.offered_on:
                errors["ended_on"] = _("The end date must be the same as or after the date it was offered")
            elif self.started_on and self.ended_on < self.started_on:
                errors["ended_on"] = _("The end date must be the same as or after the date they started")
        if errors:
            raise ValidationError(errors)
