"""Audit rounds: a sample of cases, each answered key question by key question, moderated, and rated.

A round belongs to a service and uses one version of the inspection framework. Its cases are drawn once
(quality/sampling.py) and kept with the stratum they were drawn in, so the sample's make-up stays as it was
drawn even if a child later moves authority. Each answer keeps the auditor's answer and, beside it, a
moderator's, so disagreements stay visible after moderation.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.core.history import case_history
from yjs.core.models import CaseRecord, LocalAuthority, Team
from yjs.quality.audit_vocabularies import Answer, CaseDisposal, OversightAnswer, RoundStatus
from yjs.quality.models.frameworks import Framework, KeyQuestion, Standard


class AuditRound(CaseRecord):
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="+", verbose_name=_("framework"))
    title = models.CharField(_("title"), max_length=200)
    window_start = models.DateField(_("interventions starting from"))
    window_end = models.DateField(_("interventions starting up to"))
    seed = models.PositiveIntegerField(_("seed"))
    size = models.PositiveSmallIntegerField(_("sample size"))
    caseload = models.PositiveIntegerField(_("cases in the window"), default=0)
    status = models.CharField(_("status"), max_length=20, choices=RoundStatus.choices, default=RoundStatus.SAMPLED)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    history = case_history("framework")

    class Meta:
        ordering = ["-window_start", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("quality:round", args=[self.pk])

    def clean(self) -> None:
        if self.window_start and self.window_end and self.window_end < self.window_start:
            raise ValidationError({"window_end": _("The end of the window must be the same as or after its start.")})


class AuditCase(models.Model):
    round = models.ForeignKey(AuditRound, on_delete=models.CASCADE, related_name="cases")
    intervention = models.ForeignKey("casework.Intervention", on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(_("case number"))
    disposal = models.CharField(_("disposal"), max_length=20, choices=CaseDisposal.choices)
    local_authority = models.ForeignKey(LocalAuthority, on_delete=models.PROTECT, related_name="+")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="+")
    auditor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("auditor"),
    )
    oversight_met = models.CharField(
        _("Did management oversight meet the needs of the case?"), max_length=10, choices=OversightAnswer.choices, blank=True
    )
    oversight_reason = models.TextField(_("Why not"), blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords(no_db_index=["intervention", "local_authority", "team", "auditor", "moderated_by"])

    class Meta:
        ordering = ["round", "position"]
        constraints = [
            models.UniqueConstraint(fields=["round", "intervention"], name="quality_case_once_per_round"),
        ]

    def __str__(self) -> str:
        return f"{self.round}: case {self.position}"

    def get_absolute_url(self) -> str:
        return reverse("quality:audit_case", args=[self.pk])

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class AuditAnswer(models.Model):
    audit_case = models.ForeignKey(AuditCase, on_delete=models.CASCADE, related_name="answers")
    key_question = models.ForeignKey(KeyQuestion, on_delete=models.PROTECT, related_name="+")
    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices)
    reason = models.TextField(_("reason"), blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    answered_at = models.DateTimeField(auto_now=True)
    # A second auditor's answer, where they changed it; empty where they agreed or have not moderated.
    moderated_answer = models.CharField(_("moderated answer"), max_length=20, choices=Answer.choices, blank=True)
    moderation_reason = models.TextField(_("reason for the change"), blank=True)
    history = HistoricalRecords(no_db_index=["key_question", "answered_by"])

    class Meta:
        ordering = ["audit_case", "key_question__standard__order", "key_question__order"]
        constraints = [
            models.UniqueConstraint(fields=["audit_case", "key_question"], name="quality_answer_once_per_question"),
        ]

    def __str__(self) -> str:
        return f"{self.audit_case}: {self.key_question}"

    @property
    def final(self) -> str:
        """The answer the results count: the moderator's where they changed it."""
        return self.moderated_answer or self.answer

    @property
    def disagreed(self) -> bool:
        return bool(self.moderated_answer) and self.moderated_answer != self.answer


class RoundRating(models.Model):
    """What the service records for one standard on a round: a judgement with its evidence, or an override.

    For a standard rated by judgement (1.1-1.4, 3.4 where judged, 4.1) the rating is the judgement itself; for a
    case-assessed standard the computed rating stands and an override, with its reason, is kept beside it.
    """

    round = models.ForeignKey(AuditRound, on_delete=models.CASCADE, related_name="ratings")
    standard = models.ForeignKey(Standard, on_delete=models.PROTECT, related_name="+")
    rating = models.CharField(_("rating"), max_length=30, blank=True)
    not_rated = models.BooleanField(_("not rated"), default=False)
    strengths = models.TextField(_("strengths"), blank=True)
    areas_for_improvement = models.TextField(_("areas for improvement"), blank=True)
    override_reason = models.TextField(_("reason for the override"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(no_db_index=["standard", "recorded_by"])

    class Meta:
        ordering = ["round", "standard__order"]
        constraints = [
            models.UniqueConstraint(fields=["round", "standard"], name="quality_rating_once_per_standard"),
        ]

    def __str__(self) -> str:
        return f"{self.round}: {self.standard.code} {self.rating}"
