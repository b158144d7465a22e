"""The partnership board: who sits on it, when it meets, who came to each meeting, and its improvement plan.

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
from yjs.governance.improvement import ActionDates, is_overdue
from yjs.governance.vocabularies import (
    STATUTORY_SECTORS,
    MeetingKind,
    PlanOwner,
    PlanStatus,
    Presence,
    Sector,
    Seniority,
    SourceKind,
)
from yjs.lib.dates import add_months
from yjs.lib.formats import long_date

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
        return f"{self.get_kind_display()} board meeting, {long_date(self.held_on)}"

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
                "day": long_date(meeting.held_on),
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


# The improvement plan: recommendations from an inspection or an audit, the actions that answer them and
# progress recorded against either. It names staff and partners, never a child.


def _not_before(day: date | None, start: date | None, field: str, message: str, errors: dict[str, str]) -> None:
    if day is not None and start is not None and day < start:
        errors[field] = message


def _not_after_today(day: date | None, field: str, message: str, errors: dict[str, str]) -> None:
    if day is not None and day > timezone.localdate():
        errors[field] = message


class Recommendation(models.Model):
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="recommendations")
    source_kind = models.CharField(_("where it comes from"), max_length=30, choices=SourceKind.choices)
    source_title = models.CharField(
        _("report or audit"),
        max_length=200,
        help_text=_("For example, HMIP inspection of youth justice services, January 2023"),
    )
    made_on = models.DateField(_("date of the report"), help_text=_("When the report was published or the audit ended"))
    number = models.PositiveSmallIntegerField(_("number"), help_text=_("The recommendation's number in the report"))
    text = models.TextField(_("recommendation"), help_text=_("Name no child."))
    owner = models.CharField(_("owner"), max_length=20, choices=PlanOwner.choices)
    status = models.CharField(_("status"), max_length=10, choices=PlanStatus.choices, default=PlanStatus.OPEN)
    closed_on = models.DateField(_("date closed"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["made_on", "source_title", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "source_title", "number"], name="one_recommendation_per_number_per_report"
            ),
            models.CheckConstraint(
                condition=Q(status=PlanStatus.OPEN, closed_on__isnull=True)
                | Q(status=PlanStatus.DONE, closed_on__isnull=False),
                name="a_done_recommendation_has_a_closing_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_title}: {self.number}"

    @property
    def is_done(self) -> bool:
        return self.status == PlanStatus.DONE

    def clean(self) -> None:
        errors: dict[str, str] = {}
        _check_in_range(self.made_on, "made_on", errors)
        _not_after_today(self.made_on, "made_on", _("The date of the report must be today or in the past"), errors)
        _not_before(
            self.closed_on,
            self.made_on,
            "closed_on",
            _("The date closed must be on or after the date of the report"),
            errors,
        )
        if errors:
            raise ValidationError(errors)


class Action(models.Model):
    """One thing to do towards a recommendation, with someone to do it and a date to do it by."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="actions")
    what = models.TextField(_("action"))
    owner_staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plan_actions",
        verbose_name=_("owner in yjs"),
        help_text=_("A member of staff with a yjs account"),
    )
    owner_name = models.CharField(
        _("owner's name or job title"),
        max_length=200,
        blank=True,
        help_text=_("For a partner without a yjs account, for example Head of Virtual School"),
    )
    due_on = models.DateField(_("due date"))
    done_on = models.DateField(_("date done"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.what[:80]

    @property
    def owner_label(self) -> str:
        if self.owner_staff is not None:
            return self.owner_staff.get_full_name() or self.owner_staff.get_username()
        return self.owner_name

    @property
    def dates(self) -> ActionDates:
        return ActionDates(self.due_on, self.done_on)

    def is_overdue_on(self, today: date) -> bool:
        return is_overdue(self.due_on, self.done_on, today)

    @property
    def is_overdue(self) -> bool:
        return self.is_overdue_on(timezone.localdate())

    def clean(self) -> None:
        errors: dict[str, str] = {}
        made_on = self.recommendation.made_on if self.recommendation_id else None
        if not self.owner_staff_id and not self.owner_name.strip():
            errors["owner_name"] = _("Enter who owns the action, or choose a member of staff")
        if self.owner_staff is not None and self.owner_staff.service_id != self.recommendation.service_id:
            errors["owner_staff"] = _("Choose a member of staff in your own service")
        _check_in_range(self.due_on, "due_on", errors)
        _not_before(self.due_on, made_on, "due_on", _("The due date must be on or after the date of the report"), errors)
        _not_before(self.done_on, made_on, "done_on", _("The date done must be on or after the date of the report"), errors)
        _not_after_today(self.done_on, "done_on", _("The date done must be today or in the past"), errors)
        if errors:
            raise ValidationError(errors)


class ProgressUpdate(models.Model):
    """What has happened towards a recommendation, or one of its actions, written down on a date."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="progress")
    action = models.ForeignKey(
        Action,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="progress",
        verbose_name=_("about the action"),
    )
    written_on = models.DateField(_("date"))
    text = models.TextField(_("progress"), help_text=_("What has been done and what is next. Name no child."))
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    history = HistoricalRecords()

    class Meta:
        ordering = ["-written_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.recommendation}: {self.written_on}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.action is not None and self.action.recommendation_id != self.recommendation_id:
            errors["action"] = _("Choose one of this recommendation's actions")
        made_on = self.recommendation.made_on if self.recommendation_id else None
        _not_before(self.written_on, made_on, "written_on", _("The date must be on or after the date of the report"), errors)
        _not_after_today(self.written_on, "written_on", _("The date must be today or in the past"), errors)
        if errors:
            raise ValidationError(errors)
