"""Risk assessment panels, MAPPA, child exploitation and contingency planning.

Every record is a case record (its service, who made and changed it, archiving, a version) with its
history kept. Dates must run in order; each model's clean() says how, and the services call full_clean().
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.casework.models import Plan
from yjs.casework.vocabularies import RiskLevel
from yjs.children.models import Child
from yjs.core.history import case_history
from yjs.core.models import CaseRecord
from yjs.lib.formats import long_date
from yjs.safety.rules import action_overdue, referral_heard_on
from yjs.safety.vocabularies import (
    Agency,
    ExploitationType,
    GroundsDecision,
    MappaCategory,
    MappaLevel,
    ReferralReason,
)


def _not_after_today(day, field: str, errors: dict[str, str], what: str) -> None:  # type: ignore[no-untyped-def]
    if day is not None and day > timezone.localdate():
        errors[field] = _("%(what)s must be today or in the past") % {"what": what}


class PanelMeeting(CaseRecord):
    """A meeting of the multi-agency risk assessment panel."""

    held_on = models.DateField(_("date of the meeting"))
    chair = models.CharField(_("chair"), max_length=200, help_text=_("Name and role, for example Sam Lee, Head of Service"))
    notes = models.TextField(_("notes"), blank=True)
    history = case_history()

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["service", "held_on"])]

    def __str__(self) -> str:
        return f"Risk panel, {long_date(self.held_on)}"

    def get_absolute_url(self) -> str:
        return reverse("safety:meeting", args=[self.pk])


class PanelAttendee(models.Model):
    """Who came from one agency to one meeting (their names, as the panel recorded them)."""

    meeting = models.ForeignKey(PanelMeeting, on_delete=models.CASCADE, related_name="attendees")
    agency = models.CharField(_("agency"), max_length=30, choices=Agency.choices)
    names = models.CharField(_("names"), max_length=500)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["meeting", "agency"], name="one_attendee_row_per_agency")]

    def __str__(self) -> str:
        return f"{self.get_agency_display()}: {self.names}"


class PanelReferral(CaseRecord):
    """A child referred to the panel, and once the panel has met, what it agreed."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="panel_referrals")
    meeting = models.ForeignKey(
        PanelMeeting,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="referrals",
        verbose_name=_("panel meeting"),
    )
    referred_on = models.DateField(_("date referred"), default=timezone.localdate)
    reason = models.CharField(_("reason for the referral"), max_length=20, choices=ReferralReason.choices)
    note = models.TextField(_("why the panel should consider the child"))
    # What the panel agreed
    decided_on = models.DateField(_("date decided"), null=True, blank=True)
    agreed_rosh = models.CharField(
        _("agreed risk of serious harm to others"), max_length=20, choices=RiskLevel.choices, blank=True
    )
    agreed_safety = models.CharField(
        _("agreed safety and wellbeing rating"), max_length=20, choices=RiskLevel.choices, blank=True
    )
    decision = models.TextField(_("what the panel agreed"), blank=True)
    review_on = models.DateField(_("date of the panel's review"), null=True, blank=True)
    history = case_history("child", "meeting")

    class Meta:
        ordering = ["-referred_on", "-pk"]
        indexes = [models.Index(fields=["child", "referred_on"])]

    def __str__(self) -> str:
        return f"Referral of {self.child} on {long_date(self.referred_on)}"

    def get_absolute_url(self) -> str:
        return reverse("safety:referral", args=[self.pk])

    @property
    def is_decided(self) -> bool:
        return self.decided_on is not None

    @property
    def heard_on(self) -> date | None:
        """The day the panel heard the referral (safety.rules.referral_heard_on), or None while it has not."""
        held_on = self.meeting.held_on if self.meeting_id else None
        return referral_heard_on(self.decided_on, held_on, timezone.localdate())

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _not_after_today(self.referred_on, "referred_on", errors, _("The date referred"))
        if self.meeting_id and self.meeting.service_id != self.service_id:
            errors["meeting"] = _("Choose a meeting of your own service")
        if self.decided_on:
            if self.meeting_id and self.decided_on < self.meeting.held_on:
                errors["decided_on"] = _("The decision cannot come before the meeting")
            if self.referred_on and self.decided_on < self.referred_on:
                errors["decided_on"] = _("The decision cannot come before the referral")
            if self.review_on and self.review_on <= self.decided_on:
                errors["review_on"] = _("The review must be after the panel's decision")
        if errors:
            raise ValidationError(errors)


class SafetyAction(CaseRecord):
    """An action the panel agreed, with the member of staff who owns it and when it is due."""

    referral = models.ForeignKey(PanelReferral, on_delete=models.PROTECT, related_name="actions")
    description = models.CharField(_("action"), max_length=500)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="safety_actions", verbose_name=_("owner")
    )
    due_on = models.DateField(_("due date"))
    completed_on = models.DateField(_("date done"), null=True, blank=True)
    history = case_history("referral", "owner")

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["owner", "completed_on", "due_on"])]

    def __str__(self) -> str:
        return self.description

    @property
    def is_overdue(self) -> bool:
        return action_overdue(self.due_on, self.completed_on, timezone.localdate())

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.owner_id and self.owner.service_id != self.service_id:
            errors["owner"] = _("Choose a member of staff in your own service")
        if self.completed_on:
            _not_after_today(self.completed_on, "completed_on", errors, _("The date done"))
            if self.referral_id and self.referral.decided_on and self.completed_on < self.referral.decided_on:
                errors["completed_on"] = _("An action cannot be done before the panel agreed it")
        if self.due_on and self.referral_id and self.referral.decided_on and self.due_on < self.referral.decided_on:
            errors["due_on"] = _("The due date cannot be before the panel's decision")
        if errors:
            raise ValidationError(errors)


class MappaRecord(CaseRecord):
    """Multi-agency public protection arrangements: the child's category and level while they are managed."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="mappa_records")
    category = models.CharField(_("MAPPA category"), max_length=1, choices=MappaCategory.choices)
    level = models.CharField(_("MAPPA level"), max_length=1, choices=MappaLevel.choices)
    started_on = models.DateField(_("managed under MAPPA from"))
    next_meeting_on = models.DateField(_("next MAPPA meeting"), null=True, blank=True)
    ended_on = models.DateField(_("MAPPA management ended"), null=True, blank=True)
    history = case_history("child")

    class Meta:
        ordering = ["-started_on", "-pk"]
        indexes = [models.Index(fields=["child", "ended_on"])]

    def __str__(self) -> str:
        return f"MAPPA category {self.category}, level {self.level}"

    @property
    def is_active(self) -> bool:
        return self.ended_on is None

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _not_after_today(self.started_on, "started_on", errors, _("The start of MAPPA management"))
        if self.started_on and self.next_meeting_on and self.next_meeting_on < self.started_on:
            errors["next_meeting_on"] = _("The next meeting cannot be before MAPPA management started")
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            errors["ended_on"] = _("MAPPA management cannot end before it started")
        if self.level == MappaLevel.ONE and self.next_meeting_on:
            errors["next_meeting_on"] = _("Level 1 is managed by one agency, without MAPPA meetings: leave it empty")
        if errors:
            raise ValidationError(errors)


class ExploitationScreening(CaseRecord):
    """The partnership's shared screening tool for criminal (county lines) and sexual exploitation."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="exploitation_screenings")
    screened_on = models.DateField(_("date of the screening"))
    indicators = models.JSONField(_("indicators seen"), default=list, blank=True)
    missing_episodes = models.PositiveSmallIntegerField(_("missing episodes in the last 3 months"), default=0)
    associates = models.TextField(_("associates of concern"), blank=True)
    locations = models.TextField(_("locations of concern"), blank=True)
    risk = models.CharField(_("risk of exploitation"), max_length=20, choices=RiskLevel.choices)
    summary = models.TextField(_("analysis"), blank=True)
    history = case_history("child")

    class Meta:
        ordering = ["-screened_on", "-pk"]
        indexes = [models.Index(fields=["child", "screened_on"])]

    def __str__(self) -> str:
        return f"Exploitation screening of {long_date(self.screened_on)}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _not_after_today(self.screened_on, "screened_on", errors, _("The date of the screening"))
        if errors:
            raise ValidationError(errors)


class NrmReferral(CaseRecord):
    """A referral to the national referral mechanism for a child believed to be a victim of modern slavery."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="nrm_referrals")
    referred_on = models.DateField(_("date referred"))
    exploitation_type = models.CharField(_("kind of exploitation"), max_length=20, choices=ExploitationType.choices)
    reasonable_grounds_on = models.DateField(_("date of the reasonable grounds decision"), null=True, blank=True)
    reasonable_grounds = models.CharField(
        _("reasonable grounds decision"), max_length=20, choices=GroundsDecision.choices, blank=True
    )
    conclusive_grounds_on = models.DateField(_("date of the conclusive grounds decision"), null=True, blank=True)
    conclusive_grounds = models.CharField(
        _("conclusive grounds decision"), max_length=20, choices=GroundsDecision.choices, blank=True
    )
    history = case_history("child")

    class Meta:
        ordering = ["-referred_on", "-pk"]

    def __str__(self) -> str:
        return f"NRM referral of {long_date(self.referred_on)}"

    @property
    def outcome(self) -> str:
        if self.conclusive_grounds:
            return str(_("Conclusive grounds: %(d)s") % {"d": self.get_conclusive_grounds_display()})
        if self.reasonable_grounds:
            return str(_("Reasonable grounds: %(d)s") % {"d": self.get_reasonable_grounds_display()})
        return str(_("Awaiting a decision"))

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _not_after_today(self.referred_on, "referred_on", errors, _("The date referred"))
        for day_field, answer_field, what in (
            ("reasonable_grounds_on", "reasonable_grounds", _("reasonable grounds")),
            ("conclusive_grounds_on", "conclusive_grounds", _("conclusive grounds")),
        ):
            day, answer = getattr(self, day_field), getattr(self, answer_field)
            if bool(day) != bool(answer):
                field = answer_field if day else day_field
                errors[field] = _("Enter both the date and the %(what)s decision, or neither") % {"what": what}
            _not_after_today(day, day_field, errors, _("The decision"))
            if day and self.referred_on and day < self.referred_on:
                errors[day_field] = _("The decision cannot come before the referral")
        if self.conclusive_grounds and self.reasonable_grounds != GroundsDecision.POSITIVE:
            errors["conclusive_grounds"] = _("A conclusive grounds decision follows a positive reasonable grounds decision")
        if (
            self.conclusive_grounds_on
            and self.reasonable_grounds_on
            and self.conclusive_grounds_on < self.reasonable_grounds_on
        ):
            errors["conclusive_grounds_on"] = _(
                "The conclusive grounds decision cannot come before the reasonable grounds one"
            )
        if errors:
            raise ValidationError(errors)


class ContingencyReview(CaseRecord):
    """A manager or case manager looked at a plan's contingency again, after a rating rose."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="contingency_reviews")
    reviewed_on = models.DateField(_("date reviewed"))
    note = models.TextField(_("what was reviewed and what changed"))
    history = case_history("plan")

    class Meta:
        ordering = ["-reviewed_on", "-pk"]

    def __str__(self) -> str:
        return f"Contingency reviewed on {long_date(self.reviewed_on)}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _not_after_today(self.reviewed_on, "reviewed_on", errors, _("The date reviewed"))
        if self.reviewed_on and self.plan_id and self.reviewed_on < self.plan.created_at.date():
            errors["reviewed_on"] = _("The review cannot be before the plan was written")
        if self.plan_id and not self.plan.contingency.strip():
            errors["note"] = _("The plan has no contingency to review: write it in the plan first")
        if errors:
            raise ValidationError(errors)
