"""The partnership board: who sits on it, when it meets, and who came to each meeting.

The board is not a case record: it names partners, never a child, and its members are kept after
they leave (an end date, not archiving) so past meetings still say who was there.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.core.models import Service
from yjs.core.roles import Role
from yjs.governance.attendance import Seat, senior_present
from yjs.governance.vocabularies import STATUTORY_SECTORS, MeetingKind, Presence, Sector, Seniority
from yjs.lib.dates import add_months

# Youth offending teams, and the management boards that oversee them, began in April 2000.
EARLIEST_BOARD_DATE = date(2000, 4, 1)
# Boards plan their meetings a year or so ahead; a date further out is a typing slip.
MONTHS_AHEAD = 24


def latest_board_date(today: date | None = None) -> date:
    return add_months(today or timezone.localdate(), MONTHS_AHEAD)


def _check_in_range(day: date | None, field: str, errors: dict[str, str]) -> None:
    if day is None:
        return
    if day < EARLIEST_BOARD_DATE:
        errors[field] = _("The date must be on or after 1 April 2000, when youth justice boards began")
    elif day > latest_board_date():
        errors[field] = _("The date must be within two years from today")


class BoardMember(models.Model):
    """A seat on the board, held by one person for a time: a successor is a new member."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="board_members")
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    role_title = models.CharField(_("job title"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)
    seniority = models.CharField(_("seniority on the board"), max_length=20, choices=Seniority.choices)
    senior_partner = models.BooleanField(
        _("counts as a senior partner"),
        default=True,
        help_text=_("Can make decisions for their agency: their attendance counts towards KPI 8"),
    )
    active_from = models.DateField(_("member from"))
    active_to = models.DateField(_("member until"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="board_seats",
        verbose_name=_("yjs account"),
        limit_choices_to={"role": Role.BOARD_MEMBER},
        help_text=_("The member's own sign-in to yjs, if they have one"),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(active_to__isnull=True) | Q(active_to__gte=models.F("active_from")),
                name="board_member_leaves_after_joining",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def is_active_on(self, day: date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)

    @property
    def is_active(self) -> bool:
        return self.is_active_on(timezone.localdate())

    @property
    def is_statutory(self) -> bool:
        return self.sector in STATUTORY_SECTORS

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _check_in_range(self.active_from, "active_from", errors)
        if self.active_to and self.active_from and self.active_to < self.active_from:
            errors["active_to"] = _("The date they left must be the same as or after the date they joined")
        if self.user is not None:
            if self.user.role != Role.BOARD_MEMBER:
                errors["user"] = _("Choose an account with the partnership board member role")
            elif self.user.service_id != self.service_id:
                errors["user"] = _("Choose an account in your own service")
        if errors:
            raise ValidationError(errors)


class BoardMeetingQuerySet(models.QuerySet["BoardMeeting"]):
    def held_between(self, start: date, end: date) -> BoardMeetingQuerySet:
        return self.filter(held_on__gte=start, held_on__lte=end)


class BoardMeeting(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="board_meetings")
    held_on = models.DateField(_("date of the meeting"))
    kind = models.CharField(_("kind of meeting"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.ORDINARY)
    notes = models.TextField(_("notes"), blank=True, help_text=_("For example, the main decisions. Name no child."))
    history = HistoricalRecords()

    objects = BoardMeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["service", "held_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} board meeting, {self.held_on:%-d %B %Y}"

    @property
    def has_taken_place(self) -> bool:
        return self.held_on <= timezone.localdate()

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _check_in_range(self.held_on, "held_on", errors)
        if errors:
            raise ValidationError(errors)


class Attendance(models.Model):
    """One member's seat at one meeting: there in person, represented by a deputy, or absent."""

    meeting = models.ForeignKey(BoardMeeting, on_delete=models.CASCADE, related_name="attendances")
    member = models.ForeignKey(BoardMember, on_delete=models.PROTECT, related_name="attendances")
    attended = models.BooleanField(_("attended"), default=False)
    deputy_name = models.CharField(_("deputy's name"), max_length=200, blank=True)
    deputy_seniority = models.CharField(_("deputy's seniority"), max_length=20, choices=Seniority.choices, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["member__name"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="one_attendance_per_member_per_meeting"),
            models.CheckConstraint(
                condition=Q(attended=False) | (Q(deputy_name="") & Q(deputy_seniority="")),
                name="attending_in_person_sends_no_deputy",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} at {self.meeting}: {self.get_presence_display()}"

    @property
    def presence(self) -> str:
        if self.attended:
            return Presence.ATTENDED
        if self.deputy_name:
            return Presence.DEPUTY
        return Presence.ABSENT

    def get_presence_display(self) -> str:
        return str(Presence(self.presence).label)

    @property
    def senior_present(self) -> bool:
        return senior_present(Seat(self.member.sector, self.member.senior_partner, self.attended, self.deputy_seniority))

    def clean(self) -> None:
        errors: dict[str, str] = {}
        meeting, member = self.meeting, self.member
        if member.service_id != meeting.service_id:
            errors["member"] = _("Choose a member of your own service's board")
        elif not member.is_active_on(meeting.held_on):
            errors["member"] = _("%(name)s was not on the board on %(day)s") % {
                "name": member.name,
                "day": f"{meeting.held_on:%-d %B %Y}",
            }
        if not meeting.has_taken_place:
            errors["attended"] = _("Attendance can be recorded once the meeting has taken place")
        if self.attended and (self.deputy_name or self.deputy_seniority):
            errors["deputy_name"] = _("A member who attended in person sent no deputy")
        elif self.deputy_name and not self.deputy_seniority:
            errors["deputy_seniority"] = _("Select the deputy's seniority")
        elif self.deputy_seniority and not self.deputy_name:
            errors["deputy_name"] = _("Enter the deputy's name")
        if errors:
            raise ValidationError(errors)
