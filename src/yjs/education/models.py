"""Each child's school or provider, hours offered and attended, exclusions, EHCP and NEET.

A placement is one spell at one school or provider (or a spell recorded as not in education, training or
employment), with the hours a week offered and the latest hours a week attended. A child can hold more
than one at once (a part-time school timetable with alternative provision beside it). Ending a spell is
giving it an end date; a placement recorded in error is archived. The child's EHCP is the child's SEND
status (children.Child.send_status), shown and linked from the education page rather than kept twice.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from yjs.children.models import Child
from yjs.core.history import case_history
from yjs.core.models import CaseRecord
from yjs.education.entitlement import MOST_HOURS_A_WEEK
from yjs.education.vocabularies import ExclusionKind, PlacementKind, Suitability

HOURS = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(MOST_HOURS_A_WEEK))]
# A suspension is at most 45 school days in a school year (School Discipline (England) Regulations 2012).
MOST_SUSPENSION_DAYS = 45


class PlacementQuerySet(models.QuerySet["EducationPlacement"]):
    def live(self) -> PlacementQuerySet:
        return self.filter(archived_at__isnull=True)

    def current_on(self, day: date) -> PlacementQuerySet:
        return self.live().filter(Q(start_date__lte=day) & (Q(end_date__isnull=True) | Q(end_date__gte=day)))


class EducationPlacement(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="education_placements")
    kind = models.CharField(_("kind of placement"), max_length=30, choices=PlacementKind.choices)
    provider = models.CharField(
        _("school or provider"), max_length=200, blank=True, help_text=_("Leave empty if the child has none")
    )
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), null=True, blank=True, help_text=_("Leave empty if it continues"))
    hours_offered = models.DecimalField(
        _("hours offered a week"), max_digits=3, decimal_places=1, validators=HOURS, default=Decimal(0)
    )
    hours_attended = models.DecimalField(
        _("hours attended a week (latest)"),
        max_digits=3,
        decimal_places=1,
        validators=HOURS,
        null=True,
        blank=True,
        help_text=_("Leave empty if not known yet"),
    )
    attendance_percent = models.PositiveSmallIntegerField(
        _("attendance (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("As the school or provider reports it, if it does"),
    )
    suitable = models.CharField(
        _("is it suitable for the child?"), max_length=10, choices=Suitability.choices, default=Suitability.UNKNOWN
    )
    note = models.TextField(_("note"), blank=True)
    history = case_history("child")

    objects = PlacementQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "-pk"]
        indexes = [models.Index(fields=["child", "start_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="placement_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return self.provider or self.get_kind_display()

    @property
    def is_ete(self) -> bool:
        return self.kind != PlacementKind.NONE

    def is_current_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date must be the same as or after the start date")
        if self.kind and self.kind != PlacementKind.NONE and not self.provider.strip():
            errors["provider"] = _("Enter the name of the school or provider")
        if self.kind == PlacementKind.NONE:
            if self.hours_offered:
                errors["hours_offered"] = _("A child not in education, training or employment is offered no hours")
            if self.hours_attended:
                errors["hours_attended"] = _("A child not in education, training or employment attends no hours")
        if self.hours_attended is not None and self.hours_offered is not None and self.hours_attended > self.hours_offered:
            errors.setdefault("hours_attended", _("Hours attended must not be more than the hours offered"))
        if errors:
            raise ValidationError(errors)


class Exclusion(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="exclusions")
    kind = models.CharField(_("kind of exclusion"), max_length=20, choices=ExclusionKind.choices)
    school = models.CharField(_("school"), max_length=200)
    start_date = models.DateField(_("date it starts"))
    days = models.PositiveSmallIntegerField(
        _("school days"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MOST_SUSPENSION_DAYS)],
        help_text=_("For a suspension: how many school days (at most 45)"),
    )
    reason = models.TextField(_("reason given by the school"), blank=True)
    history = case_history("child")

    class Meta:
        ordering = ["-start_date", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}, {self.school}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.kind == ExclusionKind.FIXED_TERM and not self.days:
            errors["days"] = _("Enter how many school days the suspension lasts")
        if self.kind == ExclusionKind.PERMANENT and self.days:
            errors["days"] = _("A permanent exclusion has no number of days: leave it empty")
        if errors:
            raise ValidationError(errors)
