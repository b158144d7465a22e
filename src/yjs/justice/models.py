"""The legal facts: offences a child committed, and the outcomes given for them."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.children.models import Child
from yjs.core.models import CaseRecord
from yjs.justice.vocabularies import LegalGroup, OffenceCategory, Stage, Supervision


class OutcomeTypeQuerySet(models.QuerySet["OutcomeType"]):
    def valid_on(self, day: date) -> OutcomeTypeQuerySet:
        return self.filter(Q(valid_from__lte=day), Q(valid_to__isnull=True) | Q(valid_to__gte=day))


class OutcomeType(models.Model):
    """An entry in the outcome registry (DOMAIN.md section 1): new national codes arrive as rows, not code."""

    code = models.CharField(_("code"), max_length=20, primary_key=True)
    name = models.CharField(_("name"), max_length=200)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    statutory = models.BooleanField(_("statutory"))
    legal_group = models.CharField(_("legal group"), max_length=20, choices=LegalGroup.choices, blank=True)
    first_time_entry = models.BooleanField(_("counts as a first-time entry"))
    supervision = models.CharField(_("supervised by the YJS"), max_length=10, choices=Supervision.choices)
    custodial = models.BooleanField(_("custodial"), default=False)
    min_months = models.PositiveSmallIntegerField(_("shortest length in months"), null=True, blank=True)
    max_months = models.PositiveSmallIntegerField(_("longest length in months"), null=True, blank=True)
    # Ranking used when a child has several outcomes at once: the most serious is reported.
    severity_rank = models.PositiveSmallIntegerField(default=0)
    valid_from = models.DateField(_("valid from"), default=date(2000, 1, 1))
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    objects = OutcomeTypeQuerySet.as_manager()

    class Meta:
        ordering = ["severity_rank", "code"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_court(self) -> bool:
        return self.stage == Stage.COURT

    @property
    def may_be_supervised(self) -> bool:
        return self.supervision != Supervision.NO


class Offence(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="offences")
    offence_date = models.DateField(_("date of the offence"))
    description = models.CharField(_("description"), max_length=300)
    category = models.CharField(_("offence category"), max_length=40, choices=OffenceCategory.choices)
    seriousness = models.PositiveSmallIntegerField(
        _("YJB seriousness score"),
        validators=[MinValueValidator(1), MaxValueValidator(8)],
        help_text=_("1 (least serious) to 8 (most serious)"),
    )
    gravity = models.PositiveSmallIntegerField(
        _("police gravity score"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("NPCC child gravity matrix, 1 to 5, where the police gave one"),
    )
    police_reference = models.CharField(_("police reference"), max_length=50, blank=True, db_index=True)
    imported_id = models.CharField(
        _("identifier in the system it was imported from"), max_length=64, blank=True, editable=False
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-offence_date"]
        indexes = [models.Index(fields=["child", "offence_date"])]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "imported_id"], condition=~Q(imported_id=""), name="offence_imported_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.description} ({self.offence_date:%d %b %Y})"

    def clean(self) -> None:
        if self.offence_date and self.child_id:
            from yjs.justice.rules import offence_age_error

            error = offence_age_error(self.child.date_of_birth, self.offence_date)
            if error:
                raise ValidationError({"offence_date": error})


class Outcome(CaseRecord):
    """An outcome (out-of-court disposal or court sentence) given for one or more offences."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="outcomes")
    outcome_type = models.ForeignKey(
        OutcomeType, on_delete=models.PROTECT, related_name="outcomes", verbose_name=_("outcome")
    )
    offences = models.ManyToManyField(Offence, related_name="outcomes", verbose_name=_("offences"))
    outcome_date = models.DateField(_("outcome date"), help_text=_("The date of the caution, decision or sentence"))
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    length_months = models.PositiveSmallIntegerField(_("length in months"), null=True, blank=True)
    release_date = models.DateField(_("release date"), null=True, blank=True, help_text=_("Custody only"))
    court = models.CharField(_("court"), max_length=200, blank=True)
    imported_id = models.CharField(
        _("identifier in the system it was imported from"), max_length=64, blank=True, editable=False
    )
    history = HistoricalRecords(m2m_fields=[offences])

    class Meta:
        ordering = ["-outcome_date"]
        indexes = [
            models.Index(fields=["child", "outcome_date"]),
            models.Index(fields=["service", "outcome_date"]),
            # The national indicators read one period's outcomes for every service at once: by date, and
            # custody also by its release date (reoffending cohorts), else they read every outcome. The
            # columns they test ride along, so the period is read from the index alone, in date order,
            # not row by row from all over the table.
            models.Index(
                fields=["outcome_date", "child", "outcome_type", "release_date", "archived_at"], name="outcome_dated"
            ),
            models.Index(fields=["release_date"], condition=Q(release_date__isnull=False), name="outcome_released"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "imported_id"], condition=~Q(imported_id=""), name="outcome_imported_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.outcome_type} ({self.outcome_date:%d %b %Y})"

    def clean(self) -> None:
        from yjs.justice.rules import outcome_errors

        if self.outcome_type_id:
            errors = outcome_errors(
                self.outcome_type,
                self.outcome_date,
                self.start_date,
                self.end_date,
                self.length_months,
                self.release_date,
            )
            if errors:
                raise ValidationError(errors)
