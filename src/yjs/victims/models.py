"""Victims of children's offences, their consent, restorative justice and their feedback.

A victim belongs to one child's offences (one or more of them): the victim worker contacts them, records
whether they consent to contact and to sharing their views with the child's case manager, offers
restorative justice and records what took place, keeps their wishes for the child's plan and their
feedback. Every record keeps its history. The personal fields (PERSONAL_FIELDS) are shown only to the
service's victim workers and managers (yjs.victims.access).
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.children.models import Child
from yjs.core.history import BOOKKEEPING
from yjs.core.models import CaseRecord, Service
from yjs.justice.models import Offence
from yjs.victims import rules
from yjs.victims.vocabularies import (
    ConsentAnswer,
    ConsentKind,
    ContactMethod,
    ContactOutcome,
    OfferResponse,
    RestorativeKind,
    Satisfaction,
    VictimKind,
)

# The fields that identify a victim or say how to reach them: only victim workers and managers see them,
# and exports and retention read this tag.
PERSONAL_FIELDS = ("name", "phone", "email", "address")


def _history(*unindexed: str, **kwargs: object) -> HistoricalRecords:
    return HistoricalRecords(no_db_index=[*BOOKKEEPING, *unindexed], **kwargs)  # type: ignore[arg-type]


class VictimWorker(models.Model):
    """A member of staff designated as a victim worker of their service, for a time, by the service manager.

    yjs gives each member of staff one role (decision 0001); being the victim worker is a designation on
    top of it, so a case manager can also be the service's victim worker.
    """

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="victim_work", verbose_name=_("member of staff")
    )
    active_from = models.DateField(_("victim worker from"))
    active_to = models.DateField(_("victim worker until"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-active_from"]

    def __str__(self) -> str:
        return f"{self.user} ({self.active_from:%-d %b %Y})"

    def is_active_on(self, day: date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        rules.in_order(
            self.active_from, self.active_to, "active_to", str(_("The end must be on or after the start")), errors
        )
        if errors:
            raise ValidationError(errors)


class VictimQuerySet(models.QuerySet["Victim"]):
    def live(self) -> VictimQuerySet:
        return self.filter(archived_at__isnull=True)


class Victim(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="victims")
    offences = models.ManyToManyField(Offence, related_name="victims", verbose_name=_("offences"))
    kind = models.CharField(_("the victim is"), max_length=20, choices=VictimKind.choices)
    name = models.CharField(_("name"), max_length=200, help_text=_("A person's full name, or the organisation's name"))
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    address = models.TextField(_("address"), blank=True)
    referred_on = models.DateField(_("date the police passed on their details"), help_text=_("For example, 27 3 2025"))
    history = _history("child", m2m_fields=[offences])

    objects = VictimQuerySet.as_manager()

    class Meta:
        ordering = ["referred_on", "pk"]

    def __str__(self) -> str:
        return self.name

    def first_offence_date(self) -> date | None:
        if self.pk is None:
            return None
        return self.offences.aggregate(first=Min("offence_date"))["first"]

    def clean(self) -> None:
        errors: dict[str, str] = {}
        rules.not_in_future(self.referred_on, timezone.localdate(), "referred_on", errors)
        if errors:
            raise ValidationError(errors)


class VictimRecord(CaseRecord):
    """What every record about a victim shares: the victim, and dates checked against their offences."""

    victim = models.ForeignKey(Victim, on_delete=models.PROTECT, related_name="+")

    class Meta:
        abstract = True

    DATE_FIELDS: tuple[str, ...] = ()

    def date_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        first = self.victim.first_offence_date() if self.victim_id else None
        today = timezone.localdate()
        for field in self.DATE_FIELDS:
            day = getattr(self, field)
            rules.not_in_future(day, today, field, errors)
            rules.not_before_offence(day, first, field, errors)
        return errors

    def clean(self) -> None:
        errors = self.date_errors()
        if errors:
            raise ValidationError(errors)


class VictimContact(VictimRecord):
    victim = models.ForeignKey(Victim, on_delete=models.PROTECT, related_name="contacts")
    contact_date = models.DateField(_("date of the contact"))
    method = models.CharField(_("how"), max_length=20, choices=ContactMethod.choices)
    outcome = models.CharField(_("what happened"), max_length=20, choices=ContactOutcome.choices)
    notes = models.TextField(_("notes"), blank=True)
    follow_up_on = models.DateField(
        _("follow up by"), null=True, blank=True, help_text=_("Leave empty if no follow-up is needed")
    )
    history = _history("victim")

    DATE_FIELDS = ("contact_date",)

    class Meta:
        ordering = ["-contact_date", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_method_display()}, {self.contact_date:%-d %b %Y}"

    def clean(self) -> None:
        errors = self.date_errors()
        rules.in_order(
            self.contact_date,
            self.follow_up_on,
            "follow_up_on",
            str(_("The follow-up must be on or after the contact")),
            errors,
        )
        if errors:
            raise ValidationError(errors)


class Consent(VictimRecord):
    """The victim's answer to one question (contact, or sharing with the case manager): one record per question,
    changed over time with its history kept."""

    victim = models.ForeignKey(Victim, on_delete=models.PROTECT, related_name="consents")
    kind = models.CharField(_("consent"), max_length=10, choices=ConsentKind.choices)
    answer = models.CharField(_("the victim's answer"), max_length=10, choices=ConsentAnswer.choices)
    answered_on = models.DateField(_("date of the answer"))
    withdrawn_on = models.DateField(
        _("date consent was withdrawn"), null=True, blank=True, help_text=_("Only if the victim later withdrew it")
    )
    history = _history("victim")

    DATE_FIELDS = ("answered_on", "withdrawn_on")

    class Meta:
        ordering = ["kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["victim", "kind"], condition=Q(archived_at__isnull=True), name="one_consent_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_answer_display()}"

    def in_force_on(self, day: date) -> bool:
        return rules.consent_in_force(self.answer, self.answered_on, self.withdrawn_on, day)

    def clean(self) -> None:
        errors = self.date_errors()
        if self.withdrawn_on is not None and self.answer != ConsentAnswer.GIVEN:
            errors.setdefault("withdrawn_on", str(_("Only a consent that was given can be withdrawn")))
        rules.in_order(
            self.answered_on,
            self.withdrawn_on,
            "withdrawn_on",
            str(_("It must be withdrawn on or after it was given")),
            errors,
        )
        if errors:
            raise ValidationError(errors)


class RestorativeJusticeOffer(VictimRecord):
    victim = models.ForeignKey(Victim, on_delete=models.PROTECT, related_name="offers")
    offered_on = models.DateField(_("date restorative justice was offered"))
    response = models.CharField(
        _("the victim's answer"), max_length=10, choices=OfferResponse.choices, default=OfferResponse.AWAITING
    )
    responded_on = models.DateField(_("date of the answer"), null=True, blank=True)
    kind = models.CharField(_("what took place"), max_length=30, choices=RestorativeKind.choices, blank=True)
    took_place_on = models.DateField(_("date it took place or began"), null=True, blank=True)
    completed_on = models.DateField(_("date it was completed"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    history = _history("victim")

    class Meta:
        ordering = ["-offered_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.offered_on:%-d %b %Y}: {self.get_response_display()}"

    @property
    def status(self) -> str:
        if self.completed_on:
            return str(_("Completed"))
        if self.took_place_on:
            return str(_("Taking place"))
        return str(self.get_response_display())

    def clean(self) -> None:
        first = self.victim.first_offence_date() if self.victim_id else None
        errors = rules.offer_errors(
            self.offered_on,
            self.response,
            self.responded_on,
            self.kind,
            self.took_place_on,
            self.completed_on,
            first,
            timezone.localdate(),
        )
        if errors:
            raise ValidationError(errors)


class VictimWishes(VictimRecord):
    """What the victim wants the child's plan to reflect, as recorded on a day (the latest is current)."""

    victim = models.ForeignKey(Victim, on_delete=models.PROTECT, related_name="wishes")
    recorded_on = models.DateField(_("date recorded"))
    wishes = models.TextField(
        _("the victim's wishes for the child's plan"),
        help_text=_("For example, that the child stays away from the shop, or writes a letter of apology"),
    )
    history = _history("victim")

    DATE_FIELDS = ("recorded_on",)

    class Meta:
        ordering = ["-recorded_on", "-pk"]
        verbose_name_plural = "victim wishes"

    def __str__(self) -> str:
        return f"{self.recorded_on:%-d %b %Y}"


class VictimFeedback(VictimRecord):
    victim = models.ForeignKey(Victim, on_delete=models.PROTECT, related_name="feedback")
    received_on = models.DateField(_("date received"))
    satisfaction = models.PositiveSmallIntegerField(
        _("how satisfied the victim was with the service"),
        choices=Satisfaction.choices,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    comments = models.TextField(_("what the victim said"), blank=True)
    history = _history("victim")

    DATE_FIELDS = ("received_on",)

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name_plural = "victim feedback"

    def __str__(self) -> str:
        return f"{self.received_on:%-d %b %Y}: {self.get_satisfaction_display()}"
