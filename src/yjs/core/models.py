"""Services (one YJS each), their local authorities, teams, staff and the access log."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.core.roles import CASEWORKERS, CHILD_RECORD_READERS, MANAGERS, Role
from yjs.lib.formats import long_date


class Service(models.Model):
    """One youth justice service: the tenant every record belongs to."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200)
    region_code = models.CharField(
        _("region"),
        max_length=20,
        blank=True,
        help_text=_("ONS code of the region (or Wales) whose published figures the service compares itself with"),
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LocalAuthority(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="local_authorities")
    code = models.CharField(_("code"), max_length=20, unique=True, help_text=_("ONS local authority code"))
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "local authorities"

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="teams")
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["service", "name"], name="team_name_unique_in_service")]

    def __str__(self) -> str:
        return self.name


class PartnerAgency(models.Model):
    """An agency a service asks to screen children referred out of court: configured per service."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="partner_agencies")
    name = models.CharField(_("name"), max_length=200)
    screens_out_of_court = models.BooleanField(
        _("screens out-of-court cases"),
        default=True,
        help_text=_("Asked whether it knows each child notified by the police"),
    )
    active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "partner agencies"
        constraints = [models.UniqueConstraint(fields=["service", "name"], name="agency_name_unique_in_service")]

    def __str__(self) -> str:
        return self.name


# The agencies every service starts with; each service may add, rename or retire its own.
DEFAULT_PARTNER_AGENCIES = ("Children's social care", "Early help", "Health", "Education")


class User(AbstractUser):
    """A member of staff or a partner, belonging to one service, with one role."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, null=True, blank=True, related_name="staff")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, null=True, blank=True, related_name="members")
    role = models.CharField(_("role"), max_length=30, choices=Role.choices, default=Role.CASE_MANAGER)
    partner_agency = models.ForeignKey(
        PartnerAgency,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="staff",
        verbose_name=_("agency"),
        help_text=_("For partner staff: the agency they work for"),
    )
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        ordering = ["last_name", "first_name"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_manager(self) -> bool:
        return self.role in MANAGERS

    @property
    def is_caseworker(self) -> bool:
        return self.role in CASEWORKERS

    @property
    def may_open_child_records(self) -> bool:
        return self.role in CHILD_RECORD_READERS and self.service_id is not None


class AccessLog(models.Model):
    """One row for every time someone opened a child's record: who, what, when and why if asked."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    child_id = models.BigIntegerField(db_index=True)
    viewed_at = models.DateTimeField(default=timezone.now, db_index=True)
    what = models.CharField(max_length=200)
    reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-viewed_at"]
        indexes = [models.Index(fields=["child_id", "-viewed_at"])]

    def __str__(self) -> str:
        return f"{self.user} viewed child {self.child_id} at {self.viewed_at:%Y-%m-%d %H:%M}"


class CaseRecord(models.Model):
    """What every case record carries: its service, who made and changed it, a version, and archiving.

    The version guards against lost updates: a save from a stale page is refused (see
    yjs.core.concurrency) rather than silently overwriting someone else's change.
    """

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    modified_at = models.DateTimeField(auto_now=True)
    modified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    archived_at = models.DateTimeField(null=True, blank=True, editable=False)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    archive_reason = models.CharField(max_length=500, blank=True, editable=False)

    class Meta:
        abstract = True

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class BankHoliday(models.Model):
    """A day the service is closed, in England and Wales: reference data, so next year's list is a data change."""

    day = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["day"]

    def __str__(self) -> str:
        return f"{self.name} ({long_date(self.day)})"
