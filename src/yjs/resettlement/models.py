"""Custody episodes, release planning, accommodation, and transition to adult probation.

Each is a case record of the child's (service, who made and changed it, a version, archiving) with its
history kept. Dates in order are checked here, so every form and the services refuse the same things.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from yjs.children.models import Child
from yjs.core.history import case_history
from yjs.core.models import CaseRecord
from yjs.justice.models import Outcome
from yjs.lib.formats import long_date
from yjs.resettlement.vocabularies import (
    AccommodationType,
    CustodyKind,
    Establishment,
    Suitability,
    TransitionStatus,
)


class LiveQuerySet(models.QuerySet):
    def live(self) -> LiveQuerySet:
        return self.filter(archived_at__isnull=True)


class CustodyEpisode(CaseRecord):
    """A spell in custody: on remand, or serving a custodial sentence (linked to the sentence's outcome)."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="custody_episodes")
    kind = models.CharField(_("type of custody"), max_length=20, choices=CustodyKind.choices)
    outcome = models.ForeignKey(
        Outcome,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="custody_episodes",
        verbose_name=_("sentence"),
        help_text=_("For a sentence: the custodial outcome it serves"),
    )
    establishment_type = models.CharField(_("type of establishment"), max_length=20, choices=Establishment.choices)
    establishment = models.CharField(_("establishment"), max_length=200, help_text=_("Its name"))
    start_date = models.DateField(_("date custody began"))
    expected_release_date = models.DateField(_("expected release date"), null=True, blank=True)
    release_date = models.DateField(_("date released"), null=True, blank=True)
    resettlement_worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="resettlement_cases",
        verbose_name=_("resettlement worker"),
    )
    history = case_history("child", "outcome", "resettlement_worker")

    objects = LiveQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "-pk"]
        indexes = [
            models.Index(fields=["child", "start_date"]),
            # The board report reads a period's releases for one service.
            models.Index(fields=["service", "release_date"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}, {self.establishment} from {long_date(self.start_date)}"

    @property
    def in_custody(self) -> bool:
        return self.release_date is None

    @property
    def release_for_planning(self) -> date | None:
        """The release date milestones count back from: the actual one once released, else the expected one."""
        return self.release_date or self.expected_release_date

    def clean(self) -> None:
        errors: dict[str, str] = {}
        start = self.start_date
        if start and self.expected_release_date and self.expected_release_date < start:
            errors["expected_release_date"] = _("The expected release date must be on or after the date custody began")
        if start and self.release_date and self.release_date < start:
            errors["release_date"] = _("The release date must be on or after the date custody began")
        if self.kind == CustodyKind.REMAND and self.outcome_id:
            errors["outcome"] = _("Remand is not a sentence: leave the sentence empty for a remand")
        elif self.kind == CustodyKind.SENTENCE:
            if not self.outcome_id:
                errors["outcome"] = _("Select the custodial sentence this custody serves")
            elif self.outcome.child_id != self.child_id or not self.outcome.outcome_type.custodial:
                errors["outcome"] = _("Select one of this child's custodial sentences")
            elif start and start < self.outcome.outcome_date:
                errors["start_date"] = _("A sentence's custody cannot begin before the date of the sentence")
        if self.resettlement_worker_id and self.resettlement_worker.service_id != self.service_id:
            errors["resettlement_worker"] = _("Choose a member of staff of your own service")
        if errors:
            raise ValidationError(errors)


class ReleaseMilestone(models.Model):
    """A release planning milestone met, and when (release_planning.py says which are due and late)."""

    episode = models.ForeignKey(CustodyEpisode, on_delete=models.CASCADE, related_name="milestones")
    milestone = models.CharField(_("milestone"), max_length=40)
    done_on = models.DateField(_("date done"))
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", editable=False
    )
    history = case_history("episode", "recorded_by")

    class Meta:
        ordering = ["done_on"]
        constraints = [models.UniqueConstraint(fields=["episode", "milestone"], name="one_of_each_milestone")]

    def __str__(self) -> str:
        return f"{self.milestone} on {long_date(self.done_on)}"

    def clean(self) -> None:
        from yjs.resettlement.release_planning import DEFAULT_MILESTONES

        if self.milestone not in {rule.code for rule in DEFAULT_MILESTONES}:
            raise ValidationError({"milestone": _("Choose one of the release planning milestones")})
        if self.done_on and self.episode_id and self.done_on < self.episode.start_date:
            raise ValidationError({"done_on": _("The date done must be on or after the date custody began")})


class AccommodationRecord(CaseRecord):
    """Where the child lived from one date to another, and whether it was suitable (YJB KPI 1)."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="accommodation_records")
    accommodation_type = models.CharField(_("type of accommodation"), max_length=20, choices=AccommodationType.choices)
    start_date = models.DateField(_("lived there from"))
    end_date = models.DateField(_("lived there until"), null=True, blank=True, help_text=_("Leave empty if they still do"))
    suitability = models.CharField(_("is it suitable?"), max_length=10, choices=Suitability.choices)
    reason = models.TextField(_("reason"), blank=True, help_text=_("Why it is or is not suitable, or why that is not known"))
    history = case_history("child")

    objects = LiveQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "-pk"]
        # KPI 1 asks, for each order, which of the child's records were open on its first and last days.
        indexes = [models.Index(fields=["child", "start_date", "end_date"], name="accommodation_open")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="accommodation_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_accommodation_type_display()} from {long_date(self.start_date)}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The date they lived there until must be on or after the date they lived there from")
        if self.suitability in (Suitability.UNSUITABLE, Suitability.UNKNOWN) and not (self.reason or "").strip():
            errors["reason"] = _("Enter why the accommodation is unsuitable or why that is not known")
        if errors:
            raise ValidationError(errors)


class Transition(CaseRecord):
    """A child's move from youth justice supervision to adult probation at 18."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="transitions")
    probation_practitioner = models.CharField(_("probation practitioner"), max_length=200, blank=True)
    probation_area = models.CharField(_("probation delivery unit or area"), max_length=200)
    meeting_date = models.DateField(_("date of the transition meeting"), null=True, blank=True)
    handover_date = models.DateField(_("date of handover to probation"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=TransitionStatus.choices)
    notes = models.TextField(_("notes"), blank=True)
    history = case_history("child")

    objects = LiveQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["child"], condition=Q(archived_at__isnull=True), name="one_live_transition_per_child"
            )
        ]

    def __str__(self) -> str:
        return f"Transition to {self.probation_area}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.meeting_date and self.handover_date and self.handover_date < self.meeting_date:
            errors["handover_date"] = _("The handover date must be on or after the date of the transition meeting")
        if self.status == TransitionStatus.MEETING_HELD and not self.meeting_date:
            errors["meeting_date"] = _("Enter the date of the transition meeting")
        if self.status == TransitionStatus.HANDED_OVER and not self.handover_date:
            errors["handover_date"] = _("Enter the date of handover to probation")
        if errors:
            raise ValidationError(errors)
