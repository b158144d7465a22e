"""The out-of-court pipeline's records: each step is its own record, kept with its history and its author.

A Notification is the spine: it carries the police's account as received, the child it was matched to,
the stage it has reached, and the date each milestone was reached (kept by diversion.services so that
the timeliness report reads them in SQL). Screening, the proposal, the brief assessment, the panel's
decision, any escalation and scrutiny findings hang off it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.children.vocabularies import Sex
from yjs.core.history import case_history
from yjs.core.models import CaseRecord, LocalAuthority, PartnerAgency
from yjs.diversion.vocabularies import OPEN_STAGES, Decision, Known, ScrutinyFinding, Source, Stage
from yjs.justice.models import Outcome
from yjs.justice.vocabularies import OffenceCategory
from yjs.lib.formats import long_date

GRAVITY = [MinValueValidator(1), MaxValueValidator(5)]
SERIOUSNESS = [MinValueValidator(1), MaxValueValidator(8)]


class NotificationQuerySet(models.QuerySet["Notification"]):
    def open(self) -> NotificationQuerySet:
        return self.filter(stage__in=OPEN_STAGES, archived_at__isnull=True)


class Notification(CaseRecord):
    """The police's notice that they have dealt with a child for an offence, and its way to an outcome."""

    # As the police sent them: kept even after matching, so a wrong match can be seen and undone.
    police_reference = models.CharField(_("police reference"), max_length=50)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    date_of_birth = models.DateField(_("date of birth"))
    pnc_number = models.CharField(_("PNC number"), max_length=20, blank=True)
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, default=Sex.NOT_KNOWN)
    address = models.TextField(_("address"), blank=True)
    local_authority = models.ForeignKey(
        LocalAuthority, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("local authority")
    )
    offence_date = models.DateField(_("date of the offence"))
    offence_description = models.CharField(_("offence"), max_length=300)
    offence_category = models.CharField(_("offence category"), max_length=40, choices=OffenceCategory.choices, blank=True)
    gravity_score = models.PositiveSmallIntegerField(
        _("gravity score"), validators=GRAVITY, help_text=_("NPCC child gravity matrix, 1 to 5")
    )
    admitted = models.BooleanField(_("the child admits the offence"))
    officer = models.CharField(_("officer in the case"), max_length=200, blank=True)
    victim_details = models.TextField(_("victim details"), blank=True)
    notified_on = models.DateField(_("date notified"), default=timezone.localdate)
    source = models.CharField(_("received"), max_length=10, choices=Source.choices, default=Source.FORM)

    child = models.ForeignKey(
        Child, on_delete=models.PROTECT, null=True, blank=True, related_name="notifications", verbose_name=_("child")
    )
    # Children who might be this one when the match was uncertain (primary keys, same service), for review.
    candidate_ids = models.JSONField(default=list, blank=True)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.SCREENING)

    # Milestones, set once by diversion.services when each is reached.
    screening_completed_on = models.DateField(_("screening complete"), null=True, blank=True)
    proposed_on = models.DateField(_("proposed"), null=True, blank=True)
    decided_on = models.DateField(_("decided"), null=True, blank=True)
    outcome_delivered_on = models.DateField(_("outcome delivered"), null=True, blank=True)
    # The final decision (agreed at panel, or after escalation), for lists and reports.
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    intervention = models.ForeignKey(Intervention, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    withdrawn_reason = models.CharField(_("reason for withdrawing"), max_length=500, blank=True)

    # A child who does not engage is kept on the follow-up list until someone records what was done.
    not_engaging_since = models.DateField(_("not engaging since"), null=True, blank=True)
    not_engaging_note = models.TextField(_("follow-up"), blank=True)

    history = case_history("local_authority", "child", "outcome", "intervention")
    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-notified_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["service", "police_reference"], name="police_reference_unique_in_service")
        ]
        indexes = [
            models.Index(fields=["service", "stage"]),
            models.Index(fields=["service", "notified_on"]),
            models.Index(fields=["service", "decided_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.police_reference}: {self.first_name} {self.last_name}"

    def get_absolute_url(self) -> str:
        return reverse("diversion:notification", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES

    @property
    def notified_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class ScreeningRequest(CaseRecord):
    """One partner agency's answer to: do you know this child or family, and what do you know?"""

    # Both looked up through the indexes below (one_screening_per_agency leads with the notification, the
    # agency's list index with the agency), so neither needs an index of its own to write on every request.
    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="screening_requests", db_index=False
    )
    agency = models.ForeignKey(PartnerAgency, on_delete=models.PROTECT, related_name="screening_requests", db_index=False)
    requested_on = models.DateField(_("requested"), default=timezone.localdate)
    due_on = models.DateField(_("due"))
    child_known = models.CharField(_("is the child known to your agency?"), max_length=5, choices=Known.choices, blank=True)
    family_known = models.CharField(
        _("is the family known to your agency?"), max_length=5, choices=Known.choices, blank=True
    )
    information = models.TextField(_("what your agency knows"), blank=True)
    responded_on = models.DateField(_("responded"), null=True, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    history = case_history("agency", "responded_by")

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["notification", "agency"], name="one_screening_per_agency")]
        indexes = [models.Index(fields=["agency", "responded_on", "due_on"])]

    def __str__(self) -> str:
        return f"{self.agency} screening for {self.notification.police_reference}"

    @property
    def is_answered(self) -> bool:
        return self.responded_on is not None


class Proposal(CaseRecord):
    """The police sergeant's proposed outcome, made once screening is in."""

    notification = models.OneToOneField(Notification, on_delete=models.CASCADE, related_name="proposal")
    proposed_outcome = models.CharField(_("proposed outcome"), max_length=10, choices=Decision.choices)
    # The legal facts the outcome will be recorded with in justice; the police send only the gravity score.
    offence_category = models.CharField(_("offence category"), max_length=40, choices=OffenceCategory.choices)
    seriousness = models.PositiveSmallIntegerField(
        _("YJB seriousness score"), validators=SERIOUSNESS, help_text=_("1 (least serious) to 8 (most serious)")
    )
    reasons = models.TextField(_("reasons for the proposal"))
    brief_assessment_needed = models.BooleanField(_("a YJS brief assessment is needed"), default=False)
    history = case_history()

    def __str__(self) -> str:
        return f"{self.get_proposed_outcome_display()} proposed for {self.notification.police_reference}"


class BriefAssessment(CaseRecord):
    """The YJS's brief assessment of a child proposed for a caution or diversion; it can change the outcome."""

    notification = models.OneToOneField(Notification, on_delete=models.CASCADE, related_name="brief_assessment")
    case_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="brief_assessments",
        verbose_name=_("case manager"),
    )
    allocated_on = models.DateField(_("allocated"), null=True, blank=True)
    due_on = models.DateField(_("due"))
    needs = models.TextField(_("the child's needs and circumstances"), blank=True)
    summary = models.TextField(_("assessment summary"), blank=True)
    recommended_outcome = models.CharField(_("recommended outcome"), max_length=10, choices=Decision.choices, blank=True)
    completed_on = models.DateField(_("completed"), null=True, blank=True)
    history = case_history("case_manager")

    def __str__(self) -> str:
        return f"Brief assessment for {self.notification.police_reference}"


class PanelMeeting(CaseRecord):
    """A sitting of the joint decision panel: police, YJS and early help deciding together."""

    meeting_date = models.DateField(_("date of the panel"))
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("chair")
    )
    police_attendees = models.CharField(_("police attending"), max_length=500)
    yjs_attendees = models.CharField(_("YJS attending"), max_length=500)
    early_help_attendees = models.CharField(_("early help attending"), max_length=500, blank=True)
    other_attendees = models.CharField(_("others attending"), max_length=500, blank=True)
    history = case_history("chair")

    class Meta:
        ordering = ["-meeting_date"]
        constraints = [models.UniqueConstraint(fields=["service", "meeting_date"], name="one_panel_a_day_per_service")]

    def __str__(self) -> str:
        return f"Joint decision panel, {long_date(self.meeting_date)}"

    def get_absolute_url(self) -> str:
        return reverse("diversion:panel", args=[self.pk])


class PanelDecision(CaseRecord):
    """What the panel decided for one child, why, and where each party stood."""

    notification = models.OneToOneField(Notification, on_delete=models.CASCADE, related_name="panel_decision")
    meeting = models.ForeignKey(PanelMeeting, on_delete=models.PROTECT, related_name="decisions")
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    rationale = models.TextField(_("rationale"))
    police_position = models.CharField(_("police position"), max_length=10, choices=Decision.choices)
    yjs_position = models.CharField(_("YJS position"), max_length=10, choices=Decision.choices)
    early_help_view = models.TextField(_("early help view"), blank=True)
    agreed = models.BooleanField(_("police and YJS agreed"))
    history = case_history("meeting")

    def __str__(self) -> str:
        return f"{self.get_decision_display()} for {self.notification.police_reference}"


class Escalation(CaseRecord):
    """A panel disagreement, with the manager named to resolve it and the date it must be resolved by."""

    decision = models.OneToOneField(PanelDecision, on_delete=models.CASCADE, related_name="escalation")
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="escalations", verbose_name=_("manager")
    )
    due_on = models.DateField(_("to be resolved by"))
    resolution = models.TextField(_("how it was resolved"), blank=True)
    resolved_outcome = models.CharField(_("final decision"), max_length=10, choices=Decision.choices, blank=True)
    resolved_on = models.DateField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    history = case_history("manager", "resolved_by")

    def __str__(self) -> str:
        return f"Escalation of {self.decision.notification.police_reference}"

    @property
    def is_resolved(self) -> bool:
        return self.resolved_on is not None


class ScrutinySample(CaseRecord):
    """A reproducible random sample of finished decisions, drawn for the scrutiny panel to review."""

    drawn_on = models.DateField(_("drawn"), default=timezone.localdate)
    decided_from = models.DateField(_("decisions from"))
    decided_to = models.DateField(_("decisions to"))
    size = models.PositiveSmallIntegerField(_("sample size"))
    seed = models.PositiveIntegerField(_("seed"))
    title = models.CharField(_("title"), max_length=200, blank=True)
    history = case_history()

    class Meta:
        ordering = ["-drawn_on", "-pk"]

    def __str__(self) -> str:
        return self.title or f"Scrutiny sample of {self.decided_from:%d %b %Y} to {self.decided_to:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("diversion:scrutiny_sample", args=[self.pk])


class ScrutinyItem(CaseRecord):
    sample = models.ForeignKey(ScrutinySample, on_delete=models.CASCADE, related_name="items")
    notification = models.ForeignKey(Notification, on_delete=models.PROTECT, related_name="scrutiny_items")
    position = models.PositiveSmallIntegerField()
    finding = models.CharField(_("finding"), max_length=20, choices=ScrutinyFinding.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    reviewed_on = models.DateField(_("reviewed"), null=True, blank=True)
    history = case_history()

    class Meta:
        ordering = ["sample", "position"]
        constraints = [models.UniqueConstraint(fields=["sample", "notification"], name="scrutiny_item_once_per_sample")]

    def __str__(self) -> str:
        return f"{self.sample}: {self.notification.police_reference}"
