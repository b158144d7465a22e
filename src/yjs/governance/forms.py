"""The board's forms: a member, retiring a member, and a meeting with a row for each member's seat."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateField, GovukDateInput, GovukForm, GovukModelForm
from yjs.core.models import User
from yjs.core.roles import Role
from yjs.governance.models import BoardMeeting, BoardMember
from yjs.governance.services import MEETING_FIELDS, MEMBER_FIELDS, SeatAnswer
from yjs.governance.vocabularies import Presence, Sector, Seniority


class MemberForm(GovukModelForm):
    class Meta:
        model = BoardMember
        fields = list(MEMBER_FIELDS)
        widgets = {
            "seniority": forms.RadioSelect,
            "active_from": GovukDateInput,
            "active_to": GovukDateInput,
        }
        help_texts = {
            "role_title": _("For example, Director of Children's Services"),
            "active_to": _("Leave empty while they are on the board"),
        }

    def __init__(self, *args: Any, service_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            # The model's own checks (an account in the same service) need the service before saving.
            self.instance.service_id = service_id
            del self.fields["active_to"]
        accounts = User.objects.filter(service_id=service_id, role=Role.BOARD_MEMBER, is_active=True)
        self.fields["user"].queryset = accounts.order_by("last_name", "first_name")  # type: ignore[attr-defined]
        self.fields["user"].empty_label = _("No yjs account")  # type: ignore[attr-defined]
        self.fields["sector"].choices = [("", _("Choose a sector")), *Sector.choices]  # type: ignore[attr-defined]


class RetireForm(GovukForm):
    last_day = GovukDateField(label=_("Last day on the board"), help_text=_("For example, 31 3 2026"))


def _seat_label(member: BoardMember) -> str:
    return f"{member.name}, {member.get_sector_display()} ({member.organisation})"


class MeetingForm(GovukModelForm):
    """The meeting, and for each member a choice: attended, sent a deputy (named, with their seniority), or absent.

    The rows are the members on the board today, those on it on the meeting's date (once the form knows the
    date) and anyone already recorded at the meeting, so a meeting from before a member left can be recorded.
    """

    class Meta:
        model = BoardMeeting
        fields = list(MEETING_FIELDS)
        widgets = {"held_on": GovukDateInput, "kind": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, members: list[BoardMember], **kwargs: Any) -> None:
        self.members = members
        fields = dict(type(self).base_fields)
        for member in members:
            fields.update(self._seat_fields(member))
        self.base_fields = fields
        super().__init__(*args, **kwargs)

    @staticmethod
    def _seat_fields(member: BoardMember) -> dict[str, forms.Field]:
        pk = member.pk
        return {
            f"presence_{pk}": forms.ChoiceField(
                label=_seat_label(member),
                choices=Presence.choices,
                widget=forms.RadioSelect,
                required=False,
            ),
            f"deputy_name_{pk}": forms.CharField(
                label=_("Name of %(name)s's deputy") % {"name": member.name}, max_length=200, required=False
            ),
            f"deputy_seniority_{pk}": forms.ChoiceField(
                label=_("Seniority of %(name)s's deputy") % {"name": member.name},
                choices=[("", _("Choose a seniority")), *Seniority.choices],
                required=False,
            ),
        }

    def seat_rows(self) -> list[tuple[BoardMember, forms.BoundField, forms.BoundField, forms.BoundField]]:
        return [
            (m, self[f"presence_{m.pk}"], self[f"deputy_name_{m.pk}"], self[f"deputy_seniority_{m.pk}"])
            for m in self.members
        ]

    def meeting_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self._meta.fields]  # type: ignore[union-attr]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        held_on: date | None = data.get("held_on")
        if held_on is None:
            return data
        taken_place = held_on <= timezone.localdate()
        for member in self.members:
            presence = data.get(f"presence_{member.pk}")
            if taken_place and member.is_active_on(held_on) and not presence:
                self.add_error(
                    f"presence_{member.pk}", _("Select whether %(name)s came to the meeting") % {"name": member.name}
                )
            if presence == Presence.DEPUTY:
                if not data.get(f"deputy_name_{member.pk}", "").strip():
                    self.add_error(
                        f"deputy_name_{member.pk}", _("Enter the name of %(name)s's deputy") % {"name": member.name}
                    )
                if not data.get(f"deputy_seniority_{member.pk}"):
                    self.add_error(
                        f"deputy_seniority_{member.pk}",
                        _("Select the seniority of %(name)s's deputy") % {"name": member.name},
                    )
        return data

    def answers(self) -> list[SeatAnswer]:
        data = self.cleaned_data
        return [
            SeatAnswer(
                member,
                data.get(f"presence_{member.pk}") or "",
                data.get(f"deputy_name_{member.pk}") or "",
                data.get(f"deputy_seniority_{member.pk}") or "",
            )
            for member in self.members
        ]

    def meeting_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self._meta.fields}  # type: ignore[union-attr]


def seat_initial(meeting: BoardMeeting) -> dict[str, str]:
    """The form's starting values for a meeting already recorded."""
    initial: dict[str, str] = {}
    for attendance in meeting.attendances.all():
        pk = attendance.member_id
        initial[f"presence_{pk}"] = attendance.presence
        initial[f"deputy_name_{pk}"] = attendance.deputy_name
        initial[f"deputy_seniority_{pk}"] = attendance.deputy_seniority
    return initial


def posted_date(data: Any, field: str = "held_on") -> date | None:
    """The date a posted form carries, if its boxes make one: which members' rows the form needs."""
    if data is None:
        return None
    value = GovukDateInput().value_from_datadict(data, {}, field)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
