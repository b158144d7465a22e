"""Parenting work, and feedback from children and parents, recorded and analysed.

A programme is what the service can offer parents (non-violent resistance, Triple P Teen); a referral
offers one parent or carer of a child a programme, voluntarily or under a parenting order, and keeps how
many sessions were offered and attended. A feedback response is one short survey about one of the child's
interventions, answered by the child or by one of their parents or carers: a score out of 10 and two free
texts. All are case records with their history kept.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.casework.models import Intervention
from yjs.children.models import Carer, Child
from yjs.core.history import case_history
from yjs.core.models import CaseRecord, Service
from yjs.lib.formats import long_date
from yjs.parenting.vocabularies import (
    CLOSED_STATUSES,
    HIGHEST_SCORE,
    LOWEST_SCORE,
    STARTED_STATUSES,
    ReferralBasis,
    ReferralStatus,
    Respondent,
)


class ParentingProgramme(models.Model):
    """A programme the service offers parents: reference data of one service, kept when it stops running."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="parenting_programmes")
    name = models.CharField(_("name"), max_length=200)
    provider = models.CharField(_("provider"), max_length=200, blank=True)
    in_use = models.BooleanField(_("offered now"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["service", "name"], name="parenting_programme_named_once")]

    def __str__(self) -> str:
        return f"{self.name} ({self.provider})" if self.provider else self.name


class ParentingReferral(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="parenting_referrals")
    carer = models.ForeignKey(
        Carer, on_delete=models.PROTECT, related_name="parenting_referrals", verbose_name=_("parent or carer")
    )
    referred_on = models.DateField(_("date referred"))
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("referred by")
    )
    basis = models.CharField(_("basis"), max_length=20, choices=ReferralBasis.choices, default=ReferralBasis.VOLUNTARY)
    programme = models.ForeignKey(
        ParentingProgramme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="referrals",
        verbose_name=_("programme"),
    )
    status = models.CharField(_("status"), max_length=20, choices=ReferralStatus.choices, default=ReferralStatus.OFFERED)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    sessions_offered = models.PositiveSmallIntegerField(_("sessions offered"), default=0)
    sessions_attended = models.PositiveSmallIntegerField(_("sessions attended"), default=0)
    notes = models.TextField(_("notes"), blank=True)
    history = case_history("child", "carer", "programme", "referred_by")

    class Meta:
        ordering = ["-referred_on", "-pk"]
        indexes = [models.Index(fields=["service", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(sessions_attended__lte=F("sessions_offered")), name="parenting_attended_at_most_offered"
            ),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True) | Q(start_date__gte=F("referred_on")),
                name="parenting_starts_after_referral",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("referred_on")),
                name="parenting_ends_after_referral",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="parenting_ends_after_starting",
            ),
        ]

    def __str__(self) -> str:
        what = self.programme.name if self.programme_id else _("parenting support")
        return f"{what} for {self.carer.name}"

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def attendance_rate(self) -> float | None:
        """The share of offered sessions attended, as a percentage; None before any session was offered."""
        if not self.sessions_offered:
            return None
        return 100 * self.sessions_attended / self.sessions_offered

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.carer_id and self.child_id and self.carer.child_id != self.child_id:
            errors["carer"] = _("Choose one of this child's parents or carers.")
        if self.programme_id and self.service_id and self.programme.service_id != self.service_id:
            errors["programme"] = _("Choose a programme of this service.")
        if self.referred_on and self.referred_on > timezone.localdate():
            errors["referred_on"] = _("The date referred must be today or in the past.")
        if self.start_date and self.referred_on and self.start_date < self.referred_on:
            errors["start_date"] = _("The start date must be the same as or after the date referred.")
        if self.end_date and self.referred_on and self.end_date < self.referred_on:
            errors["end_date"] = _("The end date must be the same as or after the date referred.")
        if self.status == ReferralStatus.COMPLETED and not self.start_date:
            errors["start_date"] = _("Enter the start date: the referral is completed.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date must be the same as or after the start date.")
        if self.status in (ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN) and not self.end_date:
            errors["end_date"] = _("Enter the end date: the referral is %(status)s.") % {
                "status": self.get_status_display().lower()
            }
        if self.status not in CLOSED_STATUSES and self.end_date:
            errors["end_date"] = _("Leave the end date empty while the referral is open, or change its status.")
        if self.status == ReferralStatus.DECLINED and (self.start_date or self.end_date or self.sessions_offered):
            errors["status"] = _("A declined referral has no start date, end date or sessions.")
        if self.sessions_attended > self.sessions_offered:
            errors["sessions_attended"] = _("Sessions attended must be no more than sessions offered.")
        if self.sessions_attended and self.status not in STARTED_STATUSES:
            errors["sessions_attended"] = _("Sessions can be attended only once the referral has been accepted.")
        if errors:
            raise ValidationError(errors)


class FeedbackResponse(CaseRecord):
    """What a child or one of their parents or carers said about one of the child's interventions."""

    PERSONAL_FIELDS = ("went_well", "could_be_better")

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="feedback_responses")
    intervention = models.ForeignKey(
        Intervention, on_delete=models.PROTECT, related_name="feedback_responses", verbose_name=_("intervention")
    )
    respondent = models.CharField(_("who gave the feedback"), max_length=10, choices=Respondent.choices)
    carer = models.ForeignKey(
        Carer,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="feedback_responses",
        verbose_name=_("parent or carer"),
    )
    given_on = models.DateField(_("date given"))
    score = models.PositiveSmallIntegerField(
        _("score out of 10"), validators=[MinValueValidator(LOWEST_SCORE), MaxValueValidator(HIGHEST_SCORE)]
    )
    went_well = models.TextField(_("what went well"), blank=True)
    could_be_better = models.TextField(_("what could be better"), blank=True)
    may_quote = models.BooleanField(_("agrees to be quoted anonymously"), default=False)
    history = case_history("child", "intervention", "carer")

    class Meta:
        ordering = ["-given_on", "-pk"]
        indexes = [models.Index(fields=["service", "given_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=LOWEST_SCORE, score__lte=HIGHEST_SCORE), name="feedback_score_out_of_ten"
            ),
            models.CheckConstraint(
                condition=Q(respondent=Respondent.CHILD, carer__isnull=True)
                | Q(respondent=Respondent.CARER, carer__isnull=False),
                name="feedback_carer_when_a_carer_answers",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_respondent_display()}: {self.score}/10 on {self.given_on:%d %b %Y}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.intervention_id and self.child_id and self.intervention.child_id != self.child_id:
            errors["intervention"] = _("Choose one of this child's interventions.")
        if self.respondent == Respondent.CARER and not self.carer_id:
            errors["carer"] = _("Select which parent or carer gave the feedback.")
        if self.respondent == Respondent.CHILD and self.carer_id:
            errors["carer"] = _("Leave the parent or carer empty when the child gave the feedback.")
        if self.carer_id and self.child_id and self.carer.child_id != self.child_id:
            errors["carer"] = _("Choose one of this child's parents or carers.")
        if self.given_on and self.given_on > timezone.localdate():
            errors["given_on"] = _("The date given must be today or in the past.")
        elif self.given_on and self.intervention_id and self.given_on < self.intervention.start_date:
            errors["given_on"] = _("The date given must be the same as or after the intervention started (%(day)s).") % {
                "day": long_date(self.intervention.start_date)
            }
        if self.score is not None and not LOWEST_SCORE <= self.score <= HIGHEST_SCORE:
            errors["score"] = _("The score must be a whole number from 0 to 10.")
        if errors:
            raise ValidationError(errors)
